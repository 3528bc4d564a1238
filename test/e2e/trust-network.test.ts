// Zero network, measured: everything the browser sends goes through a recording proxy (loopback too), and
// every request is also attributed to the context that made it (service worker, extension page, content
// script, page). While the extension scans several pages, shows the popup and runs "Forget everything" in
// the options, the extension makes no request at all. A second test proves the recorder would notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { launchExtension, type Extension } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';
import { isNetworkUrl, startRecordingProxy, watchBrowserRequests, type RecordingProxy } from './support/recorder';

const browserPath = chromiumOrSkip();

// Chromium's own background traffic (network time, component updates) that DESIGN.md's flags do not stop.
// It is the browser's, not ours: the attributed view below shows no extension context made it.
const BROWSER_SERVICE_HOSTS = /(^|\.)(google\.com|googleapis\.com|gstatic\.com)(:\d+)?$/;

const PAGES = ['/terms/sample.html', '/legal/privacy.html', '/ordinary.html'];

describe.skipIf(!browserPath)('trust: the extension makes no network requests', () => {
  let extension: Extension;
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let watch: ReturnType<typeof watchBrowserRequests>;

  beforeAll(async () => {
    server = await serveFixtures(resolve('test/fixtures/pages'));
    // A second terms page under another name, so more than one legal page is scanned.
    const sample = readFileSync(resolve('test/fixtures/pages/terms/sample.html'), 'utf8');
    server.override('/legal/privacy.html', sample.replace(/<title>[^<]*<\/title>/, '<title>Privacy Policy</title>'));
    proxy = await startRecordingProxy(server.origin);
    extension = await launchExtension(browserPath!, undefined, proxy.args);
    watch = watchBrowserRequests(extension.context);
  });

  afterAll(async () => {
    await extension?.close();
    await proxy?.close();
    await server?.close();
  });

  async function openWatched(path: string): Promise<Page> {
    const page = await extension.context.newPage();
    await watch.watchPage(page);
    await page.goto(server.url(path));
    return page;
  }

  it('scans pages, shows the popup and forgets everything without a single request', async () => {
    const start = Date.now();
    const pages: Page[] = [];
    for (const path of PAGES) {
      const page = await openWatched(path);
      await page.waitForSelector('html[data-fine-print="done"], html[data-fine-print="not-legal"]', { timeout: 20_000 });
      pages.push(page);
    }
    const [terms, , ordinary] = pages as [Page, Page, Page];
    expect(await terms.getAttribute('html', 'data-fine-print')).toBe('done');

    // The popup of the ordinary page asks for a scan anyway (the "Scan this page anyway" path).
    const popup = await extension.openPopup(await extension.tabIdOf(ordinary));
    const ordinaryTab = await extension.tabIdOf(ordinary);
    await popup.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'popup/scan-tab', tabId, force: true }), ordinaryTab);
    await ordinary.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const termsPopup = await extension.openPopup(await extension.tabIdOf(terms));
    await termsPopup.waitForLoadState('load');
    // A real popup closes when the user clicks elsewhere; an open one would ask for its tab's report again.
    await popup.close();
    await termsPopup.close();

    // Options: leave something in every storage area, then forget everything through the button.
    const options = await extension.openOptions();
    await options.evaluate(() => chrome.storage.local.set({ leftover: 'local' }));
    await options.evaluate(() => chrome.storage.sync.set({ leftover: 'sync' }));
    await options.click('[data-action="forget"]');
    await options.click('[data-action="forget-confirm"]');
    await options.waitForSelector('.forget-everything [role="status"]', { timeout: 10_000 });
    const stored = await options.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    expect(stored).toEqual({ local: {}, sync: {}, session: {} });
    await new Promise((done) => setTimeout(done, 1_500)); // room for anything late (a report, a retry)

    const fromExtension = watch.requests.filter((r) => r.at >= start && r.by !== 'page' && isNetworkUrl(r.url));
    const visited = new Set([...PAGES, '/favicon.ico'].map((path) => server.url(path)));
    const fromPagesUnexpected = watch.requests.filter((r) => r.at >= start && r.by === 'page' && isNetworkUrl(r.url) && !visited.has(r.url));
    const proxied = proxy.entries.filter((e) => e.at >= start);
    const toFixtures = proxied.filter((e) => e.url.startsWith(server.origin));
    const browserOwn = proxied.filter((e) => !e.url.startsWith(server.origin) && BROWSER_SERVICE_HOSTS.test(new URL(withScheme(e.url)).host));
    const elsewhere = proxied.filter((e) => !toFixtures.includes(e) && !browserOwn.includes(e));
    console.log(
      `[trust-network] extension-context requests: ${fromExtension.length}; through the proxy: ${proxied.length} ` +
        `(${toFixtures.length} fixture documents, ${browserOwn.length} Chromium's own, ${elsewhere.length} elsewhere)`,
    );

    expect(fromExtension).toEqual([]);
    expect(fromPagesUnexpected).toEqual([]);
    expect(toFixtures.map((e) => e.url).filter((url) => !visited.has(url))).toEqual([]);
    expect(elsewhere).toEqual([]);
    for (const page of [...pages, options]) await page.close();
  });

  it('the recorder notices a request from each extension context (so the test above can fail)', async () => {
    const start = Date.now();
    const page = await openWatched('/terms/sample.html');
    await page.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    const tabId = await extension.tabIdOf(page);

    // Extension pages: our CSP refuses the request outright...
    const popup = await extension.openPopup(tabId);
    const blocked = await popup.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), server.url('/leak/popup-csp'));
    expect(blocked).toBe('refused');
    // ...so, to show the recorder itself works, switch the CSP off for this one tab and try again.
    const cdp = await extension.context.newCDPSession(popup);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await popup.reload();
    expect(await popup.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), server.url('/leak/popup'))).toBe('sent');

    // The service worker is under the same CSP.
    const worker = extension.context.serviceWorkers().at(-1)!;
    expect(await worker.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), server.url('/leak/worker'))).toBe('refused');

    // A content script (the isolated world of the page) is not under the extension CSP: the recorder catches it.
    const fromContent = await worker.evaluate(
      async ([tab, url]) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: tab },
          func: (u: string) => fetch(u).then(() => 'sent', () => 'refused'),
          args: [url],
        });
        return result?.result;
      },
      [tabId, server.url('/leak/content-script')] as const,
    );
    expect(fromContent).toBe('sent');
    await new Promise((done) => setTimeout(done, 500));

    const proxied = proxy.entries.filter((e) => e.at >= start).map((e) => new URL(e.url).pathname);
    expect(proxied).toEqual(expect.arrayContaining(['/leak/popup', '/leak/content-script']));
    expect(proxied).not.toContain('/leak/popup-csp');
    expect(proxied).not.toContain('/leak/worker');
    const seen = watch.requests.filter((r) => r.at >= start);
    expect(seen).toContainEqual(expect.objectContaining({ url: server.url('/leak/popup'), by: 'extension-page' }));
    expect(seen).toContainEqual(expect.objectContaining({ url: server.url('/leak/content-script'), by: 'page' }));
    await popup.close();
    await page.close();
  });
});

/** CONNECT entries are `host:port`; make them parseable. */
function withScheme(url: string): string {
  return /^\w+:\/\//.test(url) ? url : `https://${url}`;
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object>; set(items: object): Promise<void> }>;
  scripting: {
    executeScript<A extends unknown[], R>(injection: {
      target: { tabId: number };
      func: (...args: A) => R;
      args: A;
    }): Promise<Array<{ result?: Awaited<R> }>>;
  };
};
