// The one palette: every category (tier 1, tier 2, the user's own) has a colour, a translucent background
// made from it, and an underline style no other category shares, so categories stay apart without colour.
import { describe, expect, it } from 'vitest';
import { PALETTE, TIER_2_CATEGORIES, USER_SWATCH, chipStyle, rgb, swatchFor, translucent } from '../../../src/shared/palette';
import { CATEGORIES } from '../../../src/core/types';
import { fillSegments } from '../../../src/content/fill-segments';

/** Relative luminance and contrast (WCAG 2), to check each colour reads on light and dark backgrounds. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TIER_2 = ['limitation-of-liability', 'unilateral-termination', 'content-removal', 'contract-by-using', 'choice-of-law', 'jurisdiction', 'arbitration'];

describe('palette', () => {
  it('covers every built-in category and the tier-2 labels of TAXONOMY.md, exactly as written there', () => {
    for (const category of CATEGORIES) expect(PALETTE[category], category).toBeDefined();
    expect(TIER_2_CATEGORIES).toEqual(TIER_2);
  });

  it('gives every category, and the user default, an underline style of its own', () => {
    const decorations = [...Object.values(PALETTE), USER_SWATCH].map((s) => s.decoration);
    expect(new Set(decorations).size).toBe(decorations.length);
  });

  it('keeps tier 2 apart from tier 1 without colour: every tier-2 style draws an overline, no tier-1 style draws one alone', () => {
    for (const category of TIER_2) expect(PALETTE[category]!.decoration).toContain('overline');
    for (const category of CATEGORIES.filter((c) => !TIER_2.includes(c))) expect(PALETTE[category]!.decoration).toMatch(/^underline/);
  });

  it.each(Object.entries(PALETTE))('%s reads on white and on the dark theme (3:1 or more)', (_, swatch) => {
    expect(contrast(swatch.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(swatch.colour, '#15171c')).toBeGreaterThanOrEqual(3);
    expect(swatch.background).toBe(translucent(swatch.colour));
  });

  it('ranks AI training first, tier 1 above tier 2, and protections last where clauses overlap', () => {
    const p = (c: string) => swatchFor(c).priority;
    expect(Math.max(...Object.keys(PALETTE).map(p))).toBe(p('ai-training'));
    for (const category of TIER_2) expect(p(category)).toBeLessThan(p('unilateral-change'));
    expect(Math.min(...Object.keys(PALETTE).map(p))).toBe(p('ai-restriction'));
  });

  it.each([
    ['a user category in the colour they picked', 'user:voice', [{ id: 'user:voice', colour: '#7C3AED' }], '#7c3aed', 'rgba(124, 58, 237, 0.28)'],
    ['a user category with no colour found', 'user:other', [{ id: 'user:voice', colour: '#7c3aed' }], USER_SWATCH.colour, USER_SWATCH.background],
    ['a user category with a colour we cannot read', 'user:bad', [{ id: 'user:bad', colour: 'red' }], USER_SWATCH.colour, USER_SWATCH.background],
    ['a built-in category, whatever the settings say', 'ai-training', [{ id: 'user:ai-training', colour: '#000000' }], '#e5484d', 'rgba(229, 72, 77, 0.28)'],
  ] as const)('%s', (_, category, users, colour, background) => {
    expect(swatchFor(category, users)).toMatchObject({ colour, background });
    expect(chipStyle(category, users)).toEqual({ '--chip': colour });
  });

  it('writes colours as browsers report them', () => {
    expect(rgb('#3b82f6')).toBe('rgb(59, 130, 246)');
    expect(translucent('#3b82f6')).toBe('rgba(59, 130, 246, 0.28)');
  });
});

describe('fillSegments: one background where clauses overlap', () => {
  const priority = (c: string) => swatchFor(c).priority;
  it.each([
    ['no overlap: each clause keeps its own', [{ start: 0, end: 10, category: 'third-party-sharing' }, { start: 20, end: 30, category: 'ai-training' }], [[0, 10, 'third-party-sharing'], [20, 30, 'ai-training']]],
    ['one sentence, two categories: the more severe paints it all', [{ start: 0, end: 50, category: 'third-party-sharing' }, { start: 0, end: 50, category: 'ai-training' }], [[0, 50, 'ai-training']]],
    ['partial overlap: the overlap goes to the more severe', [{ start: 0, end: 30, category: 'ai-training' }, { start: 20, end: 60, category: 'content-license' }], [[0, 30, 'ai-training'], [30, 60, 'content-license']]],
    ['a protection inside a licence: the licence paints, not green over amber', [{ start: 0, end: 80, category: 'content-license' }, { start: 10, end: 20, category: 'ai-restriction' }], [[0, 80, 'content-license']]],
    ['a severe clause inside a milder one splits it', [{ start: 0, end: 80, category: 'unilateral-change' }, { start: 10, end: 20, category: 'ai-training' }], [[0, 10, 'unilateral-change'], [10, 20, 'ai-training'], [20, 80, 'unilateral-change']]],
    ['empty spans are ignored', [{ start: 5, end: 5, category: 'ai-training' }], []],
  ] as const)('%s', (_, spans, expected) => {
    expect(fillSegments(spans, priority).map((s) => [s.start, s.end, s.category])).toEqual(expected);
  });
});
