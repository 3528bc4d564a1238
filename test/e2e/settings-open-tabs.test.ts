// Settings reach every open tab at once, in real Chromium with two tabs: removing a keyword takes its
// highlights away in both; "Forget everything" takes every highlight away in both, and nothing deleted is
// used or remembered again until the user scans.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { highlights, sendAsPopup } from './support/page-tools';

const browserPath = chromiumOrSkip();

const page = (name: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service – ${name}</title></head>
<body><main><h1>${name} Terms of Service</h1>
<p>These terms explain what you agree to when you record on ${name}.</p>
<p>We may create a voice-clone from the recordings you upload and use it in our products.</p>
<p>You grant us a worldwide, royalty-free licence to host and display your recordings.</p>
<p>You can delete your account at any time.</p>
<p>You must be at least sixteen years old to open an account, and you are responsible for what happens under it.</p>
<p>Keep your password to yourself, tell us straight away if someone else uses your account, and use a strong password
that you do not use anywhere else. We may ask you to confirm your email address before you can upload.</p>
<p>Recordings you mark as private stay visible only to you and the people you invite. Public recordings can be found
by anyone, including people who do not have an account, and may appear in search results on the site.</p>
<p>If you think a recording breaks these terms, use the report button under it and tell us why.</p></main></body></html>`;
// Long enough (over 100 words) to be graded, and so remembered: Fine Print remembers only what it could grade.

const KEYWORD_HIGHLIGHT = 'fine-print-user-voice';
const VOICE_SENTENCE = 'We may create a voice-clone from the recordings you upload and use it in our products.';

describe.skipIf(!browserPath)('settings reach open tabs (Chromium, two tabs)', () => {
  let extension: Extension;
  let server: FixtureServer;
  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  const worker = () => extension.context.serviceWorkers().at(-1) ?? extension.worker;
  const remembered = () =>
    worker().evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
      return Object.keys(all).filter((key) => key.startsWith('memory:doc:')).sort();
    });
  const keywordHighlight = async (tab: Page) => (await highlights(tab))[KEYWORD_HIGHLIGHT] ?? [];

  async function openTerms(path: string, name: string): Promise<Page> {
    server.override(path, page(name));
    const tab = await extension.context.newPage();
    await tab.goto(server.url(path));
    await tab.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    return tab;
  }

  it('removing a keyword, then forgetting everything, reaches both tabs at once', async () => {
    const tabs = [await openTerms('/terms/echo.html', 'Echo'), await openTerms('/terms/reverb.html', 'Reverb')];

    // A keyword typed with a space matches the page's hyphenated "voice-clone", in both tabs, without a reload.
    const options = await extension.openOptions();
    await options.fill('#kw-phrase', 'voice clone');
    await options.selectOption('#kw-category', '__new__');
    await options.fill('#kw-category-name', 'Voice');
    await options.click('button:has-text("Add keyword")');
    for (const tab of tabs) await expect.poll(() => keywordHighlight(tab), { timeout: 20_000 }).toEqual([VOICE_SENTENCE]);

    // Removing it takes its highlights away in both tabs; the other highlights stay.
    await options.click('button[aria-label="Remove the keyword voice clone"]');
    for (const tab of tabs) {
      await expect.poll(() => keywordHighlight(tab), { timeout: 20_000 }).toEqual([]);
      expect(Object.keys(await highlights(tab))).toContain('fine-print-content-license');
    }

    // Back again, then "Forget everything".
    await options.fill('#kw-phrase', 'voice clone');
    await options.click('button:has-text("Add keyword")');
    for (const tab of tabs) await expect.poll(() => keywordHighlight(tab), { timeout: 20_000 }).toEqual([VOICE_SENTENCE]);
    await expect.poll(remembered, { timeout: 10_000 }).toHaveLength(2);

    await options.click('button[data-action="forget"]');
    await options.click('button[data-action="forget-confirm"]');
    await options.waitForSelector('[data-testid="status-forget"]:has-text("forgotten everything")', { timeout: 20_000 });

    for (const tab of tabs) {
      await expect.poll(() => highlights(tab), { timeout: 10_000 }).toEqual({});
      expect(await tab.getAttribute('html', 'data-fine-print')).toBeNull();
      expect(await extension.badgeText(await extension.tabIdOf(tab))).toBe('');
    }
    expect(await remembered()).toEqual([]);

    // The pages change (a late section renders); nothing is read, highlighted or remembered on its own.
    for (const tab of tabs) {
      await tab.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'We may share your recordings with our partners, who may use them to train AI.';
        document.querySelector('main')!.append(p);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const tab of tabs) expect(await highlights(tab)).toEqual({});
    expect(await remembered()).toEqual([]);

    // The user scans one tab: it is read with the settings as they are now (no keyword), and remembered then.
    const [first, second] = tabs as [Page, Page];
    await sendAsPopup(extension, { type: 'popup/scan-tab', tabId: await extension.tabIdOf(first), force: true });
    await first.waitForSelector('html[data-fine-print="done"]', { timeout: 20_000 });
    expect(await keywordHighlight(first)).toEqual([]);
    expect(Object.keys(await highlights(first))).toContain('fine-print-content-license');
    await expect.poll(remembered, { timeout: 10_000 }).toEqual([`memory:doc:${server.origin}/terms/echo.html`]);
    expect(await highlights(second)).toEqual({});

    await options.close();
    for (const tab of tabs) await tab.close();
  });
});
