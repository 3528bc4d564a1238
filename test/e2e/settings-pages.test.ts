// The settings pages, the welcome page and the popup's errors in real Chromium: a 10,000-character paste is
// kept whole and refused with its length; the popup on an ordinary site without access speaks plainly with
// one action; axe finds nothing serious, light and dark. (A denied site-access prompt cannot be clicked in
// headless Chromium, where the prompt never resolves: test/dom/options covers the message.)
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';

const browserPath = chromiumOrSkip();
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function axeLightAndDark(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page), colorScheme).toEqual([]);
  }
}

describe.skipIf(!browserPath)('settings pages, welcome and popup errors in Chromium', () => {
  let extension: Extension;
  useBrowserSession(browserPath, (session) => ({ extension } = session));
  const worker = () => extension.context.serviceWorkers().at(-1) ?? extension.worker;

  // An ordinary site the test build has no access to: 127.0.0.2 is not 127.0.0.1 (the build's granted host).
  let other: Server;
  let otherUrl = '';
  beforeAll(async () => {
    other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><head><title>Terms – Shop</title></head><body><main><h1>Terms</h1><p>We may use your content to train AI.</p></main></body></html>');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.2', done));
    const address = other.address();
    otherUrl = `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}/terms`;
  });
  afterAll(() => {
    // The browser keeps its connection alive; close it too, or close() waits for it.
    other.closeAllConnections();
    return new Promise<void>((done) => other.close(() => done()));
  });

  it('keeps a 10,000-character paste whole and says why it is refused', async () => {
    const options = await extension.openOptions();
    await options.fill('#kw-phrase', 'x'.repeat(10_000));
    expect(await options.inputValue('#kw-phrase')).toHaveLength(10_000);
    await options.click('button:has-text("Add keyword")');
    await expect.poll(() => options.textContent('#status-keywords')).toContain('10,000 characters long; the limit is 200');
    expect(await options.getAttribute('#kw-phrase', 'aria-invalid')).toBe('true');
    expect(await options.locator('[data-testid="keywords"]').count()).toBe(0);
    await options.close();
  });

  it('keeps the options page clean in light and dark with every section status in place', async () => {
    const options = await extension.openOptions();
    for (const section of ['categories', 'keywords', 'auto', 'sites', 'backup']) {
      expect(await options.locator(`[data-testid="status-${section}"] [role="status"]`).count(), section).toBe(1);
    }
    await axeLightAndDark(options);
    await options.close();
  });

  it('shows the welcome page clean in light and dark, with the pinning steps in Chrome\'s words', async () => {
    const welcome = await extension.context.newPage();
    await welcome.goto(`chrome-extension://${extension.id}/src/onboarding/index.html`);
    const pin = welcome.locator('[data-testid="pin"]');
    await pin.waitFor();
    expect(await pin.getAttribute('data-browser')).toBe('chrome');
    expect(await pin.textContent()).toContain('puzzle piece');
    expect(await welcome.textContent('[data-testid="fetches"]')).toContain("Check this site's AI signals");
    await axeLightAndDark(welcome);
    mkdirSync('artifacts/screenshots', { recursive: true });
    await welcome.emulateMedia({ colorScheme: 'light' });
    await welcome.screenshot({ path: 'artifacts/screenshots/welcome.png', fullPage: true });
    await welcome.close();
  });

  it('explains, on an ordinary site without access, in plain words with one action', async () => {
    // Without access the extension cannot see the tab's address, so the new tab is the id that was not there before.
    const ids = () =>
      worker().evaluate(async () =>
        (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome.tabs.query({})).map((t) => t.id!),
      );
    const before = await ids();
    const tab = await extension.context.newPage();
    await tab.goto(otherUrl);
    const tabId = (await ids()).find((id) => !before.includes(id))!;
    // Opened as a page (contract 4), the popup has no toolbar click behind it, so no activeTab grant.
    const popup = await extension.openPopup(tabId);
    const error = popup.locator('[data-state="error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-error-kind')).toBe('no-access');
    const visible = await error.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('details').forEach((d) => d.remove());
      return copy.textContent ?? '';
    });
    expect(visible).toContain("Fine Print hasn't been given this page.");
    expect(visible).not.toMatch(/Cannot access|manifest|permission to access/i);
    expect(visible).not.toMatch(/browser pages|new-tab page|extension stores/i);
    expect(await popup.getByRole('button', { name: /^(Try again|Rescan)$/ }).allTextContents()).toEqual(['Try again']);
    expect(await popup.locator('details.error-details').getAttribute('open')).toBeNull();
    await axeLightAndDark(popup);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: 'artifacts/screenshots/popup-error-no-access.png', fullPage: true });
    await popup.close();
    await tab.close();
  });
});
