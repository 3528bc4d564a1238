import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_CATEGORY, TRIGGERS } from '../../../src/core/rules/index';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { CATEGORIES } from '../../../src/core/index';

const NO_TERMS = { userContent: [], provider: [] };
const firing = (sentence: string, category: string, heading = '') =>
  matchSentence(sentenceView(sentence, { heading, parentHeading: '', leadIn: '', label: '', terms: NO_TERMS })).find((m) => m.category === category)?.rules.map((r) => r.id) ?? [];

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
    expect(firing(rule.example, rule.category, rule.exampleHeading)).toContain(rule.id);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: its counter-example does not fire it', (_id, rule) => {
    expect(rule.counterExample.length).toBeGreaterThan(20);
    expect(rule.counterExample).not.toBe(rule.example);
    expect(firing(rule.counterExample, rule.category, rule.exampleHeading)).not.toContain(rule.id);
  });
});

// A rule that names a service fits that service's document, not terms in general. The names come from the
// corpus file names (read at test time; skipped without ../shared), minus words that are also plain English.
const CORPUS_DOCS = resolve(import.meta.dirname, '../../../../shared/corpus/ai-clauses/docs');
const PLAIN_WORDS = new Set(['x', 'signal', 'meta', 'zoom']);
describe.skipIf(!existsSync(CORPUS_DOCS))('rules name no service (skipped when ../shared/corpus is absent)', () => {
  it('no file of the core names a service from the corpus', () => {
    const services = new Set(readdirSync(CORPUS_DOCS).flatMap((name) => name.split('__')[0]!.split('-')).filter((s) => s.length > 2 && !PLAIN_WORDS.has(s)));
    const coreDir = resolve(import.meta.dirname, '../../../src/core');
    const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('signals'));
    const hits: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(coreDir, file), 'utf8').replace(/^\s*(?:\/\/|\*|\/\*\*).*$/gm, '');
      for (const service of services) if (new RegExp(`\\b${service}\\b`, 'i').test(code)) hits.push(`${file}: ${service}`);
    }
    expect(hits).toEqual([]);
  });
});
