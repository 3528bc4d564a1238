// `npm run package [-- --verify] [-- --out DIR]`: store-ready zips, built fresh.
//   fine-print-chrome-<version>.zip    the Chrome Web Store upload (the `build` output)
//   fine-print-firefox-<version>.zip   the addons.mozilla.org upload (the `build:firefox` output)
//   fine-print-source-<version>.zip    the sources AMO reviewers rebuild from, with instructions
// Zips are reproducible: sorted entries, one fixed timestamp, so the same sources give the same bytes.
// --verify unpacks the source zip into a temporary folder, builds it there and checks that every file
// matches the Firefox package, byte for byte.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';

// DOS timestamps in zips are local time: pin the zone so every machine writes the same bytes.
process.env.TZ = 'UTC';
const FIXED_TIME = new Date('2020-01-01T00:00:00Z');
const ROOT = resolve(import.meta.dirname, '../..');
// Not needed to rebuild the add-on; kept out of the source archive to keep it small and focused.
const SOURCE_EXCLUDES = [/^test\//, /^docs\//, /^artifacts\//, /^\.ci\//, /^packages\//, /^dist/];

type Files = Map<string, Uint8Array>;

function readTree(dir: string): Files {
  const files: Files = new Map();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    try {
      files.set(name.split('\\').join('/'), readFileSync(path));
    } catch {
      // a folder: zips hold files only
    }
  }
  return files;
}

export function reproducibleZip(files: Files): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) entries[name] = [files.get(name)!, { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries, { mtime: FIXED_TIME });
}

function build(mode: 'production' | 'firefox', cwd: string, outDir: string): Files {
  execFileSync(join(cwd, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--logLevel', 'error'], {
    cwd,
    // NODE_ENV must not leak in from a caller (vitest sets `test`, which builds development JSX with file paths).
    env: { ...process.env, NODE_ENV: 'production', FP_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readTree(outDir);
}

/** The files a reviewer needs: the git-tracked sources minus the excludes. A build that needs an untracked
 * file fails --verify, which is the point: a release must be rebuildable from the repository. */
function sourceFiles(): Files {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: ROOT, encoding: 'utf8' });
  const files: Files = new Map();
  for (const name of listed.split('\0').filter(Boolean).sort()) {
    if (SOURCE_EXCLUDES.some((pattern) => pattern.test(name))) continue;
    // Regular files only: skips deleted-but-tracked paths and links (a node_modules link is not a source).
    if (!lstatSync(join(ROOT, name), { throwIfNoEntry: false })?.isFile()) continue;
    files.set(name, readFileSync(join(ROOT, name)));
  }
  return files;
}

function sourceReadme(version: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return `# Fine Print ${version}: sources for review

This archive holds everything needed to rebuild fine-print-firefox-${version}.zip.
The build bundles (vite + @crxjs/vite-plugin) and minifies our TypeScript; nothing is fetched at run time.

Requirements: Node.js ${pkg.engines?.node ?? '20.19 or later'} (tested with 20.20) and npm 10 or 11, on Linux or macOS.

    npm ci
    npm run build:firefox

The add-on is written to \`dist-firefox/\`; its files are identical to those in fine-print-firefox-${version}.zip.
(\`npm run build\` writes the Chrome build to \`dist/\`.) Third-party code comes from npm at the exact versions
in package-lock.json: compromise, preact, webextension-polyfill (run time), vite and its plugins (build time).
`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Names of files that differ between two trees (missing on either side counts). */
export function differences(expected: Files, actual: Files): string[] {
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names].sort().filter((name) => {
    const a = expected.get(name);
    const b = actual.get(name);
    return !a || !b || sha256(a) !== sha256(b);
  });
}

function verify(sourceZip: Uint8Array, firefoxZip: Uint8Array): string[] {
  const work = mkdtempSync(join(tmpdir(), 'fine-print-verify-'));
  try {
    for (const [name, bytes] of Object.entries(unzipSync(sourceZip))) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), bytes);
    }
    // The same locked dependencies as `npm ci` would install, without touching the network or the disk twice.
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    let rebuilt: Files;
    try {
      rebuilt = build('firefox', work, join(work, 'dist-firefox'));
    } catch {
      // vite has printed why (often: the build imports a file that git does not track yet).
      return ['(the source archive does not build: see the error above)'];
    }
    const shipped: Files = new Map(Object.entries(unzipSync(firefoxZip)));
    return differences(shipped, rebuilt);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? argv[outIndex + 1]! : join(ROOT, 'packages'));
  const version: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const scratch = mkdtempSync(join(tmpdir(), 'fine-print-package-'));
  mkdirSync(outDir, { recursive: true });
  try {
    const sources = sourceFiles();
    sources.set('SOURCE-README.md', new TextEncoder().encode(sourceReadme(version)));
    const zips = {
      chrome: reproducibleZip(build('production', ROOT, join(scratch, 'chrome'))),
      firefox: reproducibleZip(build('firefox', ROOT, join(scratch, 'firefox'))),
      source: reproducibleZip(sources),
    };
    for (const [kind, bytes] of Object.entries(zips)) {
      const path = join(outDir, `fine-print-${kind}-${version}.zip`);
      writeFileSync(path, bytes);
      console.log(`${path}  ${(bytes.length / 1024).toFixed(1)} KiB  sha256 ${sha256(bytes).slice(0, 16)}…`);
    }
    if (!argv.includes('--verify')) return 0;
    const mismatched = verify(zips.source, zips.firefox);
    if (mismatched.length) {
      console.error(`Source archive does NOT rebuild the Firefox package; differing files:\n  ${mismatched.join('\n  ')}`);
      return 1;
    }
    console.log(`Verified: the source archive rebuilds all ${Object.keys(unzipSync(zips.firefox)).length} files of the Firefox package.`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
