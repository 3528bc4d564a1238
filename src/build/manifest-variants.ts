// Derives each build's manifest from the one manifest.json, so permissions differ only where a build needs it.
export type BuildTarget = 'chrome' | 'firefox' | 'e2e';

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  permissions?: string[];
};

export const LOCAL_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const PROBE_SCRIPT = 'src/content/probe.ts';
export const GECKO_ID = 'fine-print@fine-print.local';

export function manifestFor(target: BuildTarget, base: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  if (target === 'e2e') {
    manifest.host_permissions = LOCAL_HOSTS;
    manifest.content_scripts = [{ matches: LOCAL_HOSTS, js: [PROBE_SCRIPT], run_at: 'document_idle' }];
  }
  if (target === 'firefox') {
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
