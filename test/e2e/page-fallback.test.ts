// Where the CSS Custom Highlight API is missing, Fine Print wraps clause text in its own inline elements.
// Chromium has no switch to turn the API off, so these tests remove it from the content script's own
// isolated world (through the DevTools protocol, as that world is created) and check the real fallback:
// the exact clause text is marked, tables keep their cells, links keep working, and the page's script runs.
import { PALETTE } from '../../src/shared/palette';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, waitForStatus } from './support/page-tools';

/** Opens a page whose extension worlds lack `Highlight` and `CSS.highlights`; the page's own world keeps them. */
async function pageWithoutHighlightApi(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type !== 'isolated' || context.name.startsWith('__playwright')) return;
    void cdp.send('Runtime.evaluate', {
      contextId: context.id,
      expression: 'delete globalThis.Highlight; delete CSS.highlights; globalThis.__noHighlightApi = !("highlights" in CSS);',
    });
  });
  await cdp.send('Runtime.enable');
  return page;
}

const browserPath = chromiumOrSkip();
const TABLE_CLAUSE = 'We may use your files and comments to train our AI models.';
const SPLIT_CLAUSE =
  'By posting, you agree that Inkwell and its affiliates may use your posts, comments and drafts to train, fine-tune and evaluate large language models.';

/** The text each ai-training finding covers: from its first wrapper to its last (whitespace-only runs between
 *  tags are deliberately left unwrapped, so the range, not the wrappers' own text, is the measure). */
function markedClauses(page: Page): Promise<string[]> {
  return page.$$eval('fine-print-mark[data-category="ai-training"]', (marks) => {
    const byIndex = new Map<string, Element[]>();
    for (const mark of marks) {
      const index = mark.getAttribute('data-fine-print-index') ?? '';
      byIndex.set(index, [...(byIndex.get(index) ?? []), mark]);
    }
    return [...byIndex.values()].map((group) => {
      const range = document.createRange();
      range.setStartBefore(group[0]!);
      range.setEndAfter(group[group.length - 1]!);
      return range.toString().replace(/\s+/g, ' ').trim();
    });
  });
}

describe.skipIf(!browserPath)('page: the wrapping fallback without the Highlight API', () => {
  let extension: Extension;
  let server: FixtureServer;
  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it('falls back to wrapping: no highlight is registered, even though the page itself has the API', async () => {
    const page = await pageWithoutHighlightApi(extension);
    await page.goto(server.url('/terms/table.html'));
    expect(await waitForStatus(page, 'done')).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'highlights' in CSS && [...CSS.highlights.keys()].filter((n) => n.startsWith('fine-print')))).toEqual([]);
    expect(await page.$$eval('fine-print-mark', (marks) => marks.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('marks a clause in a table cell without breaking the table', async () => {
    const page = await pageWithoutHighlightApi(extension);
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/table.html'));
    const cellsBefore = await page.$$eval('td', (cells) => cells.length);
    expect(await waitForStatus(page, 'done')).toBeGreaterThan(0);
    expect(await markedClauses(page)).toContain(TABLE_CLAUSE);
    expect(await page.$$eval('td', (cells) => cells.length)).toBe(cellsBefore);
    // A wrapper is always inside a cell or paragraph, never between rows, cells or list items.
    const misplaced = await page.$$eval('fine-print-mark', (marks) =>
      marks.filter((m) => ['TR', 'TBODY', 'THEAD', 'TABLE', 'UL', 'OL'].includes(m.parentElement?.tagName ?? '')).length,
    );
    expect(misplaced).toBe(0);
    expect(await page.textContent('#table-clause')).toBe(TABLE_CLAUSE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks exactly the words of a clause split across links and bold text, and the links still work', async () => {
    const page = await pageWithoutHighlightApi(extension);
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/split-markup.html'));
    await waitForStatus(page, 'done');
    expect(await markedClauses(page)).toContain(SPLIT_CLAUSE);
    expect((await page.textContent('#split-clause'))?.replace(/\s+/g, ' ')).toBe(SPLIT_CLAUSE);
    await page.click('#split-clause a[href="#def-train"]');
    expect(new URL(page.url()).hash).toBe('#def-train');
    await page.click('#counter');
    expect(await page.textContent('#counter')).toBe('Clicked 1 times');
    expect(errors).toEqual([]);
    await page.close();
  });

  // (A frame's isolated world is made when the content script first touches the frame, after the API removal
  // could run: the frame's fallback is covered by test/dom/content/highlight-trees.test.ts instead.)
  it('wraps and styles a clause inside an open shadow root', async () => {
    const AI_BACKGROUND = PALETTE['ai-training']!.background;
    const page = await pageWithoutHighlightApi(extension);
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/shadow.html'));
    expect(await waitForStatus(page, 'done')).toBeGreaterThan(0);
    // Wrappers in the shadow root, painted by the sheet the root adopted (the page's stylesheet cannot reach them).
    const shadowMarks = await page.evaluate(() => [...document.querySelector('#terms')!.shadowRoot!.querySelectorAll('fine-print-mark[data-category="ai-training"]')]
      .map((mark) => ({ text: mark.textContent, background: getComputedStyle(mark).backgroundColor })));
    expect(shadowMarks.map((m) => m.text).join('')).toBe('Loomly may use your patterns and photos to train our machine learning models.');
    for (const mark of shadowMarks) expect(mark.background).toBe(AI_BACKGROUND);
    expect(errors).toEqual([]);
    await page.close();
  });
});
