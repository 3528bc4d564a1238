// Tier 2 in Chromium: a terms page with the clauses that decide a dispute gets one `fine-print-<category>`
// highlight per category (contract 2), a card in plain words, and a popup section "If something goes wrong"
// that axe finds no serious problem in, light and dark. Saves the README screenshots.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, highlights, sendAsPopup, squash, waitForStatus } from './support/page-tools';
import { readCard } from './support/card';

const browserPath = chromiumOrSkip();
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** [category, the sentence its highlight must hold] on test/fixtures/pages/terms/disputes.html. */
const EXPECTED: Array<[string, string]> = [
  ['contract-by-using', 'By accessing or using Reelhaven, you agree to be bound by these Terms.'],
  ['content-removal', 'We may remove any video you upload, at any time and at our sole discretion, without notice.'],
  ['unilateral-termination', 'Reelhaven may suspend or terminate your account for any reason, without prior notice.'],
  ['limitation-of-liability', 'Our total liability to you for all claims will not exceed fifty dollars ($50).'],
  ['arbitration', 'You and Reelhaven agree to resolve any dispute through final and binding individual arbitration, and you waive any right to take part in a class action.'],
  ['choice-of-law', 'These Terms are governed by the laws of the State of Delaware, without regard to its conflict of law rules.'],
  ['jurisdiction', 'Any claim not subject to arbitration must be brought exclusively in the state or federal courts located in Wilmington, Delaware.'],
];

async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!browserPath)('page: tier-2 clauses', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));
  beforeAll(() => void mkdirSync('test/screenshots', { recursive: true }));

  it('highlights each tier-2 clause under fine-print-<category>, and leaves the fair ones alone', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/terms/disputes.html'));
    await waitForStatus(page, 'done');
    const all = await highlights(page);
    for (const [category, sentence] of EXPECTED) expect(squash(all[`fine-print-${category}`] ?? []), category).toContain(sentence);
    const everything = squash(Object.values(all).flat()).join('\n');
    expect(everything).not.toContain('You can close your account from the settings page');
    expect(everything).not.toContain('You keep the rights you have');

    // The card says in plain words what the arbitration clause does.
    const tabId = await extension.tabIdOf(page);
    const tab = (await sendAsPopup(extension, { type: 'popup/get-report', tabId })) as { report: { findings: Array<{ category: string }> } };
    const index = tab.report.findings.findIndex((f) => f.category === 'arbitration');
    expect(await sendAsPopup(extension, { type: 'popup/show-finding', tabId, index })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page))?.hidden, { timeout: 5_000 }).toBe(false);
    const card = (await readCard(page))!.text;
    expect(card).toContain('Arbitration instead of court');
    expect(card).toContain('Disputes go to private arbitration, not a court');
    expect(card).toContain('you give up class actions');
    await page.screenshot({ path: 'test/screenshots/page-tier2.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists them in the popup under "If something goes wrong", axe-clean light and dark', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/disputes.html'));
    await waitForStatus(page, 'done');
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.waitForSelector('[data-testid="trouble"]');
    const lines = await popup.$$eval('[data-testid="trouble"] li', (items) => items.map((li) => (li as HTMLElement).dataset.category));
    expect(lines).toEqual(['limitation-of-liability', 'unilateral-termination', 'content-removal', 'contract-by-using', 'choice-of-law', 'jurisdiction', 'arbitration']);
    const text = await popup.textContent('[data-testid="trouble"]');
    expect(text).toContain('If something goes wrong');
    expect(text).toContain('Disputes go to private arbitration, not a court. You also give up joining a class action.');
    expect(text).toContain('What they would pay you is capped: fifty dollars.');
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeProblems(popup)).toEqual([]);
    await popup.screenshot({ path: 'test/screenshots/popup-tier2.png', fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
