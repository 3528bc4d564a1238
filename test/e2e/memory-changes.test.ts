// Terms memory in a real browser: read a terms page, the site changes it, read it again: the popup shows
// what changed (summary, old and new wording), the toolbar title says so, and the history page lists it.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { axeLightAndDark } from './support/axe';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';

const browserPath = chromiumOrSkip();
const fixture = (name: string) => readFileSync(resolve('test/fixtures/pages/memory', name), 'utf8');

describe.skipIf(!browserPath)('terms memory: change alerts', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  async function visit(page: import('playwright-core').Page, path: string) {
    await page.goto(server.url(path));
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
  }

  async function actionTitle(tabId: number): Promise<string> {
    const worker = extension.context.serviceWorkers().at(-1) ?? extension.worker;
    return worker.evaluate((id: number) => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({ tabId: id }), tabId);
  }

  it('says nothing on a first visit, then shows a clause-level diff after the terms change', async () => {
    server.override('/memory/terms.html', fixture('terms-v1.html'));
    const page = await extension.context.newPage();
    await visit(page, '/memory/terms.html?from=newsletter#changes');
    const tabId = await extension.tabIdOf(page);

    let popup = await extension.openPopup(tabId);
    await popup.waitForSelector('[data-testid="signals"]', { timeout: 10_000 });
    expect(await popup.locator('[data-testid="changes"]').count()).toBe(0);
    await popup.close();
    expect(await actionTitle(tabId)).not.toContain('changed');

    server.override('/memory/terms.html', fixture('terms-v2.html'));
    await visit(page, '/memory/terms.html');

    popup = await extension.openPopup(tabId);
    const summary = popup.locator('[data-testid="changes-summary"]');
    await summary.waitFor({ timeout: 10_000 });
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/^Since \d{1,2} [A-Z][a-z]{2}: /);
    expect(text).toContain('1 new AI-training clause');
    expect(text).toContain('licence now can be passed on to others');
    expect(text).toContain('1 AI restriction removed');
    // The README's example, word for word after the date.
    expect(text).toMatch(/: 1 new AI-training clause, 1 new sharing clause, licence now can be passed on to others, 1 AI restriction removed\.$/);
    expect(await popup.locator('[data-testid="changes"]').getAttribute('data-fresh')).toBe('true');

    // Same "Last updated" date on both versions: flagged.
    expect(await popup.textContent('[data-testid="changes-date-unchanged"]')).toContain('12 February 2026');
    // The change clause was there first, then AI training appeared.
    expect(await popup.textContent('[data-testid="changes-trend"]')).toContain('This site could change its terms without asking you, and it has: AI training appeared on');

    // Old and new wording side by side.
    const licence = popup.locator('.clause-diff[data-kind="changed"][data-category="content-license"]');
    expect(await licence.locator('[data-side="before"] blockquote').textContent()).toContain('royalty-free licence');
    expect(await licence.locator('[data-side="after"] blockquote').textContent()).toContain('royalty-free, sublicensable licence');
    // The licence sentence (now also sharing) is listed once, with the new word marked.
    const entries = await popup.locator('.clause-diff').allTextContents();
    expect(entries.filter((entry) => entry.includes('to host, store and stream your uploads'))).toHaveLength(1);
    expect(await licence.locator('[data-side="after"] ins').allTextContents()).toEqual([', sublicensable']);
    expect(await licence.getAttribute('data-categories')).toBe('content-license third-party-sharing');
    const added = popup.locator('.clause-diff[data-kind="added"][data-category="ai-training"]');
    expect(await added.locator('[data-side="after"] blockquote').textContent()).toContain('train our artificial intelligence models');
    const removed = popup.locator('.clause-diff[data-kind="removed"][data-category="ai-restriction"]');
    expect(await removed.locator('[data-side="before"] blockquote').textContent()).toContain('without your explicit consent');
    expect(await axeLightAndDark(popup)).toEqual({ light: [], dark: [] });
    await popup.emulateMedia({ colorScheme: 'light' });
    mkdirSync('artifacts/screenshots', { recursive: true });
    await popup.locator('[data-testid="changes"]').screenshot({ path: 'artifacts/screenshots/memory-changes.png' });
    await popup.close();

    await expect.poll(() => actionTitle(tabId), { timeout: 10_000 }).toMatch(/terms changed since \d{1,2} [A-Z][a-z]{2}/);
    // Contract 3 is untouched: the badge is still the number of findings.
    expect(await extension.badgeText(tabId)).toBe(await page.getAttribute('html', 'data-fine-print-findings'));

    // Reading the same version again: the change is still shown, but no longer as news.
    await visit(page, '/memory/terms.html');
    popup = await extension.openPopup(tabId);
    await popup.waitForSelector('[data-testid="changes"][data-fresh="false"]', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('lists remembered documents with their history, and forgets them', async () => {
    const history = await extension.context.newPage();
    await history.goto(`chrome-extension://${extension.id}/src/history/index.html`);
    const doc = history.locator(`[data-testid="history-doc"][data-key="${server.origin}/memory/terms.html"]`);
    await doc.waitFor({ timeout: 10_000 });
    expect(await doc.locator('[data-testid="history-version"]').count()).toBe(2);
    expect(await doc.textContent()).toContain('1 new AI-training clause');
    // Each version lists its clauses, not only how many.
    const newest = doc.locator('[data-testid="history-version"]').first();
    await newest.locator('[data-testid="history-clauses"] summary').click();
    expect((await newest.locator('[data-testid="history-clause"] blockquote').allTextContents()).join('\n')).toContain('train our artificial intelligence models');

    expect(await axeLightAndDark(history)).toEqual({ light: [], dark: [] });

    const storedKeys = () =>
      (extension.context.serviceWorkers().at(-1) ?? extension.worker).evaluate(async () => {
        const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null);
        return Object.keys(all).filter((key) => key.startsWith('memory:doc:'));
      });
    const key = `memory:doc:${server.origin}/memory/terms.html`;
    // Forgetting everything asks first; then it forgets, and Undo puts it back.
    await history.click('[data-testid="history-forget-all"]');
    await history.waitForSelector('[data-testid="history-confirm"]');
    expect(await axeLightAndDark(history)).toEqual({ light: [], dark: [] });
    expect(await storedKeys()).toContain(key);
    await history.click('[data-testid="history-confirm-yes"]');
    await history.waitForSelector('[data-testid="history-empty"]');
    expect(await storedKeys()).toEqual([]);
    await history.click('[data-testid="history-undo"]');
    await doc.waitFor({ timeout: 10_000 });
    expect(await storedKeys()).toContain(key);
    expect(await doc.locator('[data-testid="history-version"]').count()).toBe(2);

    await history.click('[data-testid="history-forget-all"]');
    await history.click('[data-testid="history-confirm-yes"]');
    await history.waitForSelector('[data-testid="history-empty"]');
    expect(await storedKeys()).toEqual([]);
    await history.close();
  });
});
