// Storage: sync first, local when sync is full or missing; a corrupted value is reported and left alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { loadSettings, loadSettingsState, saveSettings, onSettingsChanged } = await import('../../../src/shared/settings-store');

const withKeywords = (count: number): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  keywords: Array.from({ length: count }, (_, i) => ({ id: `k${i}`, phrase: `phrase number ${i}`, category: 'ai-training' as const, severity: 'high' as const, note: 'a note that takes some room' })),
});

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('settings store', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await loadSettingsState()).toEqual({ settings: DEFAULT_SETTINGS, area: 'sync' });
  });

  it('saves to sync and reads it back', async () => {
    const mine = { ...structuredClone(DEFAULT_SETTINGS), autoScan: true };
    expect(await saveSettings(mine)).toBe('sync');
    expect(fake.storage.sync.data.get('settings')).toEqual(mine);
    expect(await loadSettings()).toEqual(mine);
  });

  it('falls back to local when sync is over its quota, and keeps reading from local', async () => {
    const many = withKeywords(200);
    expect(await saveSettings(many)).toBe('local');
    expect(fake.storage.local.data.get('settingsArea')).toBe('local');
    expect((await loadSettings()).keywords).toHaveLength(200);
  });

  it('falls back to local when sync is unavailable', async () => {
    (fake.storage as { sync?: unknown }).sync = undefined;
    const mine = { ...structuredClone(DEFAULT_SETTINGS), autoScan: true };
    expect(await saveSettings(mine)).toBe('local');
    expect(await loadSettings()).toEqual(mine);
  });

  it('moves back to sync when the settings fit again', async () => {
    await saveSettings(withKeywords(200));
    expect(await saveSettings(withKeywords(1))).toBe('sync');
    expect(fake.storage.local.data.has('settings')).toBe(false);
    expect((await loadSettings()).keywords).toHaveLength(1);
  });

  it('rethrows other storage errors instead of hiding them', async () => {
    fake.storage.sync.failNext = new Error('disk on fire');
    await expect(saveSettings(structuredClone(DEFAULT_SETTINGS))).rejects.toThrow('disk on fire');
  });

  it('refuses to save invalid settings', async () => {
    const bad = { ...structuredClone(DEFAULT_SETTINGS), keywords: [{ id: 'x', phrase: '', category: 'ai-training', severity: 'high', note: '' }] } as Settings;
    await expect(saveSettings(bad)).rejects.toThrow(/empty/);
    expect(fake.storage.sync.data.has('settings')).toBe(false);
  });

  it('reports a corrupted stored value, uses defaults, and does not overwrite it', async () => {
    const corrupted = { version: 2, keywords: 'oops' };
    fake.storage.sync.data.set('settings', corrupted);
    const state = await loadSettingsState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.problem).toMatch(/keywords/);
    expect(fake.storage.sync.data.get('settings')).toEqual(corrupted);
  });

  it('reads settings that older versions kept in local', async () => {
    fake.storage.local.data.set('settings', { version: 1, autoScan: true });
    expect((await loadSettings()).autoScan).toBe(true);
  });

  it('tells listeners about valid changes in either area, and ignores removals and junk', async () => {
    const seen: Settings[] = [];
    onSettingsChanged((s) => seen.push(s));
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), autoScan: true });
    await fake.storage.local.set({ settings: 'junk' });
    await saveSettings(withKeywords(200));
    expect(seen.map((s) => [s.autoScan, s.keywords.length])).toEqual([
      [true, 0],
      [false, 200],
    ]);
  });

  it('tells listeners when the settings are deleted ("Forget everything"): they are the defaults again', async () => {
    await saveSettings(withKeywords(3));
    const seen: Settings[] = [];
    onSettingsChanged((s) => seen.push(s));
    await fake.storage.local.clear();
    await fake.storage.sync.clear();
    await vi.waitFor(() => expect(seen).toEqual([DEFAULT_SETTINGS]));
  });

  it('does not take the local copy going away, when sync takes over, for a change', async () => {
    await fake.storage.local.set({ settings: withKeywords(2), settingsArea: 'local' });
    const seen: Settings[] = [];
    onSettingsChanged((s) => seen.push(s));
    await saveSettings(withKeywords(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.map((s) => s.keywords.length)).toEqual([2]);
  });
});
