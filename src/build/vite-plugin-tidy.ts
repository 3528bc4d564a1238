// CRXJS leaves two things we do not want in a least-privilege package, so we tidy the output folder:
// - a module copy of each dynamically injected content script (`assets/main.ts-*.js`); we inject the
//   standalone IIFE file instead, and nothing references the copy;
// - `web_accessible_resources` for those scripts, which `scripting.executeScript({files})` does not need and
//   which would let any web page probe for the extension.
import type { Plugin, ResolvedConfig } from 'vite';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function tidyExtension(standaloneScripts: string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'fine-print:tidy',
    apply: 'build',
    enforce: 'post',
    configResolved(config: ResolvedConfig) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      handler() {
        const manifestPath = join(outDir, 'manifest.json');
        // A failed build writes no manifest; tidying nothing must not hide the real error.
        if (!existsSync(manifestPath)) return;
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        const builtScripts = standaloneScripts.map((s) => s.replace(/\.ts$/, '.js'));
        const resources = (manifest.web_accessible_resources ?? [])
          .map((war: { resources: string[] }) => ({ ...war, resources: war.resources.filter((r) => !builtScripts.includes(r)) }))
          .filter((war: { resources: string[] }) => war.resources.length > 0);
        if (resources.length) manifest.web_accessible_resources = resources;
        else delete manifest.web_accessible_resources;
        writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
        removeUnreferencedCopies(outDir, standaloneScripts.map((s) => basename(s)));
      },
    },
  };
}

function removeUnreferencedCopies(outDir: string, scriptNames: string[]): void {
  const assets = join(outDir, 'assets');
  const texts = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|html|json)$/.test(f))
    .map((f) => ({ file: basename(f), text: readFileSync(join(outDir, f), 'utf8') }));
  for (const file of readdirSync(assets)) {
    const isCopy = scriptNames.some((name) => file.startsWith(`${name}-`));
    const referenced = texts.some((t) => t.file !== file && t.text.includes(file));
    if (isCopy && !referenced) rmSync(join(assets, file));
  }
}
