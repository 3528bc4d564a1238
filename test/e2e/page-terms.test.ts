// Real-world terms layouts in Chromium: each page is recognised, its key clause is highlighted word for word
// (across inline tags, in lists and tables), site chrome and cookie banners are not read, the badge shows the
// count, and the page's own script keeps working.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';
import type { FixtureServer } from './support/server';
import { collectErrors, contentScriptState, highlighted, highlights, squash, waitForStatus } from './support/page-tools';

const browserPath = chromiumOrSkip();

interface Case {
  page: string;
  key: string;
  /** Text that must not be highlighted under any category (banners, menus, traps). */
  never: string[];
}

const CASES: Case[] = [
  {
    page: 'long.html',
    key: 'Pixelgrove may use Your Photos and their captions to train and improve our machine learning models, including models that generate new images.',
    never: ['Machine learning', 'On this page', 'We use automated tools to spot spam'],
  },
  {
    page: 'split-markup.html',
    key: 'By posting, you agree that Inkwell and its affiliates may use your posts, comments and drafts to train, fine-tune and evaluate large language models.',
    never: ['To adjust a computer system'],
  },
  {
    page: 'cookie-banner.html',
    key: 'Stockhaus may use your images to train machine learning models, and may license the resulting datasets to other companies.',
    never: ['browsing data to train', 'Train models on your style', 'Generate images with our AI'],
  },
  {
    page: 'table.html',
    key: 'We may use your files and comments to train our AI models.',
    never: ['Comments on shared sheets', 'Three years'],
  },
  {
    page: 'privacy.html',
    key: 'We use your content, including your drawings, to train the machine learning models behind our brush suggestions.',
    never: ['Information we collect'],
  },
  {
    // A dark page: the screenshot shows the highlight colours work on it too.
    page: 'eula-dark.html',
    key: 'We may use your levels and recordings to train our AI models, including models that design new levels.',
    never: ['Licence to play'],
  },
];

describe.skipIf(!browserPath)('page: terms layouts', () => {
  let extension: Extension;
  let server: FixtureServer;

  useBrowserSession(browserPath, (session) => ({ extension, server } = session));
  beforeAll(() => void mkdirSync('test/screenshots', { recursive: true }));

  it.each(CASES)('$page: highlights the key clause exactly and nothing from site chrome', async ({ page: name, key, never }) => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url(`/terms/${name}`));
    const findings = await waitForStatus(page, 'done');
    expect(squash(await highlighted(page))).toContain(key);
    const everything = Object.values(await highlights(page)).flat().join('\n');
    for (const text of never) expect(everything).not.toContain(text);
    // Each finding is one range; together they are the count on <html> and on the badge.
    const ranges = Object.values(await highlights(page)).reduce((sum, list) => sum + list.length, 0);
    expect(ranges).toBe(findings);
    const tabId = await extension.tabIdOf(page);
    await expect.poll(() => extension.badgeText(tabId), { timeout: 10_000 }).toBe(String(findings));
    expect(await page.textContent('#script-status')).toBe('page script ran');
    expect((await contentScriptState(page)).mainLoaded).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `test/screenshots/page-${name.replace('.html', '')}.png` });
    await page.close();
  });

  it('keeps the page usable: its listeners and layout work after highlighting', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/terms/split-markup.html'));
    await waitForStatus(page, 'done');
    await page.click('#counter');
    await page.click('#counter');
    expect(await page.textContent('#counter')).toBe('Clicked 2 times');
    // The Highlight API changes no DOM: the clause's markup is exactly what the page served.
    expect(await page.$$eval('#split-clause *', (nodes) => nodes.map((n) => n.localName))).toEqual(['a', 'span', 'b', 'em', 'a', 'strong']);
    const rows = await page.$$eval('#uses tr', (rows) => rows.length).catch(() => 0);
    expect(rows).toBe(0);
    await page.goto(server.url('/terms/table.html'));
    await waitForStatus(page, 'done');
    expect(await page.$$eval('#uses tbody tr', (rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['1', '2', '3']);
    expect(await page.$$eval('#uses td', (cells) => cells.length)).toBe(9);
    await page.close();
  });
});
