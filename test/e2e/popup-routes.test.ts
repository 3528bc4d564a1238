// "How to opt out" and the popup's first screen in real Chromium. Pages we wrote: an opt-out link, a settings
// path and an address next to a training clause show as working links or text (and in the hover card); terms
// that allow training with no way out say so; unrelated links are never offered. On a long page with a quiet
// change and a says-vs-signals contradiction, all three are on the first screen at the popup's real size.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, waitForStatus } from './support/page-tools';
import { readCard } from './support/card';
import { axeProblems } from './support/axe';
import { longTerms } from '../fixtures/pages/routes/long-terms';

const browserPath = chromiumOrSkip();
const SHOTS = resolve('test/screenshots');
/** Chrome's largest popup height; the width is the popup's own CSS width (popup.css). */
const POPUP_HEIGHT = 600;

describe.skipIf(!browserPath)('popup: how to opt out, and the first screen', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  async function scanned(path: string): Promise<{ page: Page; tabId: number; errors: string[] }> {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url(path));
    await waitForStatus(page, 'done');
    return { page, tabId: await extension.tabIdOf(page), errors };
  }

  it('shows the link, the settings path and the address next to a training clause, and nothing unrelated', async () => {
    const { page, tabId, errors } = await scanned('/routes/brushline/terms.html');
    const popup = await extension.openPopup(tabId);
    const routes = popup.locator('[data-testid="routes"]');
    await routes.waitFor({ timeout: 10_000 });
    expect(await routes.locator('h2').textContent()).toBe('How to opt out');
    mkdirSync(SHOTS, { recursive: true });

    const link = routes.locator('[data-kind="link"] a');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(server.url('/routes/ai-choices.html'));
    expect(await link.textContent()).toContain('AI training choices page');
    expect(await routes.locator('[data-kind="settings"]').textContent()).toContain('Settings › Privacy › Model training');
    const email = routes.locator('[data-kind="email"] a');
    expect(await email.getAttribute('href')).toBe('mailto:privacy@brushline.example');
    // Unrelated links (guidelines, newsletters, help centre, navigation) and the help address are never offered.
    const hrefs = await routes.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((href) => /guidelines|help|newsletter/.test(href))).toEqual([]);
    expect(await routes.textContent()).not.toContain('help@brushline.example');

    // The link works: a click opens it in a new tab, and only then.
    const opened = extension.context.waitForEvent('page');
    await link.click();
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(server.url('/routes/ai-choices.html'));
    await tab.close();

    // The clause's hover card says the same.
    await popup.click('details[data-group="ai-training"] li.finding button');
    await expect.poll(async () => (await readCard(page))?.text ?? '', { timeout: 5_000 }).toContain('How to opt out');
    const card = (await readCard(page))!.text;
    expect(card).toContain('AI training choices page');
    expect(card).toContain('Settings › Privacy › Model training');
    expect(card).toContain('privacy@brushline.example');
    expect(card).not.toContain('Community Guidelines');
    expect(card).not.toContain('unsubscribe');

    await page.screenshot({ path: `${SHOTS}/page-card-routes.png` });
    await popup.setViewportSize({ width: 380, height: 600 });
    await routes.screenshot({ path: `${SHOTS}/popup-routes.png` });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeProblems(popup), scheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says plainly when the terms allow AI training and name no way out', async () => {
    const { page, tabId } = await scanned('/routes/reelpond/terms.html');
    const popup = await extension.openPopup(tabId);
    const none = popup.locator('[data-testid="routes-none"]');
    await none.waitFor({ timeout: 10_000 });
    expect(await none.textContent()).toBe('These terms give no way to opt out of AI training.');
    expect(await popup.locator('[data-testid="routes"] a').count()).toBe(0);
    await popup.click('details[data-group="ai-training"] li.finding button');
    await expect.poll(async () => (await readCard(page))?.text ?? '', { timeout: 5_000 }).toContain('These terms give no way to opt out of AI training.');
    await popup.close();
    await page.close();
  });

  it('puts the AI-training clause, the quiet change and the contradiction on the first screen, and keeps the signals check', async () => {
    server.override('/routes/canvasly/terms.html', longTerms(false));
    const { page, tabId } = await scanned('/routes/canvasly/terms.html');
    server.override('/routes/canvasly/terms.html', longTerms(true));
    await page.goto(server.url('/routes/canvasly/terms.html'));
    await waitForStatus(page, 'done');

    const popup = await extension.openPopup(tabId);
    const width = await popup.evaluate(() => Math.ceil(parseFloat(getComputedStyle(document.body).width)));
    expect(width).toBeGreaterThan(300);
    await popup.setViewportSize({ width, height: POPUP_HEIGHT });
    await popup.waitForSelector('[data-testid="alert-changes"]', { timeout: 10_000 });
    await popup.waitForSelector('[data-testid="alert-signals"]', { timeout: 10_000 });
    expect(await popup.textContent('[data-testid="alert-changes"]')).toMatch(/Changed since \d{1,2} [A-Z][a-z]{2}: AI training added/);

    // The list opens on AI training: first group, open, its first clause visible.
    const groups = await popup.locator('details.group').evaluateAll((all) => all.map((d) => [d.getAttribute('data-group'), (d as HTMLDetailsElement).open]));
    expect(groups[0]).toEqual(['ai-training', true]);
    expect(groups.slice(1).every(([, open]) => open === false)).toBe(true);

    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    const onFirstScreen = async (selector: string) => {
      const box = await popup.locator(selector).first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= POPUP_HEIGHT && box.x >= 0 && box.x + box.width <= width;
    };
    for (const selector of ['[data-testid="alert-changes"]', '[data-testid="alert-signals"]', '[data-testid="routes"]', 'details[data-group="ai-training"] li.finding']) {
      expect(await onFirstScreen(selector), selector).toBe(true);
    }
    // The page is much longer than the first screen, so the check above means something.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(POPUP_HEIGHT * 2);

    // Each line links to its section further down.
    await popup.click('[data-testid="alert-changes"] a');
    await expect.poll(() => popup.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await onFirstScreen('#changes-heading')).toBe(true);

    mkdirSync(SHOTS, { recursive: true });
    await popup.evaluate(() => window.scrollTo(0, 0));
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeProblems(popup), scheme).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup-first-screen-${scheme}.png` });
    }

    // The signals check is kept for the tab: reopening the popup shows it without checking again.
    await popup.click('[data-testid="signals-check"]');
    await popup.waitForSelector('[data-testid="signals-checked"]', { timeout: 15_000 });
    await popup.close();
    const again = await extension.openPopup(tabId);
    await again.waitForSelector('[data-testid="signals-checked"]', { timeout: 10_000 });
    expect(await again.locator('[data-testid="signals-check"]').count()).toBe(0);
    await again.close();
    await page.close();
  });
});
