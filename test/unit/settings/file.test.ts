// Import / export: our own files round-trip; anything else is refused with a message, never half-applied.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { settingsFromFile, settingsToFile } from '../../../src/shared/settings-file';

const mine: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  autoScan: true,
  userCategories: [{ id: 'user:voice', name: 'Voice', colour: '#7c3aed', enabled: true }],
  keywords: [{ id: 'k1', phrase: 'voice clone', category: 'user:voice', severity: 'high', note: 'Synthetic voice' }],
  sites: { never: ['example.com'], always: [] },
};

describe('settings files', () => {
  it('round-trips an export', () => {
    expect(settingsFromFile(settingsToFile(mine))).toEqual({ ok: true, value: mine });
  });

  it.each([
    ['not JSON', 'hello there', /not JSON/],
    ['some other JSON', '{"name": "my-package", "version": "1.0.0"}', /not a Fine Print settings file/],
    ['a JSON list', '[1, 2, 3]', /not a Fine Print settings file/],
    ['a newer version', JSON.stringify({ format: 'fine-print-settings', settings: { version: 7 } }), /newer Fine Print/],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
    ['a bad keyword inside', JSON.stringify({ format: 'fine-print-settings', settings: { keywords: [{ phrase: '', category: 'ai-training' }] } }), /empty.*keywords\[0\]\.phrase/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = settingsFromFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
