// Where each build goes. FP_OUT_DIR lets parallel runs build into their own folders; the Firefox test build
// sits beside it (`<FP_OUT_DIR>-firefox-e2e`) so one FP_OUT_DIR keeps a whole `npm run test:e2e` apart.
import type { BuildTarget } from './manifest-variants';

const DEFAULTS: Record<BuildTarget, string> = {
  chrome: 'dist',
  e2e: 'dist',
  firefox: 'dist-firefox',
  'firefox-e2e': 'dist-firefox-e2e',
};

export function outDirFor(target: BuildTarget, env: Record<string, string | undefined> = process.env): string {
  const custom = env.FP_OUT_DIR;
  if (!custom) return DEFAULTS[target];
  return target === 'firefox-e2e' ? `${custom.replace(/\/+$/, '')}-firefox-e2e` : custom;
}
