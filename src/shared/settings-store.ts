// Reads and writes the settings in browser storage. A corrupted stored value falls back to defaults
// without overwriting it, so nothing is lost until the user saves.
import { browser } from './browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
  const parsed = parseSettings(stored);
  return parsed.ok ? parsed.value : structuredClone(DEFAULT_SETTINGS);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = parseSettings(changes[KEY]!.newValue);
    if (parsed.ok) listener(parsed.value);
  });
}
