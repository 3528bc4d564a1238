// "Says vs. signals" in a real browser: meta tags show at once with no request; robots.txt is fetched only
// after the user clicks "Check", from the page's own site, and the contradiction is spelled out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { launchExtension, type Extension } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';

const browserPath = chromiumOrSkip();

describe.skipIf(!browserPath)('AI signals: what the site tells machines', () => {
  let extension: Extension;
  let server: FixtureServer;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures(resolve('test/fixtures/pages'));
    server.override('/robots.txt', readFileSync(resolve('test/fixtures/pages/signals/robots.txt'), 'utf8'), 'text/plain; charset=utf-8');
    extension = await launchExtension(browserPath!);
    extension.context.on('request', (request: Request) => requested.push(new URL(request.url()).pathname));
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('shows meta signals at once, checks robots.txt only on request, and flags the contradiction', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/signals/terms.html'));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const tabId = await extension.tabIdOf(page);

    const popup = await extension.openPopup(tabId);
    const meta = popup.locator('[data-testid="signals-meta"]');
    await meta.waitFor({ timeout: 10_000 });
    const metaText = (await meta.textContent()) ?? '';
    expect(metaText).toContain('(noai)');
    expect(metaText).toContain('(noimageai)');
    expect(metaText).toContain('TDMRep');
    expect(metaText).toContain('CCBot (Common Crawl): nofollow');
    // The terms train AI on uploads; the page says noai.
    expect(await popup.textContent('[data-testid="signals-contradiction"]')).toContain(
      'The terms let the platform train AI on your uploads, while the site tells AI crawlers not to train on its pages.',
    );
    expect(requested.filter((path) => path === '/robots.txt' || path.startsWith('/.well-known/'))).toEqual([]);

    await popup.click('[data-testid="signals-check"]');
    const robots = popup.locator('[data-testid="signals-robots-summary"]');
    await robots.waitFor({ timeout: 15_000 });
    expect(await robots.textContent()).toMatch(/robots\.txt blocks \d+ of the \d+ known AI crawlers from this page/);
    expect(await popup.getAttribute('[data-bot="GPTBot"]', 'data-page')).toBe('blocked');
    expect(await popup.getAttribute('[data-bot="CCBot"]', 'data-page')).toBe('blocked');
    expect(await popup.getAttribute('[data-bot="ClaudeBot"]', 'data-page')).toBe('blocked');
    expect(await popup.textContent('[data-bot="ClaudeBot"]')).toContain('allowed'); // "/" is open to it
    expect(await popup.textContent('[data-testid="signals-usage"]')).toContain('train-ai=n');
    expect(await popup.locator('[data-testid="signals-check"]').count()).toBe(0);
    // The same observer does see the check's requests, so the empty list before the click means something.
    expect(requested).toContain('/robots.txt');
    mkdirSync('artifacts/screenshots', { recursive: true });
    await popup.locator('[data-testid="signals"]').screenshot({ path: 'artifacts/screenshots/signals-check.png' });
    await popup.close();
    await page.close();
  });

  it('says so when a site has no robots.txt and no signals', async () => {
    server.override('/robots.txt', 'not found', 'text/plain');
    const page = await extension.context.newPage();
    server.override('/plain/terms.html', readFileSync(resolve('test/fixtures/pages/memory/terms-v1.html'), 'utf8'));
    await page.goto(server.url('/plain/terms.html'));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await popup.waitForSelector('[data-testid="signals-meta-none"]', { timeout: 10_000 });
    await popup.click('[data-testid="signals-check"]');
    await popup.waitForSelector('[data-testid="signals-checked"]', { timeout: 15_000 });
    expect(await popup.textContent('[data-testid="signals-robots-summary"]')).toBe('robots.txt lets every known AI crawler read this page.');
    await popup.close();
    await page.close();
  });
});
