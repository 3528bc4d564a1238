// Bad input never loses data: every rejected input names its field and leaves nothing half-applied.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import {
  DEFAULT_SETTINGS,
  MAX_KEYWORDS,
  SETTINGS_VERSION,
  analyzeOptionsFrom,
  checkKeyword,
  parseSettings,
  type Settings,
} from '../../../src/shared/settings';

const keyword = (phrase: unknown, extra: Record<string, unknown> = {}) => ({ phrase, category: 'ai-training', severity: 'high', note: '', ...extra });
const withKeywords = (keywords: unknown[], extra: Record<string, unknown> = {}) => ({ version: SETTINGS_VERSION, keywords, ...extra });

describe('parseSettings', () => {
  it('accepts the defaults as they are', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('migrates a version-1 value (no keywords, no sites) and keeps its choices', () => {
    const parsed = parseSettings({ version: 1, autoScan: true, categories: { 'ai-training': false } });
    expect(parsed.ok && parsed.value).toMatchObject({ version: SETTINGS_VERSION, autoScan: true, keywords: [], sites: { never: [], always: [] } });
    expect(parsed.ok && parsed.value.categories['ai-training']).toBe(false);
    expect(parsed.ok && parsed.value.categories['content-license']).toBe(true);
  });

  it('treats a value without a version as version 1', () => {
    expect(parseSettings({ autoScan: true }).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello', 'settings', /JSON object/],
    ['an array', [], 'settings', /JSON object/],
    ['null', null, 'settings', /JSON object/],
    ['a newer version', { version: 99 }, 'version', /newer Fine Print/],
    ['a fractional version', { version: 1.5 }, 'version', /whole number/],
    ['autoScan as text', { autoScan: 'yes' }, 'autoScan', /true or false/],
    ['categories as a list', { categories: [] }, 'categories', /object/],
    ['a category as text', { categories: { 'ai-training': 'on' } }, 'categories.ai-training', /true or false/],
    ['an empty keyword', withKeywords([keyword('   ')]), 'keywords[0].phrase', /empty/],
    ['a 10,000-character keyword', withKeywords([keyword('x'.repeat(10_000))]), 'keywords[0].phrase', /10,000 characters/],
    ['1,000 keywords', withKeywords(Array.from({ length: 1000 }, (_, i) => keyword(`word ${i}`))), 'keywords', /1,000 entries/],
    ['a keyword in an unknown category', withKeywords([keyword('voice', { category: 'user:nope' })]), 'keywords[0].category', /Unknown category/],
    ['a keyword with a bad severity', withKeywords([keyword('voice', { severity: 'dire' })]), 'keywords[0].severity', /Severity/],
    ['keywords as an object', withKeywords({} as unknown as unknown[]), 'keywords', /must be a list/],
    ['a bad colour', { userCategories: [{ name: 'Voice', colour: 'red' }] }, 'userCategories[0].colour', /colour/],
    ['a site that is not an address', { sites: { never: ['not a site!'], always: [] } }, 'sites.never[0]', /not a web site/],
  ])('rejects %s, naming the field', (_name, input, field, message) => {
    const parsed = parseSettings(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.field).toBe(field);
    expect(parsed.error).toMatch(message);
  });

  it('keeps pasted regular-expression syntax as literal text and never runs it', () => {
    const parsed = parseSettings(withKeywords([keyword('(a|b)*.+[')]));
    expect(parsed.ok && parsed.value.keywords[0]!.phrase).toBe('(a|b)*.+[');
    if (!parsed.ok) return;
    const options = analyzeOptionsFrom(parsed.value);
    expect(analyze('Nothing like that here, just ab and aab.', options).findings).toEqual([]);
    expect(analyze('The odd token (a|b)*.+[ appears here.', options).findings.map((f) => f.rule)).toEqual([
      `keyword:${parsed.value.keywords[0]!.id}`,
    ]);
  });

  it('normalises site entries to host names', () => {
    const parsed = parseSettings({ sites: { never: ['https://www.Example.com/terms'], always: ['soundcloud.com'] } });
    expect(parsed.ok && parsed.value.sites).toEqual({ never: ['example.com'], always: ['soundcloud.com'] });
  });
});

describe('checkKeyword (the add-keyword form)', () => {
  const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), keywords: [{ id: 'k', phrase: 'voice clone', category: 'ai-training', severity: 'high', note: '' }] };

  it.each([
    [{ phrase: '' , category: 'ai-training' }, 'phrase', /empty/],
    [{ phrase: 'y'.repeat(201), category: 'ai-training' }, 'phrase', /limit is 200/],
    [{ phrase: 'Voice Clone', category: 'ai-training' }, 'phrase', /already in your list/],
    [{ phrase: 'voice-clone', category: 'ai-training' }, 'phrase', /already in your list/],
    [{ phrase: 'note', category: 'ai-training', note: 'n'.repeat(10_000) }, 'note', /10,000 characters long; the limit is 500/],
    [{ phrase: 'likeness', category: 'user:ghost' }, 'category', /Unknown category/],
  ])('%j -> error on %s', (input, field, message) => {
    const checked = checkKeyword(input, settings);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.field).toBe(field);
      expect(checked.error).toMatch(message);
    }
  });

  it('refuses a keyword past the limit', () => {
    const full = { ...settings, keywords: Array.from({ length: MAX_KEYWORDS }, (_, i) => ({ ...settings.keywords[0]!, id: `k${i}`, phrase: `w${i}` })) };
    expect(checkKeyword({ phrase: 'one more', category: 'ai-training' }, full)).toMatchObject({ ok: false, field: 'phrase' });
  });

  it('accepts a good keyword and gives it an id', () => {
    const checked = checkKeyword({ phrase: ' likeness ', category: 'rights-waiver', severity: 'medium', note: 'Watch out' }, settings);
    expect(checked).toMatchObject({ ok: true, value: { phrase: 'likeness', category: 'rights-waiver', severity: 'medium', note: 'Watch out' } });
  });
});

describe('analyzeOptionsFrom', () => {
  it('includes enabled user categories and only the keywords whose category is on', () => {
    const settings: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      categories: { ...DEFAULT_SETTINGS.categories, 'content-license': false },
      userCategories: [
        { id: 'user:voice', name: 'Voice', colour: '#7c3aed', enabled: true },
        { id: 'user:off', name: 'Off', colour: '#000000', enabled: false },
      ],
      keywords: [
        { id: 'a', phrase: 'voice clone', category: 'user:voice', severity: 'high', note: '' },
        { id: 'b', phrase: 'hidden', category: 'user:off', severity: 'low', note: '' },
        { id: 'c', phrase: 'licence', category: 'content-license', severity: 'low', note: '' },
      ],
    };
    const options = analyzeOptionsFrom(settings);
    expect(options.categories).toContain('user:voice');
    expect(options.categories).not.toContain('user:off');
    expect(options.categories).not.toContain('content-license');
    expect(options.keywords.map((k) => k.id)).toEqual(['a']);
    const report = analyze('We may make a voice clone of you.', options);
    expect(report.findings.map((f) => f.category)).toEqual(['user:voice']);
  });
});
