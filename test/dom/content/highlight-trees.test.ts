// The fallback highlighter (happy-dom has no Highlight API) in a shadow root and a same-origin frame: wrappers
// land in those trees, the trees get our styles, and clearing takes every wrapper away again.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract';
import { clearFindings, showFindings } from '../../../src/content/highlight';
import { STYLE_ID } from '../../../src/content/tree-style';
import type { Finding } from '../../../src/core/types';

function finding(text: string, phrase: string): Finding {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { category: 'ai-training', start, end: start + phrase.length, text: phrase, severity: 'high', attrs: [], explanation: 'x', rule: 'r' };
}

function styled(root: Document | ShadowRoot): boolean {
  const adopted = 'adoptedStyleSheets' in root ? [...root.adoptedStyleSheets] : [];
  const sheetText = adopted.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  const element = root.getElementById(STYLE_ID)?.textContent ?? '';
  return /fine-print-mark\[data-category="ai-training"\]/.test(sheetText + element);
}

beforeEach(() => {
  clearFindings();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('highlighting inside shadow roots and frames (fallback wrappers)', () => {
  it('wraps a clause inside an open shadow root, styles that root, and unwraps it', () => {
    document.body.innerHTML = '<p>Outside.</p><div id="host"></div>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Intro. We may use <b>your uploads</b> to train models.</p>';
    const extraction = extractText(document.body);
    const [placed] = showFindings(extraction, [finding(extraction.text, 'We may use your uploads to train models.')]);
    expect(placed!.marks.map((m) => m.textContent).join('')).toBe('We may use your uploads to train models.');
    expect(placed!.marks.every((m) => m.getRootNode() === shadow)).toBe(true);
    expect(styled(shadow)).toBe(true);
    clearFindings();
    expect(shadow.querySelectorAll('fine-print-mark')).toHaveLength(0);
    expect(shadow.querySelector('p')!.textContent).toBe('Intro. We may use your uploads to train models.');
    expect(shadow.querySelector('p')!.childNodes).toHaveLength(3);
  });

  it('wraps a clause inside a same-origin frame, styles that document, and unwraps it', () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<html><head></head><body><p>You grant us a <i>worldwide</i> licence.</p></body></html>';
    document.body.append(iframe);
    const doc = iframe.contentDocument!;
    const extraction = extractText(document.body);
    const [placed] = showFindings(extraction, [finding(extraction.text, 'You grant us a worldwide licence.')]);
    expect(placed!.marks.map((m) => m.textContent).join('')).toBe('You grant us a worldwide licence.');
    expect(placed!.marks.every((m) => m.ownerDocument === doc)).toBe(true);
    expect(styled(doc)).toBe(true);
    clearFindings();
    expect(doc.querySelectorAll('fine-print-mark')).toHaveLength(0);
    expect(doc.body.textContent).toBe('You grant us a worldwide licence.');
  });
});
