// Automatic scanning: the probe content script is registered only while the setting is on AND the user
// has granted the optional host permission; either one going away unregisters it. Also opens the
// first-run page on install (not in the e2e build, where a new tab would disturb the tests).
import probe from '../content/probe.ts?iife';
import { browser } from '../shared/browser';
import { AUTO_SCAN_ORIGINS } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';

const PROBE_ID = 'fine-print-probe';

export async function syncProbeRegistration(autoScan: boolean): Promise<void> {
  const granted = await browser.permissions.contains({ origins: AUTO_SCAN_ORIGINS });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [PROBE_ID] });
  if (autoScan && granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: PROBE_ID, js: [probe], matches: AUTO_SCAN_ORIGINS, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if ((!autoScan || !granted) && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [PROBE_ID] });
  }
}

const syncFromSettings = () => loadSettings().then((s) => syncProbeRegistration(s.autoScan)).catch(() => undefined);

onSettingsChanged((settings) => void syncProbeRegistration(settings.autoScan).catch(() => undefined));

// The user can take the permission back in the browser's own settings: turn the option off to match.
browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
  if (!origins.some((o) => AUTO_SCAN_ORIGINS.includes(o))) return;
  const settings = await loadSettings();
  if (settings.autoScan) await saveSettings({ ...settings, autoScan: false });
  await syncFromSettings();
});
browser.permissions.onAdded.addListener(() => void syncFromSettings());
browser.runtime.onStartup.addListener(() => void syncFromSettings());

browser.runtime.onInstalled.addListener(({ reason }) => {
  void syncFromSettings();
  if (reason === 'install' && !__FP_E2E__) void browser.tabs.create({ url: browser.runtime.getURL('src/onboarding/index.html') });
});
