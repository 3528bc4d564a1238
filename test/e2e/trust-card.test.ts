// Hostile pages and our hover card: a page script cannot reach the card to rewrite what it says. The card's
// shadow root is closed, and it is made in the content script's isolated world, so a page that replaced
// attachShadow before we arrived neither sees the call nor gets the root. The card is read back through the
// DevTools protocol (support/card.ts), from outside the page.
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, sendAsPopup, waitForStatus } from './support/page-tools';
import { readCard } from './support/card';

const browserPath = chromiumOrSkip();
const PAGE_LIE = 'Safe: nothing to worry about here.';

describe.skipIf(!browserPath)('trust: a page cannot reach the hover card', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));

  it('keeps the card in a closed root the page cannot capture or rewrite', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/hostile/terms/grabby-shadow.html'));
    expect(await waitForStatus(page, 'done')).toBeGreaterThan(0);
    // The page's attachShadow replacement works in its own world (so a zero below means something).
    expect(await page.getAttribute('html', 'data-shadow-selfcheck')).toBe('true');

    const tabId = await extension.tabIdOf(page);
    expect(await sendAsPopup(extension, { type: 'popup/show-finding', tabId, index: 0 })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page))?.hidden, { timeout: 5_000 }).toBe(false);

    // What the page saw when the card element arrived: no attachShadow call of ours, no root to write into.
    expect(await page.getAttribute('html', 'data-shadow-calls')).toBe('0');
    expect(await page.getAttribute('html', 'data-rewrite-reached')).toBe('0');
    // And now, with the card on screen.
    expect(await page.evaluate(() => document.querySelector('fine-print-card')?.shadowRoot ?? null)).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __rewriteCard(): number }).__rewriteCard())).toBe(0);

    // The card still says what we wrote.
    const card = (await readCard(page))!;
    expect(card.rootType).toBe('closed');
    expect(card.hidden).toBe(false);
    expect(card.text).not.toContain(PAGE_LIE);
    expect(card.text).toContain('AI training');
    expect(card.text).toContain('Clause 1 of');
    expect(errors).toEqual([]);
    await page.close();
  });
});
