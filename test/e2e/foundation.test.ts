// The whole loop in a real browser: a sample terms page is highlighted, the badge shows the count,
// the popup lists the finding, and an ordinary page is left alone.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';

const browserPath = chromiumOrSkip();

describe.skipIf(!browserPath)('foundation: the extension in Chromium', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it('highlights the AI-training clause on a terms page and sets the status attributes', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/sample.html'));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const findings = Number(await page.getAttribute('html', 'data-fine-print-findings'));
    expect(findings).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('fine-print-ai-training');
      return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
    });
    expect(highlighted).toContain(
      'You agree that Your Content may be used to train, develop and improve artificial intelligence and machine learning models as part of providing the Services.',
    );
    expect(highlighted.join(' ')).not.toContain('We will not use your private drafts');
    const restrictions = await page.evaluate(() => [...(CSS.highlights.get('fine-print-ai-restriction') ?? [])].map((r) => (r as Range).toString()));
    expect(restrictions).toContain('We will not use your private drafts to train generative AI models without your explicit consent.');
    expect(highlighted.join(' ')).not.toContain('detect spam');

    const tabId = await extension.tabIdOf(page);
    await expect.poll(() => extension.badgeText(tabId), { timeout: 10_000 }).toBe(String(findings));

    const popup = await extension.openPopup(tabId);
    await popup.waitForSelector('[data-category="ai-training"]');
    expect(await popup.textContent('[data-category="ai-training"]')).toContain('Your Content may be used to train');
    mkdirSync('test/screenshots', { recursive: true });
    await page.screenshot({ path: 'test/screenshots/sample-terms.png' });
    await popup.close();
    await page.close();
  });

  it('leaves an ordinary page alone', async () => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url('/ordinary.html'));
    await page.waitForSelector('html[data-fine-print="not-legal"]', { timeout: 10_000 });
    expect(await page.textContent('#script-status')).toBe('page script ran');
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names).toEqual([]);
    const loaded = await page.evaluate(() => document.documentElement.getAttribute('data-fine-print-findings'));
    expect(loaded).toBe('0');
    expect(await extension.badgeText(await extension.tabIdOf(page))).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
