// Settings as a file a person can keep: export wraps them with a format marker, import checks the marker
// before the settings themselves, so any other JSON file gets a clear "not a Fine Print file" message.
import { parseSettings, type ParseResult, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'fine-print-settings';
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export function settingsToFile(settings: Settings, now = new Date()): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

export function settingsFromFile(text: string): ParseResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, field: 'file', error: 'This file is too large to be Fine Print settings (over 1 MB).' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, field: 'file', error: 'This file is not JSON, so it cannot be Fine Print settings.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, field: 'file', error: 'This is not a Fine Print settings file (use one made with "Export settings").' };
  }
  const parsed = parseSettings((json as { settings?: unknown }).settings);
  return parsed.ok ? parsed : { ...parsed, error: `${parsed.error} (in ${parsed.field})` };
}
