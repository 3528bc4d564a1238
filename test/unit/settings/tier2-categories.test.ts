// Settings saved before tier 2 existed stay valid: the seven new categories arrive switched on, and each can
// be switched off like a tier-1 category.
import { describe, expect, it } from 'vitest';
import { TIER2_CATEGORIES } from '../../../src/core/types';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, analyzeOptionsFrom, parseSettings } from '../../../src/shared/settings';

/** A settings object as version 1 and 2 saved it, with only the six tier-1 categories. */
const saved = (version: number) => ({
  version,
  autoScan: true,
  categories: { 'ai-training': false, 'ai-restriction': true, 'content-license': true, 'third-party-sharing': true, 'rights-waiver': true, 'unilateral-change': true },
});

describe('tier-2 categories in settings', () => {
  it('are on by default', () => {
    for (const c of TIER2_CATEGORIES) expect(DEFAULT_SETTINGS.categories[c]).toBe(true);
  });

  it.each([1, SETTINGS_VERSION])('a saved version-%i object without them gets them on and keeps its own choices', (version) => {
    const parsed = parseSettings(saved(version));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const c of TIER2_CATEGORIES) expect(parsed.value.categories[c]).toBe(true);
    expect(parsed.value.categories['ai-training']).toBe(false);
    expect(parsed.value.autoScan).toBe(true);
  });

  it('can switch one off, and the classifier is then not asked for it', () => {
    const parsed = parseSettings({ ...saved(SETTINGS_VERSION), categories: { ...saved(SETTINGS_VERSION).categories, arbitration: false } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { categories } = analyzeOptionsFrom(parsed.value);
    expect(categories).not.toContain('arbitration');
    expect(categories).toContain('jurisdiction');
  });

  it('rejects a tier-2 switch that is not true or false, naming the field', () => {
    const parsed = parseSettings({ ...saved(SETTINGS_VERSION), categories: { arbitration: 'off' } });
    expect(parsed).toMatchObject({ ok: false, field: 'categories.arbitration' });
  });
});
