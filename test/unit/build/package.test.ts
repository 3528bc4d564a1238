// `npm run package -- --verify`: builds the three zips and proves the source archive rebuilds the Firefox
// package byte for byte (in another folder, so nothing depends on where the project sits).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { differences, reproducibleZip } from '../../../src/tools/package';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

describe('npm run package', () => {
  it('writes store zips and a source archive that rebuilds the Firefox package exactly', () => {
    const out = mkdtempSync(join(tmpdir(), 'fp-packages-'));
    const log = execFileSync(resolve('node_modules/.bin/tsx'), ['src/tools/package.ts', '--verify', '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(log).toMatch(/Verified: the source archive rebuilds all \d+ files/);
    expect(readdirSync(out).sort()).toEqual(
      ['chrome', 'firefox', 'source'].map((kind) => `fine-print-${kind}-${version}.zip`),
    );
    const firefox = unzipSync(readFileSync(join(out, `fine-print-firefox-${version}.zip`)));
    expect(JSON.parse(new TextDecoder().decode(firefox['manifest.json'])).browser_specific_settings.gecko.id).toBeTruthy();
    const source = unzipSync(readFileSync(join(out, `fine-print-source-${version}.zip`)));
    for (const needed of ['SOURCE-README.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']) {
      expect(Object.keys(source)).toContain(needed);
    }
    expect(Object.keys(source).some((name) => name.startsWith('node_modules/') || name.startsWith('test/'))).toBe(false);
  }, 180_000);

  it('zips the same files to the same bytes, whatever order they come in', () => {
    const a = new Map([['b.txt', new Uint8Array([2])], ['a.txt', new Uint8Array([1])]]);
    const b = new Map([['a.txt', new Uint8Array([1])], ['b.txt', new Uint8Array([2])]]);
    expect(Buffer.from(reproducibleZip(a)).equals(Buffer.from(reproducibleZip(b)))).toBe(true);
  });

  it('reports every differing, missing or extra file', () => {
    const shipped = new Map([['same', new Uint8Array([1])], ['changed', new Uint8Array([1])], ['missing', new Uint8Array([1])]]);
    const rebuilt = new Map([['same', new Uint8Array([1])], ['changed', new Uint8Array([2])], ['extra', new Uint8Array([1])]]);
    expect(differences(shipped, rebuilt)).toEqual(['changed', 'extra', 'missing']);
  });
});
