// Firefox ESR (headless, web-ext run): terms inside open shadow roots (nested, and slotted from the light DOM)
// and in a same-origin frame are read and highlighted there too; a closed root is not. The pages report what
// they see themselves (their own CSS.highlights, or our wrappers where a frame gets those).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIREFOX_E2E_DIST, firefoxOrSkip, runFirefox } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { startReportSink, type ReportSink } from './support/report-sink';
import { withReporter, type PageReport } from './support/page-reporter';

const firefox = firefoxOrSkip();
const squash = (texts: string[] | undefined) => (texts ?? []).map((text) => text.replace(/\s+/g, ' ').trim());

describe.skipIf(!firefox)('firefox: terms in shadow roots and frames', () => {
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

  it('highlights clauses in open shadow roots, not in a closed one', async () => {
    const page = readFileSync(resolve('test/fixtures/pages/terms/shadow.html'), 'utf8');
    server.override('/terms/firefox-shadow.html', withReporter(page, sink.url('shadow')));
    const browser = await runFirefox(firefox!, FIREFOX_E2E_DIST, server.url('/terms/firefox-shadow.html'));
    try {
      const report = (await sink.waitFor('shadow', 45_000)) as PageReport;
      expect(report.status).toBe('done');
      expect(squash(report.highlights['fine-print-ai-training'])).toContain('Loomly may use your patterns and photos to train our machine learning models.');
      expect(squash(report.highlights['fine-print-content-license'])).toContain('You grant Loomly a worldwide, royalty-free licence to host, copy and display the patterns you upload.');
      expect(squash(report.highlights['fine-print-unilateral-change'])).toContain('We may change these terms at any time by posting a new version on this page.');
      expect(Object.values(report.highlights).flat().join('\n')).not.toContain('comments to train');
    } finally {
      await browser.exit();
    }
  }, 90_000);

  it('highlights a clause in a same-origin frame', async () => {
    const top = readFileSync(resolve('test/fixtures/pages/terms/framed.html'), 'utf8');
    const policy = readFileSync(resolve('test/fixtures/pages/terms/framed-policy.html'), 'utf8');
    server.override('/terms/firefox-framed.html', withReporter(top, sink.url('top')));
    server.override('/terms/framed-policy.html', policy.replace('</body>', `${frameReporter(sink.url('frame'))}</body>`));
    const browser = await runFirefox(firefox!, FIREFOX_E2E_DIST, server.url('/terms/firefox-framed.html'));
    try {
      expect(((await sink.waitFor('top', 45_000)) as PageReport).status).toBe('done');
      const seen = (await sink.waitFor('frame', 20_000)) as { highlighted: string[] };
      expect(squash(seen.highlighted)).toContain('Tessera may use your messages and voice notes to train and improve our artificial intelligence models.');
    } finally {
      await browser.exit();
    }
  }, 90_000);
});

/** For the framed page: reports the ai-training text it shows, as highlights in its own registry or as our
 *  wrappers, once there is any (the frame has no status attribute of its own to wait for). */
function frameReporter(sinkUrl: string): string {
  return `<script>(() => {
  const read = () => {
    const highlight = window.CSS && CSS.highlights && CSS.highlights.get('fine-print-ai-training');
    if (highlight) return [...highlight].map((range) => range.toString());
    const marks = [...document.querySelectorAll('fine-print-mark[data-category="ai-training"]')];
    return marks.length ? [marks.map((mark) => mark.textContent).join('')] : [];
  };
  const timer = setInterval(() => {
    const highlighted = read();
    if (!highlighted.length) return;
    clearInterval(timer);
    fetch(${JSON.stringify(sinkUrl)}, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ highlighted }) });
  }, 200);
})();</script>`;
}
