import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { manifestFor, targetForMode, isFirefoxTarget, isTestTarget } from './src/build/manifest-variants.ts';
import { outDirFor } from './src/build/out-dir.ts';
import { tidyExtension } from './src/build/vite-plugin-tidy.ts';
import { stableScriptIds } from './src/build/vite-plugin-stable-script-ids.ts';

const STANDALONE_SCRIPTS = ['src/content/probe.ts', 'src/content/main.ts'];
// Extension pages that the manifest does not name (CRXJS builds only those it names); one line each.
const EXTRA_PAGES: string[] = ['src/history/index.html', 'src/onboarding/index.html'];

// One manifest.json, four builds: `build` (Chrome), `build:firefox`, and the test variants `build:e2e` and
// `build:firefox-e2e` (plus localhost access).
// FP_OUT_DIR lets parallel test runs build into their own folders.
export default defineConfig(({ mode }) => {
  const target = targetForMode(mode);
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const manifest = manifestFor(target, base, pkg.version) as unknown as ManifestV3Export;
  const outDir = outDirFor(target);
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: isFirefoxTarget(target) ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: STANDALONE_SCRIPTS },
      }),
      tidyExtension(STANDALONE_SCRIPTS),
      stableScriptIds(STANDALONE_SCRIPTS),
    ],
    define: { __FP_E2E__: JSON.stringify(isTestTarget(target)) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      // Chrome 120+ and Firefox 142+ preload modules natively; the polyfill would only add a fetch() to review.
      modulePreload: { polyfill: false },
      rollupOptions: { input: Object.fromEntries(EXTRA_PAGES.map((page) => [page.replace(/\W+/g, '-'), page])) },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
