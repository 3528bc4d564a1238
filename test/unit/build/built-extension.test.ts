// Builds the shipped Chrome and Firefox packages into temporary folders and checks what a store reviewer
// (and a suspicious user) would check: no install-time host access, no injected or exposed scripts, a strict
// CSP, no eval or remote code, and no remote URL anywhere in the code.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

const VITE = resolve('node_modules/.bin/vite');
const SHIPPED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];

// Remote-looking strings that are not network use: XML namespace names (createElementNS) and the
// optional host permission patterns. Add to this list only with a reason.
const ALLOWED_URLS = [
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://*/*',
  'https://*/*',
];

// Each pattern names something that runs code from a string or from elsewhere, or sends to a fixed server.
const FORBIDDEN_CODE: Array<[string, RegExp]> = [
  ['eval', /(^|[^\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /importScripts\s*\(/],
  ['remote import', /import\s*\(\s*["'`]https?:/],
  ['remote script tag', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['fetch of a fixed remote URL', /fetch\s*\(\s*["'`]https?:/],
  ['XHR / beacon / socket to a fixed URL', /(?:open\s*\(\s*["'`]\w+["'`]\s*,|sendBeacon\s*\(|WebSocket\s*\()\s*["'`](?:https?|wss?):/],
];

/** Fixed URLs in the text, minus the allowed ones. `https://${host}` builds a URL from a user's or a page's
 * host (a site pattern), not a fixed server, so it is not counted. */
function remoteUrls(text: string): string[] {
  const urls = text.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\<>]+/g) ?? [];
  return urls.filter((url) => !ALLOWED_URLS.includes(url) && !/^\w+:\/\/\$\{/.test(url));
}

function build(mode: 'production' | 'firefox'): string {
  const outDir = mkdtempSync(join(tmpdir(), `fp-built-${mode}-`));
  execFileSync(VITE, ['build', '--mode', mode, '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production', FP_OUT_DIR: outDir }, // vitest's NODE_ENV=test is not a shipped build
    stdio: 'pipe',
  });
  return outDir;
}

function textFiles(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|mjs|html|json|css)$/.test(f))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const builds: Record<'chrome' | 'firefox', string> = { chrome: '', firefox: '' };

beforeAll(() => {
  builds.chrome = build('production');
  builds.firefox = build('firefox');
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('the shipped %s build', (browserName) => {
  const dir = () => builds[browserName];
  const manifest = () => JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8'));

  it('asks for no host permission at install and exposes nothing to web pages', () => {
    const m = manifest();
    expect(m.permissions).toEqual(SHIPPED_PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('has a strict CSP for its own pages: only its own files, no plugins, no connections', () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    const directives: Record<string, string[]> = Object.fromEntries(
      csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    // Everything else (images, fonts, media, frames) from the package only: no CDN, no tracking pixel.
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:']);
    for (const sources of Object.values(directives)) expect(sources.join(' ')).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });

  it('ships its own icons at every size the manifest names', () => {
    const m = manifest();
    const named: Array<[string, string]> = [...Object.entries(m.icons), ...Object.entries(m.action.default_icon)] as Array<[string, string]>;
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of named) {
      const png = readFileSync(join(dir(), path));
      expect(pngSize(png)).toEqual({ width: Number(size), height: Number(size) });
      // A real image: the pixel data inflates to height × (1 + width × 4) bytes of RGBA.
      const idat = png.subarray(png.indexOf('IDAT') + 4, png.lastIndexOf('IEND') - 8);
      expect(inflateSync(idat).length).toBe(Number(size) * (1 + Number(size) * 4));
    }
  });

  it('contains no eval, no code from strings, no remote code and no remote URL', () => {
    const files = textFiles(dir());
    expect(files.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const { file, text } of files) {
      for (const [name, pattern] of FORBIDDEN_CODE) if (pattern.test(text)) problems.push(`${file}: ${name}`);
      for (const url of remoteUrls(text)) problems.push(`${file}: URL ${url}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the build-output checks themselves', () => {
  it('catch each forbidden pattern', () => {
    const samples = [
      'x=eval("1")',
      'new Function("a","return a")',
      'setTimeout("alert(1)",1)',
      'importScripts("a.js")',
      'import("https://cdn.example/x.js")',
      '<script src="https://cdn.example/x.js"></script>',
      'fetch("https://api.example/collect")',
      'navigator.sendBeacon("https://api.example/b")',
    ];
    for (const sample of samples) expect(FORBIDDEN_CODE.some(([, p]) => p.test(sample)), sample).toBe(true);
    expect(FORBIDDEN_CODE.some(([, p]) => p.test('retrieval(x); evaluate(y); a.eval2(z)'))).toBe(false);
    expect(remoteUrls('a="https://tracker.example/p?x=1";b=`https://${host}/*`;c="http://www.w3.org/2000/svg"')).toEqual([
      'https://tracker.example/p?x=1',
    ]);
  });
});
