// Runs the real CLI (through tsx, as `npm run scan` does) on files we write, and checks contract 1.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'fp-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function scan(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const TERMS = 'Welcome to Example. You grant us a worldwide, royalty-free licence to host your songs. We may use your songs to train our artificial intelligence models. We may change these terms at any time.';

let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/terms') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body><nav><a href="/ai">We may use your photos to train our AI models.</a></nav><h1>Terms</h1><p>${TERMS}</p></body></html>`);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe('npm run scan (contract 1)', () => {
  it('prints one JSON object per input and line, with exact spans for .txt', async () => {
    const txt = write('terms.txt', `  ${TERMS}\n\nCafé ☕ notes: we may share your data with advertisers.`);
    const md = write('terms.md', `# Terms\n\n**You grant us** a worldwide licence to your posts.\n`);
    const html = write('terms.html', `<p>We may share your information with <b>advertising partners</b>.</p><script>ignored()</script>`);
    const run = await scan(['--json', txt, md, html]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const reports = lines.map((l) => JSON.parse(l));
    expect(reports.map((r) => r.source)).toEqual([txt, md, html]);
    const text = `  ${TERMS}\n\nCafé ☕ notes: we may share your data with advertisers.`;
    for (const f of reports[0].findings) {
      expect(Object.keys(f).sort()).toEqual(['attrs', 'category', 'end', 'explanation', 'rule', 'severity', 'start', 'text']);
      expect(f.text).toBe(text.slice(f.start, f.end));
    }
    expect(reports[0].findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['ai-training', 'content-license', 'unilateral-change', 'third-party-sharing']));
    expect(Object.keys(reports[0].summary).sort()).toEqual(['grade', 'headline', 'points']);
    expect(reports[0].words).toBeGreaterThan(30);
    expect(reports[1].findings.some((f: { category: string }) => f.category === 'content-license')).toBe(true);
    expect(reports[2].findings.some((f: { category: string }) => f.category === 'third-party-sharing')).toBe(true);
  }, 30_000);

  it('reports an unreadable file on stderr, exits non-zero, and still reports the others', async () => {
    const good = write('good.txt', TERMS);
    const run = await scan(['--json', join(dir, 'missing.txt'), good, dir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toMatch(/no such file/);
    expect(run.stderr).toMatch(/directory/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).source).toBe(good);
  }, 30_000);

  it('reads standard input with "-" and a URL the user passes', async () => {
    const run = await scan(['--json', '-', `${url}/terms`, `${url}/nothing`], TERMS);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/nothing: HTTP 404/);
    const [stdin, web] = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(stdin.source).toBe('-');
    expect(stdin.summary.grade).toMatch(/^[A-E]$/);
    expect(web.source).toBe(`${url}/terms`);
    expect(web.findings.some((f: { category: string }) => f.category === 'ai-training')).toBe(true);
    // A page from a URL is read as the extension reads it: its navigation is not the document.
    expect(web.findings.map((f: { text: string }) => f.text).join('\n')).not.toContain('photos');
  }, 30_000);

  it('reads .html and .md through the page extraction: spans are exact slices of the extracted text, chrome skipped', async () => {
    const htmlSource = `<html><body><header><nav><a>We may use your photos to train our AI models.</a></nav></header>
      <main><h1>Terms</h1><p>We use your content to:</p><ul><li>host and show <b>your</b> songs;</li><li>${TERMS}</li></ul></main>
      <footer><ul><li>We may sell your data.</li></ul></footer></body></html>`;
    const mdSource = `# Terms\n\nWe use your content to:\n- host your songs\n- ${TERMS}\n`;
    const run = await scan(['--json', write('page.html', htmlSource), write('page.md', mdSource)]);
    expect(run.code).toBe(0);
    const [html, md] = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const { htmlToDocument, markdownToDocument } = await import('../../../src/cli/to-text');
    for (const [report, doc] of [[html, await htmlToDocument(htmlSource)], [md, await markdownToDocument(mdSource)]] as const) {
      expect(report.findings.length).toBeGreaterThan(0);
      for (const f of report.findings) expect(f.text).toBe(doc.text.slice(f.start, f.end));
      expect(report.findings.map((f: { text: string }) => f.text).join('\n')).not.toMatch(/photos|sell your data|#/);
    }
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const run = await scan([write('plain.txt', TERMS)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/grade [A-E], \d+ clauses in \d+ words/);
  }, 30_000);
});

describe('npm run scan: language (contract 1)', () => {
  const FRENCH =
    "En publiant vos morceaux sur Tunewave, vous nous accordez une licence mondiale et gratuite pour les héberger. Nous pouvons utiliser vos contenus pour entraîner nos modèles d'intelligence artificielle, et nous pouvons modifier ces conditions à tout moment.";

  it('reports "language", warns on stderr and reads nothing in a text that is not English', async () => {
    const fr = write('conditions.txt', FRENCH);
    const en = write('terms-en.txt', TERMS);
    const run = await scan(['--json', fr, en]);
    expect(run.code).toBe(0);
    const [french, english] = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(french).toMatchObject({ source: fr, language: 'fr', findings: [] });
    expect(french.words).toBeGreaterThan(30);
    expect(french.summary.headline).toMatch(/^Not read: this text is in French/);
    expect(Object.keys(french.summary).sort()).toEqual(['grade', 'headline', 'points']);
    expect(english.language).toBe('en');
    expect(english.findings.length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`${fr} is in French (fr): Fine Print reads English terms only`);
    expect(run.stderr).not.toContain(en);
  }, 30_000);

  it('says "not read" instead of a grade in the readable summary', async () => {
    const run = await scan([write('conditions-plain.txt', FRENCH)]);
    expect(run.stdout).toMatch(/not read \(French\), 0 clauses in \d+ words/);
    expect(run.stdout).not.toMatch(/grade [A-E]/);
  }, 30_000);
});
