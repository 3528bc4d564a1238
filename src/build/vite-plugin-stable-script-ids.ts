// Makes chunk file names independent of where the project sits on disk, so the AMO source archive rebuilds
// to byte-identical files anywhere. CRXJS marks `import x from './script.ts?iife'` with a placeholder
// `import.meta.CRX_DYNAMIC_SCRIPT_<id>`, where <id> hashes the script's ABSOLUTE path, and replaces it only
// after chunk hashes are computed; so the importing chunk's hashed name changed with the folder. We replace
// the placeholder with the script's output path while rendering, before hashing. The id formula mirrors
// CRXJS 3 (`hash(type & absolute id)`); if it ever changes, CRXJS's own replacement still runs and the
// package verify (`npm run package -- --verify`) reports the drift.
import type { Plugin, ResolvedConfig } from 'vite';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const crxHash = (data: string) => createHash('sha1').update(data).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 5);

export function stableScriptIds(standaloneScripts: string[]): Plugin {
  let replacements: Array<[RegExp, string]> = [];
  return {
    name: 'fine-print:stable-script-ids',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      replacements = standaloneScripts.map((script) => {
        const id = crxHash(`iife&${resolve(config.root, script)}`);
        const pattern = new RegExp(`\\b(?:import\\.meta|import_meta)\\.CRX_DYNAMIC_SCRIPT_${id}(?![A-Za-z0-9])`, 'g');
        return [pattern, JSON.stringify(script.replace(/\.ts$/, '.js'))];
      });
    },
    renderChunk(code) {
      let changed = code;
      for (const [pattern, path] of replacements) changed = changed.replace(pattern, path);
      return changed === code ? null : { code: changed, map: null };
    },
  };
}
