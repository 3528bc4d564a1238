// Honest verdicts in real Chromium: terms not in English end as `unsupported-language` (contract 2) with no
// highlights, an empty badge and no grade; an English page with a language menu is read as before; terms
// shown as an image, an empty script shell, a cross-origin frame and a PDF never get a grade or "nothing found".
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, highlighted, highlights, squash, waitForStatus } from './support/page-tools';

const browserPath = chromiumOrSkip();
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve('test/screenshots');

/** Serious and critical axe violations, as "rule: target" lines (empty when clean). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The popup of the page's tab, once it shows a finished state. */
async function popupFor(extension: Extension, page: Page): Promise<Page> {
  const popup = await extension.openPopup(await extension.tabIdOf(page));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.waitForSelector('[data-state]:not([data-state="scanning"])', { timeout: 15_000 });
  return popup;
}

async function expectNoVerdict(popup: Page): Promise<void> {
  expect(await popup.locator('[data-testid="grade"]').count()).toBe(0);
  expect(await popup.locator('[data-state="nothing-found"]').count()).toBe(0);
  expect(await popup.textContent('body')).not.toContain('Good news');
}

const FOREIGN = [
  { page: '/verdicts/fr/terms.html', lang: 'fr', name: 'French' },
  // Its <html lang="en"> is a template's leftover: the text decides.
  { page: '/verdicts/de/agb.html', lang: 'de', name: 'German' },
  { page: '/verdicts/es/terms.html', lang: 'es', name: 'Spanish' },
  { page: '/verdicts/hi/privacy.html', lang: 'hi', name: 'Hindi' },
  // An address with no English legal word: the French title is what tells the probe these are terms.
  { page: '/verdicts/fr/conditions.html', lang: 'fr', name: 'French' },
];

const NOT_FOUND = [
  { name: 'terms as an image', page: '/verdicts/image/terms.html', reason: 'image' },
  { name: 'an empty script shell', page: '/verdicts/shell/terms.html', reason: 'script' },
  { name: 'terms in a cross-origin frame', page: '/verdicts/frame/terms.html', reason: 'frame' },
  { name: 'a PDF in the browser viewer', page: '/verdicts/pdf/terms.pdf', reason: 'pdf' },
];

describe.skipIf(!browserPath)('verdicts: never reassure about what was not read', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => {
    ({ extension, server } = session);
    // The frame's page comes from a second origin: localhost, where the page itself is on 127.0.0.1.
    const inner = `${server.origin.replace('127.0.0.1', 'localhost')}/verdicts/frame/inner.html`;
    const outer = readFileSync(resolve('test/fixtures/pages/verdicts/frame/terms.html'), 'utf8').replace('FRAME_SRC', inner);
    server.override('/verdicts/frame/terms.html', outer);
    server.override('/verdicts/fr/conditions.html', readFileSync(resolve('test/fixtures/pages/verdicts/fr/terms.html'), 'utf8'));
    mkdirSync(SHOTS, { recursive: true });
  });

  it.each(FOREIGN)('$name terms at $page: unsupported-language ($lang), no highlights, empty badge, no grade', async ({ page: path, lang, name }) => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url(path));
    expect(await waitForStatus(page, 'unsupported-language')).toBe(0);
    expect(await page.getAttribute('html', 'data-fine-print-lang')).toBe(lang);
    expect(await page.getAttribute('html', 'data-fine-print-words')).toBeNull();
    expect(Object.values(await highlights(page)).flat()).toEqual([]);
    const tabId = await extension.tabIdOf(page);
    await expect.poll(() => extension.badgeText(tabId), { timeout: 10_000 }).toBe('');
    const popup = await popupFor(extension, page);
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('unsupported-language');
    expect(await popup.textContent('[data-testid="headline"]')).toBe(`This page is in ${name}.`);
    expect(await popup.textContent('body')).toContain('Fine Print reads English terms for now');
    expect(await popup.textContent('[data-testid="words-read"]')).toMatch(/^Read [\d,]+ words$/);
    await expectNoVerdict(popup);
    if (lang === 'hi') {
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axeProblems(popup)).toEqual([]);
        await popup.screenshot({ path: `${SHOTS}/popup-unsupported-language-${scheme}.png`, fullPage: true });
      }
    }
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('an English page with a language menu is read as before: done, highlighted, graded', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/verdicts/en-menu/terms.html'));
    const findings = await waitForStatus(page, 'done');
    expect(findings).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('html', 'data-fine-print-words'))).toBeGreaterThan(150);
    expect(await page.getAttribute('html', 'data-fine-print-lang')).toBeNull();
    expect(squash(await highlighted(page))).toContain('Loomly may use your sketches and their descriptions to train the machine learning models behind our drawing assistant.');
    const popup = await popupFor(extension, page);
    expect(await popup.textContent('[data-testid="grade"]')).toMatch(/^[A-E]$/);
    const words = await page.getAttribute('html', 'data-fine-print-words');
    expect(await popup.textContent('[data-testid="words-read"]')).toBe(`Read ${words} words`);
    await popup.close();
    await page.close();
  });

  it.each(NOT_FOUND)('$name: no grade and no "nothing found"; says why ($reason) and what to try', async ({ page: path, reason }) => {
    const page = await extension.context.newPage();
    await page.goto(server.url(path));
    await waitForStatus(page, 'done');
    const words = Number(await page.getAttribute('html', 'data-fine-print-words'));
    expect(words).toBeLessThan(20);
    const popup = await popupFor(extension, page);
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('terms-not-found');
    expect(await popup.getAttribute('[data-state]', 'data-reason')).toBe(reason);
    expect(await popup.textContent('[data-testid="headline"]')).toBe("Fine Print couldn't find the terms text on this page.");
    expect(await popup.textContent('[data-testid="words-read"]')).toBe(words === 1 ? 'Read 1 word' : `Read ${words} words`);
    await expectNoVerdict(popup);
    if (reason === 'frame') {
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axeProblems(popup)).toEqual([]);
        await popup.screenshot({ path: `${SHOTS}/popup-terms-not-found-${scheme}.png`, fullPage: true });
      }
    }
    await popup.close();
    await page.close();
  });

  it('a page that is not terms, scanned anyway, reports what it found without grading the site', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/ordinary/blog.html'));
    await waitForStatus(page, 'not-legal');
    const popup = await popupFor(extension, page);
    await popup.click('button:has-text("Scan this page anyway")');
    await waitForStatus(page, 'done');
    await popup.waitForSelector('[data-state="page-scan"]', { timeout: 15_000 });
    expect(await popup.textContent('[data-testid="headline"]')).toBe("This page doesn't look like terms, so Fine Print gives it no grade.");
    expect(await popup.textContent('[data-testid="words-read"]')).toMatch(/^Read \d+ words$/);
    await expectNoVerdict(popup);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeProblems(popup)).toEqual([]);
    }
    await popup.close();
    await page.close();
  });
});
