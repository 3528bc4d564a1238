// Ordinary pages (news, shop, docs, blog) are left alone: no classifier loaded, no highlights, no badge,
// the page's script untouched; and a user can still scan one by hand.
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, contentScriptState, highlights, sendAsPopup, waitForStatus } from './support/page-tools';

const browserPath = chromiumOrSkip();

describe.skipIf(!browserPath)('page: ordinary pages', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it.each(['news.html', 'shop.html', 'docs.html', 'blog.html'])('%s is not scanned and the classifier is not loaded', async (name) => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url(`/ordinary/${name}`));
    expect(await waitForStatus(page, 'not-legal', 10_000)).toBe(0);
    // The probe's world is there (so we looked in the right place), the full content script is not.
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-fine-print'))).toBe('not-legal');
    const state = await contentScriptState(page);
    expect(state.isolatedWorlds).toBeGreaterThan(0);
    expect(state.mainLoaded).toBe(false);
    expect(await highlights(page)).toEqual({});
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    expect(await page.textContent('#script-status')).toBe('page script ran');
    expect(await extension.badgeText(await extension.tabIdOf(page))).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('notices when a single-page app routes from an ordinary page to its terms (pushState)', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/ordinary/app-shell.html'));
    await waitForStatus(page, 'not-legal', 10_000);
    expect((await contentScriptState(page)).mainLoaded).toBe(false);
    await page.click('#to-terms');
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 15_000 });
    await expect
      .poll(async () => (await highlights(page))['fine-print-ai-training'] ?? [], { timeout: 10_000 })
      .toEqual(['We may use your uploads to train our artificial intelligence models.']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scans an ordinary page when the user asks (popup "scan anyway")', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/ordinary/shop.html'));
    await waitForStatus(page, 'not-legal', 10_000);
    const tabId = await extension.tabIdOf(page);
    expect(await sendAsPopup(extension, { type: 'popup/scan-tab', tabId, force: true })).toMatchObject({ ok: true });
    await waitForStatus(page, 'done');
    expect((await contentScriptState(page)).mainLoaded).toBe(true);
    await page.click('#add');
    expect(await page.textContent('#basket')).toBe('Basket: 1');
    await page.close();
  });
});
