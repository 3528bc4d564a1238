// Long documents in Chromium: a 20,000-word and a 100,000-word terms page (generated at test time from our
// own sentences) are read to the end, their key clauses highlighted exactly, and the page stays responsive:
// our work is sliced, so no long task comes near the time a user would notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { launchExtension, type Extension } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';
import { collectErrors, highlighted, longTasksDuringScan, recordLongTasks, squash, waitForStatus } from './support/page-tools';
import { GENERATED_EARLY_CLAUSE, GENERATED_KEY_CLAUSE, generateTermsPage } from '../fixtures/pages/terms/generate';

const browserPath = chromiumOrSkip();
/** Our slices are 20 ms and the classifier runs in the background; the machine is shared and noisy, so the
 *  test allows a margin over the 50 ms target (`npm run bench:page` reports the real figure). Before the
 *  extraction was fixed, a 100,000-word page had 150-700 ms tasks: above this, something is not sliced. */
const LONGEST_TASK_LIMIT_MS = 120;

describe.skipIf(!browserPath)('page: long documents', () => {
  let extension: Extension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(resolve('test/fixtures/pages'));
    server.override('/terms/generated-20k.html', generateTermsPage(20_000));
    server.override('/terms/generated-100k.html', generateTermsPage(100_000));
    extension = await launchExtension(browserPath!);
    mkdirSync('test/screenshots', { recursive: true });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it.each([
    ['generated-20k.html', 20_000],
    ['generated-100k.html', 100_000],
  ])('%s: read to the end, highlighted exactly, no unsliced work', async (name, words) => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await recordLongTasks(page);
    await page.goto(server.url(`/terms/${name}`));
    await waitForStatus(page, 'done', 90_000);
    const texts = squash(await highlighted(page));
    expect(texts).toContain(GENERATED_KEY_CLAUSE);
    expect(texts).toContain(GENERATED_EARLY_CLAUSE);
    expect(await page.textContent('#script-status')).toBe('page script ran');
    const wordCount = await page.evaluate(() => document.body.innerText.split(/\s+/).length);
    expect(wordCount).toBeGreaterThan(words);
    const tasks = await longTasksDuringScan(page);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    console.log(`[page-large] ${name}: ${tasks.length} long task(s) during the scan, longest ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(LONGEST_TASK_LIMIT_MS);
    expect(errors).toEqual([]);
    if (words === 20_000) await page.screenshot({ path: 'test/screenshots/page-long-generated.png' });
    await page.close();
  });
});
