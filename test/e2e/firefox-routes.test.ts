// "How to opt out" once in Firefox ESR (headless, web-ext run): the add-on reads the way out of a training
// clause (the page's link, the settings path, the address) and its popup shows them as links and text, never
// the unrelated links around them; terms that name no way out say so. The popup is read from inside the
// add-on through Firefox's remote debugging protocol (support/firefox-rdp.ts): a page cannot see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { FIREFOX_E2E_DIST, firefoxOrSkip, runFirefox } from './support/firefox';
import { FirefoxRdp } from './support/firefox-rdp';
import { serveFixtures, type FixtureServer } from './support/server';

const ADDON = 'fine-print@fine-print.local';
const firefox = firefoxOrSkip();

/** Each route the popup lists: kind, text and link address. */
const ROUTES_IN_POPUP = `JSON.stringify({
  routes: [...document.querySelectorAll('[data-testid="route"]')].map((li) => [li.dataset.kind, li.textContent, li.querySelector('a') ? li.querySelector('a').href : null]),
  none: document.querySelector('[data-testid="routes-none"]') ? document.querySelector('[data-testid="routes-none"]').textContent : null,
  firstGroup: document.querySelector('details.group') ? [document.querySelector('details.group').dataset.group, document.querySelector('details.group').open] : null,
})`;

describe.skipIf(!firefox)('firefox: how to opt out', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(resolve('test/fixtures/pages'));
  });

  afterAll(async () => {
    await server?.close();
  });

  it('shows the way out of a training clause in the popup, and says when there is none', async () => {
    const pages = ['/routes/brushline/terms.html', '/routes/reelpond/terms.html'];
    const browser = await runFirefox(firefox!, FIREFOX_E2E_DIST, server.url(pages[0]!), pages.slice(1).map((p) => server.url(p)));
    try {
      const rdp = await FirefoxRdp.forAddon(browser.debuggerPort(), ADDON);
      try {
        // Wait in the background until both tabs have a finished report, then open the popup for each as a tab.
        const tabs = JSON.parse(
          await rdp.evaluate(
            /background/,
            `(async () => {
              for (let i = 0; i < 150; i++) {
                const all = Object.values(await browser.storage.session.get(null)).filter((t) => t && t.status === 'done');
                const ids = ${JSON.stringify(pages)}.map((p) => all.find((t) => t.url.endsWith(p))?.tabId);
                if (ids.every((id) => id !== undefined)) return JSON.stringify(ids);
                await new Promise((r) => setTimeout(r, 200));
              }
              return JSON.stringify(Object.values(await browser.storage.session.get(null)));
            })()`,
            45_000,
          ),
        ) as number[];
        expect(tabs.every((id) => typeof id === 'number')).toBe(true);

        const popupOf = async (tabId: number) => {
          await rdp.evaluate(/background/, `browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html?tab=${tabId}') }).then(() => 'ok')`);
          return JSON.parse(
            await rdp.evaluate(
              new RegExp(`popup/index\\.html\\?tab=${tabId}$`),
              `(async () => { for (let i = 0; i < 50 && !document.querySelector('[data-testid="findings"]'); i++) await new Promise((r) => setTimeout(r, 100)); return ${ROUTES_IN_POPUP}; })()`,
            ),
          ) as { routes: Array<[string, string, string | null]>; none: string | null; firstGroup: [string, boolean] | null };
        };

        const brushline = await popupOf(tabs[0]!);
        console.log(`[firefox] routes: ${JSON.stringify(brushline.routes)}`);
        expect(brushline.none).toBeNull();
        expect(brushline.firstGroup).toEqual(['ai-training', true]);
        const byKind = Object.fromEntries(brushline.routes.map(([kind, text, href]) => [kind, { text, href }]));
        expect(byKind.link).toMatchObject({ href: server.url('/routes/ai-choices.html') });
        expect(byKind.link!.text).toContain('AI training choices page');
        expect(byKind.settings!.text).toContain('Settings › Privacy › Model training');
        expect(byKind.email).toMatchObject({ href: 'mailto:privacy@brushline.example' });
        expect(brushline.routes.filter(([, , href]) => /guidelines|help|newsletter/.test(href ?? ''))).toEqual([]);

        const reelpond = await popupOf(tabs[1]!);
        expect(reelpond.none).toBe('These terms give no way to opt out of AI training.');
        expect(reelpond.routes).toEqual([]);
      } finally {
        rdp.close();
      }
    } finally {
      await browser.exit();
    }
  }, 120_000);
});
