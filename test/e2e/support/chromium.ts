// Finds a Chromium to drive. Outside CI a missing browser skips the e2e tests with a hint; with CI=true it fails.
import { browserOrSkip, findBrowser } from './find-browser';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | null {
  return findBrowser('CHROME_PATH', CANDIDATES);
}

export const INSTALL_HINT =
  'No Chromium found (set CHROME_PATH or install one: `sudo apt-get install -y chromium` on Debian/Ubuntu).';

/** The browser path, or null when the tests should skip. Throws in CI, where a missing browser is a failure. */
export function chromiumOrSkip(): string | null {
  return browserOrSkip(findChromium(), INSTALL_HINT, 'the browser tests');
}

/** The flags DESIGN.md lists: load only our extension, and make no background connections. */
export function chromiumArgs(distDir: string): string[] {
  return [
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    '--no-default-browser-check',
  ];
}
