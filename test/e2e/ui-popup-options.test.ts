// The popup and options in a real browser: the summary of a terms page, a new keyword highlighted on an
// open page without a reload, a bad import refused with the settings intact, no serious accessibility
// problems (axe-core), and the README screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { launchExtension, type Extension } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';

const browserPath = chromiumOrSkip();
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve('test/screenshots');

const VOICE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service – Echo</title></head>
<body><main><h1>Echo Terms of Service</h1>
<p>These terms explain what you agree to when you record on Echo.</p>
<p>We may create a voice clone from the recordings you upload and use it in our products.</p>
<p>You can delete your account at any time.</p></main></body></html>`;

/** Serious and critical axe violations, as "rule: target" lines (empty when clean). */
async function axeProblems(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts, so axe goes in through the debugger (addScriptTag would be blocked).
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, name);
}

describe.skipIf(!browserPath)('ui: popup and options in Chromium', () => {
  let extension: Extension;
  let server: FixtureServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFixtures(resolve('test/fixtures/pages'));
    server.override('/terms/voice.html', VOICE_PAGE);
    extension = await launchExtension(browserPath!);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('shows the summary of a terms page, lets axe find no serious problems, and looks right light and dark', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/sample.html'));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.waitForSelector('[data-testid="headline"]');
    expect(await popup.textContent('[data-testid="grade"]')).toMatch(/^[A-E]$/);
    expect(await popup.textContent('[data-category="ai-training"]')).toContain('Your Content may be used to train');
    expect(await axeProblems(popup)).toEqual([]);

    // Clicking a clause asks the page to show it; the page engineer scrolls and flashes it.
    await popup.click('[data-category="ai-training"] button');

    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: `${SHOTS}/popup-light.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(popup)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/popup-dark.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  it('says when a page does not look like terms, and offers to scan it anyway', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    await page.waitForSelector('html[data-fine-print="not-legal"]', { timeout: 10_000 });
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await popup.waitForSelector('[data-state]:not([data-state="scanning"])', { timeout: 15_000 });
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('not-legal');
    expect(await popup.isVisible('button:has-text("Scan this page anyway")')).toBe(true);
    await popup.click('button:has-text("Scan this page anyway")');
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 15_000 });
    await popup.waitForSelector('[data-state]:not([data-state="scanning"]):not([data-state="not-legal"])', { timeout: 15_000 });
    // Not terms: what it found, but no grade and no "good news" about the site (issue 11).
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('page-scan');
    expect(await popup.locator('[data-testid="grade"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('highlights a new keyword on an open page without a reload', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/voice.html'));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    expect(await highlighted(page, 'fine-print-user-voice')).toEqual([]);

    const options = await extension.openOptions();
    await options.fill('#kw-phrase', 'voice clone');
    await options.selectOption('#kw-category', '__new__');
    await options.fill('#kw-category-name', 'Voice');
    await options.fill('#kw-note', 'A synthetic copy of your voice');
    await options.click('button:has-text("Add keyword")');
    await options.waitForSelector('[data-testid="keywords"] >> text=voice clone');

    await expect
      .poll(() => highlighted(page, 'fine-print-user-voice'), { timeout: 20_000 })
      .toEqual(['We may create a voice clone from the recordings you upload and use it in our products.']);

    await options.setViewportSize({ width: 900, height: 900 });
    expect(await axeProblems(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: `${SHOTS}/options-light.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-dark.png`, fullPage: true });
    await options.close();
    await page.close();
  });

  it('refuses a bad settings file beside the button and keeps the settings', async () => {
    const options = await extension.openOptions();
    await options.waitForSelector('[data-testid="keywords"] >> text=voice clone');
    await options.setInputFiles('[data-testid="import-file"]', { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "not-settings"}') });
    // The backup section's one status line says why, and the file input points to it.
    await expect.poll(() => options.textContent('#status-backup')).toContain('not a Fine Print settings file');
    expect(await options.getAttribute('[data-testid="import-file"]', 'aria-describedby')).toBe('status-backup');
    await options.reload();
    await options.waitForSelector('[data-testid="keywords"] >> text=voice clone');
    await options.close();
  });
});
