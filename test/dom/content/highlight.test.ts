// The highlighter in an engine without the CSS Custom Highlight API (happy-dom): wrapper elements that
// cover exactly the clause's words, never whitespace between cells, and come off without a trace.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract';
import { clearFindings, highlightApiAvailable, showFindings, withoutNumbering } from '../../../src/content/highlight';
import { highlightName, linePriority, lookFor, styleSheetText } from '../../../src/content/highlight-style';
import type { Category, Finding } from '../../../src/core/types';

function finding(text: string, phrase: string, category: Category = 'ai-training'): Finding {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { category, start, end: start + phrase.length, text: phrase, severity: 'high', attrs: [], explanation: 'x', rule: 'r' };
}

function marked(): string[] {
  return [...document.querySelectorAll('fine-print-mark')].map((m) => m.textContent ?? '');
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('fallback wrappers', () => {
  it('is the path taken here (happy-dom has no Highlight API)', () => {
    expect(highlightApiAvailable()).toBe(false);
  });

  it('wraps exactly the clause across bold and link text', () => {
    document.body.innerHTML = '<p>Intro. We may use <b>your uploads</b> to <a href="#">train models</a>. Outro.</p>';
    const extraction = extractText(document.body);
    const placed = showFindings(extraction, [finding(extraction.text, 'We may use your uploads to train models.')]);
    expect(marked().join('')).toBe('We may use your uploads to train models.');
    expect(placed[0]!.marks.length).toBe(5);
    expect(document.querySelector('b')!.textContent).toBe('your uploads');
    expect(document.body.textContent).toBe('Intro. We may use your uploads to train models. Outro.');
  });

  it('wraps table cells inside the cells and leaves rows and whitespace alone', () => {
    document.body.innerHTML = '<table><tbody>\n<tr>\n<td>Uploads</td>\n<td>We train models on them.</td>\n</tr>\n</tbody></table>';
    const extraction = extractText(document.body);
    showFindings(extraction, [finding(extraction.text, 'Uploads\n\nWe train models on them.')]);
    for (const mark of document.querySelectorAll('fine-print-mark')) expect(mark.parentElement!.localName).toBe('td');
    expect(document.querySelectorAll('tr > fine-print-mark, tbody > fine-print-mark').length).toBe(0);
    expect(marked()).toEqual(['Uploads', 'We train models on them.']);
  });

  it('handles several clauses in one text node and overlapping findings', () => {
    document.body.innerHTML = '<p>One clause here. Two clause here. Three.</p>';
    const extraction = extractText(document.body);
    const text = extraction.text;
    showFindings(extraction, [
      finding(text, 'One clause here.'),
      finding(text, 'Two clause here.', 'content-license'),
      finding(text, 'Two clause here.', 'user:voice'),
    ]);
    expect(marked()).toEqual(['One clause here.', 'Two clause here.']);
    expect(document.querySelector('fine-print-mark')!.getAttribute('data-category')).toBe('ai-training');
  });

  it('clears without a trace, so a re-scan never highlights twice', () => {
    document.body.innerHTML = '<p>Keep <i>this</i> text as it was.</p>';
    const before = document.body.innerHTML;
    for (let round = 0; round < 3; round++) {
      const extraction = extractText(document.body);
      showFindings(extraction, [finding(extraction.text, 'this text')]);
      expect(document.querySelectorAll('fine-print-mark').length).toBe(2);
    }
    clearFindings();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelector('p')!.childNodes.length).toBe(3);
  });
});

describe('highlight names and looks', () => {
  it.each([
    ['ai-training', 'fine-print-ai-training'],
    ['ai-restriction', 'fine-print-ai-restriction'],
    ['content-license', 'fine-print-content-license'],
    ['third-party-sharing', 'fine-print-third-party-sharing'],
    ['rights-waiver', 'fine-print-rights-waiver'],
    ['unilateral-change', 'fine-print-unilateral-change'],
    ['user:voice', 'fine-print-user-voice'],
    ['user:My Words!', 'fine-print-user-my-words-'],
  ] as const)('%s -> %s', (category, name) => {
    expect(highlightName(category)).toBe(name);
  });

  it('gives every built-in category its own underline style, not only its own colour', () => {
    const builtIns: Category[] = ['ai-training', 'ai-restriction', 'content-license', 'third-party-sharing', 'rights-waiver', 'unilateral-change'];
    const decorations = builtIns.map((c) => lookFor(c).decoration);
    expect(new Set(decorations).size).toBe(builtIns.length);
    expect(styleSheetText(['user:voice'])).toContain('::highlight(fine-print-user-voice)');
  });

  it.each([
    ['third-party-sharing', 'content-license'],
    ['ai-training', 'third-party-sharing'],
    ['ai-training', 'rights-waiver'],
    ['unilateral-change', 'content-license'],
    ['ai-restriction', 'content-license'],
  ])('where they overlap, the gappy line of %s paints over the unbroken line of %s, so both show', (over, under) => {
    expect(linePriority(over)).toBeGreaterThan(linePriority(under));
  });

  it('puts backgrounds on their own highlights and lines on the category ones', () => {
    const css = styleSheetText(['ai-training']);
    expect(css).toMatch(/::highlight\(fine-print-ai-training\) \{ text-decoration: underline wavy #e5484d;[^}]*\}/);
    expect(css).not.toMatch(/::highlight\(fine-print-ai-training\) \{[^}]*background/);
    expect(css).toContain('::highlight(fineprint-fill-ai-training) { background-color: rgba(229, 72, 77, 0.28); }');
  });
});

describe('withoutNumbering', () => {
  it.each([
    ['5.2Pixelgrove may use it.', 'Pixelgrove may use it.'],
    ['5.2 Pixelgrove may use it.', 'Pixelgrove may use it.'],
    ['(b) we may use it.', 'we may use it.'],
    ['iv. we may use it.', 'we may use it.'],
    ['3) we may use it.', 'we may use it.'],
    ['We may use it.', 'We may use it.'],
    ['I agree that we may use it.', 'I agree that we may use it.'],
    ['2026 was the year.', '2026 was the year.'],
  ])('%s', (text, expected) => {
    expect(text.slice(withoutNumbering(text, 0, text.length))).toBe(expected);
  });
});
