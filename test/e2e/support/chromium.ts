// Finds a Chromium to drive. Outside CI a missing browser skips the e2e tests with a hint; with CI=true it fails.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT =
  'No Chromium found (set CHROME_PATH or install one: `sudo apt-get install -y chromium` on Debian/Ubuntu).';

/** The browser path, or null when the tests should skip. Throws in CI, where a missing browser is a failure. */
export function chromiumOrSkip(): string | null {
  const path = findChromium();
  if (path) return path;
  if (process.env.CI === 'true') throw new Error(`${INSTALL_HINT} CI=true, so this is a failure.`);
  console.warn(`[e2e] ${INSTALL_HINT} Skipping the browser tests.`);
  return null;
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
