// Terms inside web components and frames, in real Chromium: text in open shadow roots (nested, and slotted from
// the light DOM) and in a same-origin frame is read and highlighted word for word, and painted (our styles
// reach into each tree); a closed shadow root and a cross-origin frame are not read.
import { PALETTE } from '../../src/shared/palette';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, highlights, sendAsPopup, squash, waitForStatus } from './support/page-tools';
import { readCard } from './support/card';

const browserPath = chromiumOrSkip();
/** The ai-training fill (src/shared/palette.ts), as computed style gives it back. */
const AI_BACKGROUND = PALETTE['ai-training']!.background;

/** Every fine-print-* highlight registered in a frame's document, by name. */
function frameHighlights(frame: Frame): Promise<Record<string, string[]>> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('fine-print-')) out[name] = [...highlight].map((range) => (range as Range).toString());
    }
    return out;
  });
}

/** The background a category's fill ::highlight() gets on an element: the page's paint, not our registry
 *  (the `fine-print-<category>` highlight draws the line; its `fineprint-fill-` twin the background). */
function highlightBackground(target: Page | Frame, find: string, category: string): Promise<string> {
  return target.evaluate(([expression, name]) => {
    const element = new Function(`return ${expression}`)() as Element;
    return getComputedStyle(element, `::highlight(fineprint-fill-${name})`).backgroundColor;
  }, [find, category] as const);
}

const count = (byName: Record<string, string[]>) => Object.values(byName).reduce((sum, list) => sum + list.length, 0);

describe.skipIf(!browserPath)('page: shadow roots and frames', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it('highlights and paints clauses in open shadow roots (nested and slotted), not in a closed one', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/shadow.html'));
    const findings = await waitForStatus(page, 'done');
    const byName = await highlights(page);
    expect(squash(byName['fine-print-ai-training'] ?? [])).toContain('Loomly may use your patterns and photos to train our machine learning models.');
    expect(squash(byName['fine-print-content-license'] ?? [])).toContain('You grant Loomly a worldwide, royalty-free licence to host, copy and display the patterns you upload.');
    expect(squash(byName['fine-print-unilateral-change'] ?? [])).toContain('We may change these terms at any time by posting a new version on this page.');
    expect(Object.values(byName).flat().join('\n')).not.toContain('comments to train');
    expect(count(byName)).toBe(findings);

    // Painted, not only registered. (Chromium's highlight inheritance carries the page's ::highlight() rule into
    // shadow trees; each root also adopts our sheet, which the wrapping fallback needs there: page-fallback.test.ts.)
    const inShadow = `document.querySelector('#terms').shadowRoot.querySelector('#shadow-clause')`;
    const inNested = `document.querySelector('#terms').shadowRoot.querySelector('loomly-licence').shadowRoot.querySelector('#licence-clause')`;
    expect(await highlightBackground(page, inShadow, 'ai-training')).toBe(AI_BACKGROUND);
    expect(await highlightBackground(page, inNested, 'content-license')).not.toBe('rgba(0, 0, 0, 0)');
    const adopted = await page.evaluate(() => document.querySelector('#terms')!.shadowRoot!.adoptedStyleSheets
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'));
    expect(adopted).toContain('::highlight(fine-print-ai-training)');
    // The component's own markup is untouched: our styles are adopted, not inserted.
    expect(await page.evaluate(() => document.querySelector('#terms')!.shadowRoot!.querySelectorAll('style').length)).toBe(1);

    // Pointing at the clause inside the shadow root shows its card.
    const box = (await page.locator('#shadow-clause').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await expect.poll(async () => (await readCard(page))?.hidden, { timeout: 5_000 }).toBe(false);
    expect((await readCard(page))!.text).toContain('AI training');

    expect(await page.textContent('#script-status')).toBe('page script ran');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights and paints a clause in a same-origin frame, in that frame\'s own registry; a cross-origin frame is not read', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/framed.html'));
    const findings = await waitForStatus(page, 'done');
    const policy = page.frames().find((frame) => frame.url().endsWith('/terms/framed-policy.html'))!;
    const other = page.frames().find((frame) => frame.url().includes('localhost') && frame.url().endsWith('/terms/framed-other.html'))!;
    expect(policy).toBeTruthy();
    expect(other).toBeTruthy();
    await other.waitForSelector('#other-clause');

    const inFrame = await frameHighlights(policy);
    expect(squash(inFrame['fine-print-ai-training'] ?? [])).toEqual(['Tessera may use your messages and voice notes to train and improve our artificial intelligence models.']);
    expect(await highlightBackground(policy, `document.querySelector('#frame-clause')`, 'ai-training')).toBe(AI_BACKGROUND);
    // Each finding is one range, in the registry of the document its text is in.
    expect(count(await highlights(page)) + count(inFrame)).toBe(findings);
    expect(await frameHighlights(other)).toEqual({});

    // The popup's "show this clause" reaches into the frame: the card sits at the clause, in the top page's viewport.
    const tabId = await extension.tabIdOf(page);
    const report = (await sendAsPopup(extension, { type: 'popup/get-report', tabId })) as { report: { findings: Array<{ text: string }> } };
    const index = report.report.findings.findIndex((f) => f.text.startsWith('Tessera may use'));
    expect(await sendAsPopup(extension, { type: 'popup/show-finding', tabId, index })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page))?.hidden, { timeout: 5_000 }).toBe(false);
    const card = (await readCard(page))!;
    const frameBox = (await page.locator('#policy-frame').boundingBox())!;
    const clause = (await policy.locator('#frame-clause').boundingBox())!;
    expect(clause.y).toBeGreaterThanOrEqual(frameBox.y);
    // Just below the clause, or just above it when there is no room below.
    const below = card.top >= clause.y + clause.height && card.top <= clause.y + clause.height + 24;
    const above = card.top + card.height <= clause.y && card.top + card.height >= clause.y - 24;
    expect(below || above, `card at ${card.top}, clause ${clause.y}-${clause.y + clause.height}`).toBe(true);
    expect(Object.values(await highlights(page)).flat().join('\n')).not.toContain('videos');

    expect(await page.textContent('#script-status')).toBe('page script ran');
    expect(errors).toEqual([]);
    await page.close();
  });
});
