// Finds and drives Debian's Firefox ESR through web-ext. Like chromium.ts: outside CI a missing browser skips
// the Firefox tests with a hint; with CI=true it is a failure.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as webExt from 'web-ext';
import { outDirFor } from '../../../src/build/out-dir';
import { browserOrSkip, findBrowser } from './find-browser';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The `build:firefox-e2e` output (beside FP_OUT_DIR when it is set). */
export const FIREFOX_E2E_DIST = resolve(outDirFor('firefox-e2e'));

export function findFirefox(): string | null {
  return findBrowser('FIREFOX_PATH', CANDIDATES);
}

export const FIREFOX_INSTALL_HINT =
  'No Firefox found (set FIREFOX_PATH or install one: `sudo apt-get install -y firefox-esr` on Debian/Ubuntu).';

/** The browser path, or null when the tests should skip. Throws in CI, where a missing browser is a failure. */
export function firefoxOrSkip(): string | null {
  return browserOrSkip(findFirefox(), FIREFOX_INSTALL_HINT, 'the Firefox tests');
}

export interface RunningFirefox {
  exit(): Promise<void>;
  /** The remote debugging port web-ext opened (see firefox-rdp.ts). */
  debuggerPort(): number;
}

/** Starts a headless Firefox with a fresh profile, the add-on installed temporarily, on `startUrl` (one tab each, and `moreUrls` in more tabs). */
export async function runFirefox(firefox: string, sourceDir: string, startUrl: string | string[], moreUrls: string[] = []): Promise<RunningFirefox> {
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
    throw new Error(`No build in ${sourceDir}: run \`npm run build:firefox-e2e\` first.`);
  }
  const runner = await webExt.cmd.run(
    {
      sourceDir,
      firefox,
      args: ['--headless'],
      startUrl: [...(Array.isArray(startUrl) ? startUrl : [startUrl]), ...moreUrls],
      noReload: true,
      noInput: true,
      browserConsole: false,
      target: ['firefox-desktop'],
      // Keep the test machine quiet and the profile predictable.
      pref: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
    },
    { shouldExitProgram: false },
  );
  // web-ext keeps its debugger connection to itself; its socket says which port Firefox listens on.
  const debuggerPort = () => (runner as unknown as { extensionRunners: Array<{ remoteFirefox: { client: { _rdpConnection: { remotePort: number } } } }> }).extensionRunners[0]!.remoteFirefox.client._rdpConnection.remotePort;
  // The CLI's own exit leaves Firefox running; runner.exit() closes the browser and the profile.
  return { exit: () => runner.exit(), debuggerPort };
}
