// `npm run bench:page`: how the page reading performs in real Chromium with the built extension.
// For the long terms pages: time from the load event to `data-fine-print="done"`, and the long tasks
// (PerformanceObserver 'longtask', registered before the page's first script) during the scan, next to the
// same page's long tasks without the extension (its own parsing and layout). For an ordinary page: the
// main-thread script time the extension adds (DevTools Performance metrics, with versus without it).
// The npm script builds the e2e variant first (it scans 127.0.0.1 without clicks); FP_OUT_DIR picks another build.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../test/e2e/support/chromium';
import { serveFixtures, type FixtureServer } from '../../test/e2e/support/server';
import { generateTermsPage } from '../../test/fixtures/pages/terms/generate';

const DIST = resolve(process.env.FP_OUT_DIR ?? 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ORDINARY_RUNS = Number(process.env.BENCH_ORDINARY_RUNS ?? 8);

interface PageTimes {
  loadEnd: number;
  scanningAt: number;
  doneAt: number;
  tasks: Array<{ start: number; duration: number }>;
}

/** Installed before any page script: long tasks and the moments our status attribute changes. */
function instrument(): void {
  const w = window as unknown as { __bench: { tasks: Array<{ start: number; duration: number }>; scanningAt: number; doneAt: number } };
  w.__bench = { tasks: [], scanningAt: 0, doneAt: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const status = document.documentElement.getAttribute('data-fine-print');
    if (status === 'scanning' && !w.__bench.scanningAt) w.__bench.scanningAt = performance.now();
    if (status === 'done' && !w.__bench.doneAt) w.__bench.doneAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-fine-print'] });
}

async function timePage(context: BrowserContext, url: string, withExtension: boolean): Promise<PageTimes> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForSelector('html[data-fine-print="done"]', { timeout: 120_000 });
  else await page.waitForTimeout(1500);
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const b = (window as unknown as { __bench: { tasks: Array<{ start: number; duration: number }>; scanningAt: number; doneAt: number } }).__bench;
    return { loadEnd: nav.loadEventEnd, scanningAt: b.scanningAt, doneAt: b.doneAt, tasks: b.tasks };
  });
  await page.close();
  return times;
}

async function scriptMs(page: Page, session: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<{ script: number; task: number }> {
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await session.detach();
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

async function ordinaryCost(context: BrowserContext, url: string, withExtension: boolean): Promise<{ script: number; task: number }> {
  const samples: Array<{ script: number; task: number }> = [];
  for (let i = 0; i < ORDINARY_RUNS; i++) {
    const page = await context.newPage();
    // Metrics count from Performance.enable, so enable before the navigation.
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // A plain wait, the same in both cases: waitForSelector would inject Playwright's own script into the
    // page, and its cost would be counted against the extension.
    await page.waitForTimeout(2000); // past the probe's late re-check
    samples.push(await scriptMs(page, session));
    const status = await page.evaluate(() => document.documentElement.getAttribute('data-fine-print'));
    if (status !== (withExtension ? 'not-legal' : null)) throw new Error(`ordinary page status ${status}`);
    await page.close();
  }
  return { script: median(samples.map((s) => s.script)), task: median(samples.map((s) => s.task)) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (n: number) => `${Math.round(n)} ms`;

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'fine-print-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium()!,
    headless: true,
    args: withExtension ? chromiumArgs(DIST) : chromiumArgs(DIST).filter((a) => !a.includes('extension')),
    viewport: { width: 1200, height: 900 },
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return { context, close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function main(): Promise<number> {
  if (!findChromium()) return console.error(INSTALL_HINT), 1;
  if (!existsSync(join(DIST, 'manifest.json'))) return console.error(`No build in ${DIST}: run \`npm run build:e2e\` first.`), 1;
  const server: FixtureServer = await serveFixtures(resolve('test/fixtures/pages'));
  const pages: Array<[string, string]> = [
    ['long.html (1,100 words)', '/terms/long.html'],
    ['20,000 words', '/terms/bench-20k.html'],
    ['100,000 words', '/terms/bench-100k.html'],
  ];
  server.override('/terms/bench-20k.html', generateTermsPage(20_000));
  server.override('/terms/bench-100k.html', generateTermsPage(100_000));
  const withExt = await launch(true);
  const without = await launch(false);
  try {
    await timePage(withExt.context, server.url('/terms/bench-20k.html'), true); // warm: worker awake, script compiled
    console.log(`Fine Print page benchmark (${RUNS} runs each, median; long task = over 50 ms)\n`);
    for (const [label, path] of pages) {
      const runs: PageTimes[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timePage(withExt.context, server.url(path), true));
      const baseline = await timePage(without.context, server.url(path), false);
      const loadToDone = median(runs.map((r) => r.doneAt - r.loadEnd));
      const scanToDone = median(runs.map((r) => r.doneAt - r.scanningAt));
      const ours = runs.map((r) => Math.max(0, ...r.tasks.filter((t) => t.start >= r.loadEnd).map((t) => t.duration)));
      const pageOwn = Math.max(0, ...baseline.tasks.map((t) => t.duration));
      console.log(`${label}`);
      console.log(`  load -> done:                 ${ms(loadToDone)}   (scanning -> done ${ms(scanToDone)})`);
      console.log(`  longest task after load:      ${ms(median(ours))}   (runs: ${ours.map(ms).join(', ')})`);
      console.log(`  page's own longest task:      ${ms(pageOwn)}   (same page, no extension: parsing and layout)`);
    }
    const url = server.url('/ordinary/news.html');
    const a = await ordinaryCost(withExt.context, url, true);
    const b = await ordinaryCost(without.context, url, false);
    console.log(`\nOrdinary page (news article, ${ORDINARY_RUNS} loads, median)`);
    console.log(`  script time with extension:   ${a.script.toFixed(1)} ms   without: ${b.script.toFixed(1)} ms   added: ${(a.script - b.script).toFixed(1)} ms`);
    console.log(`  task time with extension:     ${a.task.toFixed(1)} ms   without: ${b.task.toFixed(1)} ms   added: ${(a.task - b.task).toFixed(1)} ms`);
    return 0;
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(1);
});
