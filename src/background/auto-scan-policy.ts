// Whether a page the probe looked at should be scanned without a click: only with automatic scanning on
// (or in the e2e build, which scans 127.0.0.1 by design); "never" sites are left alone, "always" sites are
// scanned even when they do not look like terms, the rest when they look legal.
import { siteMatches, type Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';

export function decideScanOnLoad(url: string, legal: boolean, settings: Settings, e2eBuild: boolean): boolean {
  if (!settings.autoScan && !e2eBuild) return false;
  if (settings.sites.never.some((site) => siteMatches(url, site))) return false;
  if (settings.sites.always.some((site) => siteMatches(url, site))) return true;
  return legal;
}

export async function shouldScanOnLoad(url: string, legal: boolean): Promise<boolean> {
  return decideScanOnLoad(url, legal, await loadSettings(), __FP_E2E__);
}
