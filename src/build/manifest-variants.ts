// Derives each build's manifest from the one manifest.json, so permissions differ only where a build needs it.
// Only the test variants (`e2e`, `firefox-e2e`) gain host access, to 127.0.0.1 and localhost; the shipped
// builds ask for no host permission at install.
export type BuildTarget = 'chrome' | 'firefox' | 'e2e' | 'firefox-e2e';

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  permissions?: string[];
};

export const LOCAL_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const PROBE_SCRIPT = 'src/content/probe.ts';
export const GECKO_ID = 'fine-print@fine-print.local';

export function isFirefoxTarget(target: BuildTarget): boolean {
  return target === 'firefox' || target === 'firefox-e2e';
}

export function isTestTarget(target: BuildTarget): boolean {
  return target === 'e2e' || target === 'firefox-e2e';
}

/** The vite `--mode` names are the target names; anything else is the Chrome production build. */
export function targetForMode(mode: string): BuildTarget {
  return mode === 'firefox' || mode === 'e2e' || mode === 'firefox-e2e' ? mode : 'chrome';
}

export function manifestFor(target: BuildTarget, base: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  if (isTestTarget(target)) {
    manifest.host_permissions = LOCAL_HOSTS;
    manifest.content_scripts = [{ matches: LOCAL_HOSTS, js: [PROBE_SCRIPT], run_at: 'document_idle' }];
  }
  if (isFirefoxTarget(target)) {
    // Firefox MV3 runs the background as an event page (`scripts`), not a service worker.
    const worker = String(manifest.background?.service_worker);
    manifest.background = { scripts: [worker], type: 'module' };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}
