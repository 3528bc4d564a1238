// One palette everywhere: the page's highlights (underline and background), the hover card's edge, and the
// chips of the popup and the options page all use the colours of src/shared/palette.ts, for built-in
// categories and for a category of the user's own; where two categories cover one sentence, only the more
// severe paints its background, and each still draws its own underline.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import { readCard } from './support/card';
import { axeLightAndDark } from './support/axe';
import { sendAsPopup, waitForStatus } from './support/page-tools';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { rgb, swatchFor } from '../../src/shared/palette';

const browserPath = chromiumOrSkip();
const USER = { id: 'user:style', name: 'Style', colour: '#d946ef', enabled: true };
const USER_AFTER = { ...USER, colour: '#0f766e' };
const CATEGORIES = ['ai-training', 'third-party-sharing', 'content-license', 'rights-waiver', 'ai-restriction', 'unilateral-change', USER.id];

/** rgba(r, g, b, a) as the palette writes it, in the form getComputedStyle reports (alpha rounded by the engine). */
const sameColour = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

interface HighlightStyle {
  line: string;
  decoration: string;
  underlineBackground: string;
  fill: string;
}

/** Computed styles of each category's `::highlight()` pseudo-elements, as the page paints them. */
function highlightStyles(page: Page, categories: string[]): Promise<Record<string, HighlightStyle>> {
  return page.evaluate((list) => {
    const slug = (c: string) => c.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const out: Record<string, HighlightStyle> = {};
    const body = document.body;
    for (const category of list) {
      const line = getComputedStyle(body, `::highlight(fine-print-${slug(category)})`);
      const fill = getComputedStyle(body, `::highlight(fineprint-fill-${slug(category)})`);
      out[category] = {
        line: line.textDecorationColor,
        decoration: `${line.textDecorationLine} ${line.textDecorationStyle}`,
        underlineBackground: line.backgroundColor,
        fill: fill.backgroundColor,
      };
    }
    return out;
  }, categories);
}

/** Text of the ranges of each background highlight that touch the element with `id`. */
function fillsOver(page: Page, id: string): Promise<Record<string, string[]>> {
  return page.evaluate((target) => {
    const element = document.getElementById(target)!;
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fineprint-fill-')) continue;
      const touching = [...highlight].filter((range) => (range as Range).intersectsNode(element.firstChild!));
      if (touching.length) out[name] = touching.map((range) => (range as Range).toString());
    }
    return out;
  }, id);
}

async function dotColours(page: Page, scope: string, categories: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const category of categories) {
    const dot = page.locator(`${scope} [data-chip="${category}"] .dot`).first();
    out[category] = await dot.evaluate((el) => getComputedStyle(el).backgroundColor);
  }
  return out;
}

async function setUserCategory(extension: Extension, category: typeof USER): Promise<void> {
  const settings = { version: 2, keywords: [{ id: 'k-style', phrase: 'style clone', category: category.id, severity: 'medium', note: '' }], userCategories: [category] };
  const worker = extension.context.serviceWorkers().at(-1) ?? extension.worker;
  await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: value }), settings);
}

describe.skipIf(!browserPath)('one palette in Chromium', () => {
  let extension: Extension;
  let server: FixtureServer;
  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it('paints page highlights, the card and the popup and options chips in the palette colours', async () => {
    const colours = [USER].map((u) => ({ id: u.id, colour: u.colour }));
    const expectColour = (category: string) => rgb(swatchFor(category, colours).colour);
    await setUserCategory(extension, USER);
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/palette.html'));
    expect(await waitForStatus(page, 'done')).toBeGreaterThanOrEqual(CATEGORIES.length);
    const tabId = await extension.tabIdOf(page);
    const report = (await sendAsPopup(extension, { type: 'popup/get-report', tabId })) as { report: { findings: Array<{ category: string }> } };
    // The fixture holds one clause of each category (and one sentence of two), so every colour is on show.
    expect(new Set(report.report.findings.map((f) => f.category))).toEqual(new Set(CATEGORIES));

    // The page: each category's underline in its colour and style; backgrounds only on the fill highlights.
    const styles = await highlightStyles(page, CATEGORIES);
    for (const category of CATEGORIES) {
      const swatch = swatchFor(category, colours);
      expect(styles[category]!.line, category).toBe(expectColour(category));
      expect(styles[category]!.decoration.split(' ').sort(), category).toEqual(swatch.decoration.split(' ').sort());
      expect(styles[category]!.underlineBackground, category).toBe('rgba(0, 0, 0, 0)');
      expect(sameColour(styles[category]!.fill, swatch.background), `${category}: ${styles[category]!.fill}`).toBe(true);
    }

    // AI training and sharing in one sentence: one background (training's), no blue under the red.
    const both = await fillsOver(page, 'both');
    expect(Object.keys(both)).toEqual(['fineprint-fill-ai-training']);
    expect(both['fineprint-fill-ai-training']!.join('')).toContain('We may share your drawings');
    mkdirSync('artifacts/screenshots', { recursive: true });
    await page.locator('#both').screenshot({ path: 'artifacts/screenshots/palette-overlap.png' });

    // The card's coloured edge, for every clause.
    const findings = Number(await page.getAttribute('html', 'data-fine-print-findings'));
    const edges: string[] = [];
    for (let index = 0; index < findings; index++) {
      await sendAsPopup(extension, { type: 'popup/show-finding', tabId, index });
      await expect.poll(async () => (await readCard(page))?.hidden === false, { timeout: 5000 }).toBe(true);
      edges.push((await readCard(page))!.edgeColor);
    }
    expect(edges).toEqual(report.report.findings.map((f) => expectColour(f.category)));

    // The popup's chips, light and dark.
    const popup = await extension.openPopup(tabId);
    await popup.waitForSelector('[data-testid="group-summary"]');
    // Open every group, so each clause card's chips are there to read.
    for (const group of await popup.locator('details.group').all()) await group.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      // A sentence in several categories is one card, grouped under its riskiest category: every category has a
      // clause chip, and those with a group of their own a group chip too.
      const grouped = await popup.locator('details.group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-group')!));
      expect(grouped.length).toBeGreaterThan(0);
      const counts = await dotColours(popup, '[data-testid="group-summary"]', grouped);
      const list = await dotColours(popup, '.group > .findings', CATEGORIES);
      for (const category of grouped) expect(counts[category], `${scheme} group chip ${category}`).toBe(expectColour(category));
      for (const category of CATEGORIES) expect(list[category], `${scheme} clause chip ${category}`).toBe(expectColour(category));
    }
    // The grade legend, opened, and the chips: no serious accessibility problems in either theme.
    await popup.click('[data-testid="grade-legend"] summary');
    expect(await popup.locator('[data-testid="grade-legend"] li').count()).toBe(5);
    expect(await axeLightAndDark(popup)).toEqual({ light: [], dark: [] });
    await popup.close();

    // The options page's category chips, light and dark.
    const options = await extension.openOptions();
    await options.waitForSelector(`.toggles [data-chip="${USER.id}"]`);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      const chips = await dotColours(options, '.toggles', CATEGORIES);
      for (const category of CATEGORIES) expect(chips[category], `${scheme} options chip ${category}`).toBe(expectColour(category));
    }
    await options.close();

    // A new colour for the user's category reaches the open page without a reload.
    await setUserCategory(extension, USER_AFTER);
    await expect
      .poll(async () => (await highlightStyles(page, [USER.id]))[USER.id]!.line, { timeout: 15_000 })
      .toBe(rgb(USER_AFTER.colour));
    await page.close();
  });
});
