// Firefox: the shipped add-on passes `web-ext lint`, and the test build, run headless in Firefox ESR through
// `web-ext run`, scans a sample terms page on its own and registers the highlights (contract 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as webExt from 'web-ext';
import { FIREFOX_E2E_DIST, firefoxOrSkip, runFirefox } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { startReportSink, type ReportSink } from './support/report-sink';
import { withReporter, type PageReport } from './support/page-reporter';

const SAMPLE_CLAUSE =
  'You agree that Your Content may be used to train, develop and improve artificial intelligence and machine learning models as part of providing the Services.';

describe('firefox: the shipped add-on', () => {
  it('passes web-ext lint with no errors', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fp-firefox-lint-'));
    execFileSync(resolve('node_modules/.bin/vite'), ['build', '--mode', 'firefox', '--logLevel', 'error'], {
      env: { ...process.env, NODE_ENV: 'production', FP_OUT_DIR: outDir }, // vitest's NODE_ENV=test is not a shipped build
      stdio: 'pipe',
    });
    const result = await webExt.cmd.lint({ sourceDir: outDir, output: 'none' }, { shouldExitProgram: false });
    const show = (list: typeof result.errors) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    console.log(`[firefox] web-ext lint: ${JSON.stringify(result.summary)}`, show([...result.warnings, ...result.notices]));
    expect(show(result.errors)).toEqual([]);
    // Known and accepted: Preact's runtime assigns innerHTML for `dangerouslySetInnerHTML`, which we never use.
    const isPreactInnerHtml = (w: (typeof result.warnings)[number]) =>
      w.code === 'UNSAFE_VAR_ASSIGNMENT' && readFileSync(join(outDir, w.file ?? ''), 'utf8').includes('dangerouslySetInnerHTML');
    expect(result.warnings.filter((w) => !isPreactInnerHtml(w))).toEqual([]);
    expect(result.warnings.length).toBeLessThanOrEqual(1);
    expect(sourceFiles('src').filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(f, 'utf8')))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  }, 120_000);
});

const firefox = firefoxOrSkip();

describe.skipIf(!firefox)('firefox: the add-on in Firefox ESR (headless, web-ext run)', () => {
  let server: FixtureServer;
  let sink: ReportSink;

  beforeAll(async () => {
    server = await serveFixtures(resolve('test/fixtures/pages'));
    sink = await startReportSink();
  });

  afterAll(async () => {
    await sink?.close();
    await server?.close();
  });

  it('scans a terms page by itself and registers the highlights', async () => {
    const sample = readFileSync(resolve('test/fixtures/pages/terms/sample.html'), 'utf8');
    server.override('/terms/firefox-sample.html', withReporter(sample, sink.url('sample')));
    const started = Date.now();
    const browser = await runFirefox(firefox!, FIREFOX_E2E_DIST, server.url('/terms/firefox-sample.html'));
    try {
      const report = (await sink.waitFor('sample', 45_000)) as PageReport;
      console.log(`[firefox] ${report.userAgent}: ${report.status}, ${report.findings} findings in ${Date.now() - started} ms`);
      expect(report.userAgent).toMatch(/Firefox\//);
      expect(report.status).toBe('done');
      expect(report.findings).toBeGreaterThan(0);
      expect(report.highlights['fine-print-ai-training']).toContain(SAMPLE_CLAUSE);
      // The sample's promise not to train is a protection: highlighted as one, never as AI training.
      const promise = 'We will not use your private drafts to train generative AI models without your explicit consent.';
      expect(report.highlights['fine-print-ai-training']?.join(' ')).not.toContain('We will not use your private drafts');
      expect(report.highlights['fine-print-ai-restriction']).toContain(promise);
      // Contract 2's category highlights, and besides them only each category's background fill (one
      // background where clauses overlap, src/content/highlight-style.ts), never a name of anything else.
      const names = Object.keys(report.highlights);
      const categories = names.filter((name) => name.startsWith('fine-print-'));
      expect(categories).toContain('fine-print-ai-training');
      expect(names.filter((name) => !categories.includes(name)).every((name) => categories.includes(name.replace(/^fineprint-fill-/, 'fine-print-')))).toBe(true);
    } finally {
      await browser.exit();
    }
  }, 90_000);

  it('reads French terms as unsupported-language, and says how many words of English terms it read', async () => {
    const french = readFileSync(resolve('test/fixtures/pages/verdicts/fr/terms.html'), 'utf8');
    const english = readFileSync(resolve('test/fixtures/pages/verdicts/en-menu/terms.html'), 'utf8');
    server.override('/firefox/fr/terms.html', withReporter(french, sink.url('fr')));
    server.override('/firefox/en/terms.html', withReporter(english, sink.url('en')));
    const browser = await runFirefox(firefox!, FIREFOX_E2E_DIST, [server.url('/firefox/fr/terms.html'), server.url('/firefox/en/terms.html')]);
    try {
      const fr = (await sink.waitFor('fr', 45_000)) as PageReport;
      const en = (await sink.waitFor('en', 45_000)) as PageReport;
      console.log(`[firefox] French: ${fr.status} (${fr.lang}); English: ${en.status}, ${en.words} words, ${en.findings} findings`);
      expect(fr).toMatchObject({ status: 'unsupported-language', lang: 'fr', findings: 0, words: null });
      expect(Object.values(fr.highlights).flat()).toEqual([]);
      expect(en).toMatchObject({ status: 'done', lang: null });
      expect(Number(en.words)).toBeGreaterThan(150);
      expect(en.highlights['fine-print-ai-training']?.join(' ')).toContain('Loomly may use your sketches');
    } finally {
      await browser.exit();
    }
  }, 90_000);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}
