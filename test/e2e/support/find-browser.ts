// One rule for every browser the tests drive: an explicit path from the environment wins, then the usual
// install locations. Outside CI a missing browser skips its tests with an install hint; with CI=true it fails.
import { existsSync } from 'node:fs';

export function findBrowser(envVariable: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVariable];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** `path`, or null when the tests should skip. Throws in CI, where a missing browser is a failure. */
export function browserOrSkip(path: string | null, hint: string, skipping: string): string | null {
  if (path) return path;
  if (process.env.CI === 'true') throw new Error(`${hint} CI=true, so this is a failure.`);
  console.warn(`[e2e] ${hint} Skipping ${skipping}.`);
  return null;
}
