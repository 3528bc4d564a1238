// `npm start`: opens Chromium with the freshly built extension on our sample terms page.
// With a display, the browser stays open for you to explore; without one (SSH, CI), it runs headless,
// saves a screenshot and prints the findings, so the command is useful anywhere.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../test/e2e/support/chromium';
import { serveFixtures } from '../../test/e2e/support/server';

const SAMPLE = '/terms/sample.html';
const SCREENSHOT = resolve('artifacts/start-screenshot.png');

async function main(): Promise<number> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    return 1;
  }
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await serveFixtures(resolve('test/fixtures/pages'));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fine-print-start-')), {
    executablePath,
    headless,
    args: chromiumArgs(resolve(process.env.FP_OUT_DIR ?? 'dist')),
    viewport: headless ? { width: 1200, height: 1000 } : null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url(SAMPLE));
  await page.waitForSelector('html[data-fine-print="done"]', { timeout: 30_000 });
  const findings = await page.evaluate(() =>
    // Only contract 2's category highlights: the `fineprint-*` ones are backgrounds and the jump flash.
    [...CSS.highlights].filter(([name]) => name.startsWith('fine-print-')).flatMap(([name, highlight]) =>
      [...highlight].map((range) => ({ category: name.replace('fine-print-', ''), text: (range as Range).toString() })),
    ),
  );
  console.log(`Fine Print found ${findings.length} clause(s) on ${server.url(SAMPLE)}:`);
  for (const f of findings) console.log(`  [${f.category}] ${f.text.replace(/\s+/g, ' ')}`);
  if (headless) {
    mkdirSync(resolve('artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`No display found, so the browser ran headless. Screenshot: ${SCREENSHOT}`);
    await context.close();
    await server.close();
    return 0;
  }
  console.log('Chromium is open with Fine Print loaded. Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
