import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_CATEGORY, TRIGGERS } from '../../../src/core/rules/index';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { CATEGORIES } from '../../../src/core/index';

describe('rules as data', () => {
  it('covers all six tier-1 categories', () => {
    for (const category of CATEGORIES) expect(RULES_BY_CATEGORY[category].length).toBeGreaterThan(0);
  });

  it('gives every rule a unique, readable id under its category', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id).toMatch(new RegExp(`^${rule.category}\\.[a-z0-9-]+$`));
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: has a plain explanation and its example fires it', (_id, rule) => {
    expect(rule.explain.length).toBeGreaterThan(20);
    expect(rule.explain).not.toMatch(/\b(?:hereinafter|thereof|whereas|indemnif)\b/i);
    expect(TRIGGERS[rule.category].test(rule.example)).toBe(true);
    const match = matchSentence(sentenceView(rule.example)).find((m) => m.category === rule.category);
    expect(match?.rules.map((r) => r.id)).toContain(rule.id);
  });
});
