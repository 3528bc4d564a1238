// Reads and writes the settings. They live in storage.sync so they follow the user between machines; when
// sync is full (a QUOTA error: many keywords) or missing, they go to storage.local and a marker in local says
// so. A corrupted stored value is never overwritten on load: defaults are used and the problem is reported,
// so nothing is lost until the user saves.
import { browser } from './browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

const KEY = 'settings';
/** In storage.local: which area holds the settings ('sync' or 'local'). */
const AREA_KEY = 'settingsArea';

export type SettingsArea = 'sync' | 'local';

export interface SettingsState {
  settings: Settings;
  area: SettingsArea;
  /** Set when the stored value could not be read; it is left as it was. */
  problem?: string;
}

export async function loadSettingsState(): Promise<SettingsState> {
  const local = await browser.storage.local.get([KEY, AREA_KEY]);
  let area: SettingsArea = local[AREA_KEY] === 'local' ? 'local' : 'sync';
  let stored: unknown;
  if (area === 'sync') {
    try {
      stored = (await browser.storage.sync.get(KEY))[KEY];
    } catch {
      area = 'local';
    }
    // Older versions kept the settings in local only.
    if (stored === undefined) stored = local[KEY];
  }
  if (area === 'local') stored = local[KEY];
  if (stored === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), area };
  const parsed = parseSettings(stored);
  if (parsed.ok) return { settings: parsed.value, area };
  return { settings: structuredClone(DEFAULT_SETTINGS), area, problem: `${parsed.error} (in ${parsed.field})` };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/** Saves valid settings; returns where they went. Throws only when neither area can take them. */
export async function saveSettings(settings: Settings): Promise<SettingsArea> {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(`Not saved: ${parsed.error}`);
  try {
    await browser.storage.sync.set({ [KEY]: parsed.value });
    await browser.storage.local.set({ [AREA_KEY]: 'sync' });
    await browser.storage.local.remove(KEY);
    return 'sync';
  } catch (error) {
    if (!isQuotaOrUnavailable(error)) throw error;
    await browser.storage.local.set({ [KEY]: parsed.value, [AREA_KEY]: 'local' });
    return 'local';
  }
}

/**
 * Calls `listener` with the settings whenever they change, including when they are deleted ("Forget everything"
 * clears storage: the settings are the defaults again). A removal is read back from storage, since removing
 * the copy in local when sync takes over is no change at all; the same settings are never delivered twice.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  let last: string | undefined;
  const deliver = (settings: Settings) => {
    const json = JSON.stringify(settings);
    if (json === last) return;
    last = json;
    listener(settings);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area !== 'local' && area !== 'sync') || !(KEY in changes)) return;
    const next = changes[KEY]!.newValue;
    if (next === undefined) {
      void loadSettings().then(deliver, () => undefined);
      return;
    }
    const parsed = parseSettings(next);
    if (parsed.ok) deliver(parsed.value);
  });
}

function isQuotaOrUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota|max_items|max_write|sync.*(disabled|unavailable)|not available|undefined|storage\.sync/i.test(message);
}
