// Late and changing content in Chromium: accordions opened after load, a single-page app that renders its
// terms late and routes away and back, settings changed while the page is open; and reaching a clause by
// keyboard (the jump shortcuts' message), from the popup's list, and by hovering it.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, highlighted, highlights, sendAsPopup, squash, waitForStatus } from './support/page-tools';
import { shownCardText as cardText } from './support/card';

const browserPath = chromiumOrSkip();
const HIDDEN_CLAUSE = 'We may use your uploads to train our artificial intelligence models.';
const DETAILS_CLAUSE = 'We may use your content, including soundtracks, to train our machine learning models for audio.';
const SPA_CLAUSE = 'We may use your uploads, including loops and stems, to train our artificial intelligence music models.';
const SPLIT_CLAUSE = 'By posting, you agree that Inkwell and its affiliates may use your posts, comments and drafts to train, fine-tune and evaluate large language models.';

async function sendToContent(extension: Extension, tabId: number, message: Record<string, unknown>): Promise<unknown> {
  const sender = await extension.openOptions();
  try {
    return await sender.evaluate(
      ([id, m]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, m),
      [tabId, message] as const,
    );
  } finally {
    await sender.close();
  }
}

async function setSettings(extension: Extension, settings: unknown): Promise<void> {
  const sender = await extension.openOptions();
  await sender.evaluate(async (value) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage.local;
    if (value === null) await storage.remove('settings');
    else await storage.set({ settings: value });
  }, settings);
  await sender.close();
}

describe.skipIf(!browserPath)('page: late content, settings and reaching clauses', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));
  beforeAll(() => void mkdirSync('test/screenshots', { recursive: true }));

  it('reads closed <details> at once and an accordion panel once it is opened, without duplicates', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/accordion.html'));
    await waitForStatus(page, 'done');
    expect(squash(await highlighted(page))).toContain(DETAILS_CLAUSE);
    expect(squash(await highlighted(page))).not.toContain(HIDDEN_CLAUSE);
    await page.click('#item-ai button');
    await expect.poll(async () => squash(await highlighted(page)), { timeout: 10_000 }).toContain(HIDDEN_CLAUSE);
    const texts = squash(await highlighted(page));
    expect(texts.filter((t) => t === HIDDEN_CLAUSE)).toHaveLength(1);
    expect(texts.filter((t) => t === DETAILS_CLAUSE)).toHaveLength(1);
    const findings = Number(await page.getAttribute('html', 'data-fine-print-findings'));
    expect(findings).toBe(Object.values(await highlights(page)).flat().length);
    // The re-scan reached the background too: the badge counts the clause that appeared.
    const tabId = await extension.tabIdOf(page);
    await expect.poll(() => extension.badgeText(tabId), { timeout: 10_000 }).toBe(String(findings));
    expect(await page.textContent('#opened')).toBe('1');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test/screenshots/page-accordion.png' });
    await page.close();
  });

  it('waits for a single-page app to render its terms, leaves with pushState and comes back', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/spa.html'));
    await expect.poll(async () => squash(await highlighted(page)), { timeout: 15_000 }).toContain(SPA_CLAUSE);
    expect(await page.getAttribute('html', 'data-fine-print')).toBe('done');
    await page.click('#to-studio');
    await page.waitForSelector('html[data-fine-print="not-legal"]', { timeout: 10_000 });
    expect(await highlights(page)).toEqual({});
    await page.goBack();
    await expect.poll(async () => squash(await highlighted(page)), { timeout: 15_000 }).toEqual([SPA_CLAUSE]);
    expect(await page.getAttribute('html', 'data-fine-print')).toBe('done');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies changed settings on the open page: a category off, then a new keyword', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/split-markup.html'));
    await waitForStatus(page, 'done');
    expect(squash(await highlighted(page))).toContain(SPLIT_CLAUSE);
    try {
      await setSettings(extension, { version: 2, categories: { 'ai-training': false } });
      await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([]);
      await setSettings(extension, {
        version: 2,
        keywords: [{ phrase: 'turn comments off', category: 'third-party-sharing', severity: 'low', note: 'test keyword' }],
      });
      await expect.poll(async () => squash(await highlighted(page, 'third-party-sharing')).join(' '), { timeout: 10_000 }).toContain('turn comments off');
      expect(squash(await highlighted(page))).toContain(SPLIT_CLAUSE);
    } finally {
      await setSettings(extension, null);
    }
    await page.close();
  });

  it('jumps to the next clause (shortcut message), shows it from the popup list, and shows a card on hover', async () => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(server.url('/terms/long.html'));
    const findings = await waitForStatus(page, 'done');
    expect(findings).toBeGreaterThan(0);
    const tabId = await extension.tabIdOf(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    // Jump forward through the clauses in reading order until the AI-training one; each jump shows a card.
    let text = null as string | null;
    for (let jumps = 0; jumps < findings && !text?.includes('AI training'); jumps++) {
      expect(await sendToContent(extension, tabId, { type: 'tab/jump', direction: 1 })).toEqual({ ok: true });
      await expect.poll(async () => (text = await cardText(page)), { timeout: 5000 }).toContain(`Clause ${jumps + 1} of ${findings}`);
    }
    expect(text).toContain('AI training');
    const inView = await page.evaluate(() => {
      const rect = document.getElementById('key-clause')!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight && scrollY > 0;
    });
    expect(inView).toBe(true);
    const focus = await page.evaluate(() => [...(CSS.highlights.get('fineprint-focus') ?? [])].map((r) => (r as Range).toString()));
    expect(squash(focus).join(' ')).toContain('Pixelgrove may use Your Photos');
    await page.screenshot({ path: 'test/screenshots/page-card.png' });

    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.evaluate(() => scrollTo(0, 0));
    expect(await sendAsPopup(extension, { type: 'popup/show-finding', tabId, index: 0 })).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect.poll(() => cardText(page)).not.toBeNull();
    await page.keyboard.press('Escape');

    // Hover: the Highlight API has no elements, so this goes through the caret under the pointer.
    const box = await page.evaluate(() => {
      const p = document.getElementById('key-clause')!;
      p.scrollIntoView({ block: 'center' });
      const text = p.lastChild as Text;
      const range = document.createRange();
      range.setStart(text, 12);
      range.setEnd(text, 20);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('ai-training');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toBeNull();
    await page.close();
  });
});
