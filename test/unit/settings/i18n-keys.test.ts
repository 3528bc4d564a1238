// Every literal key the UI passes to t() exists in the English messages, so no key shows up raw.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeBrowser, getMessage } from './fake-browser';

vi.mock('../../../src/shared/browser', () => ({ browser: createFakeBrowser() }));
// The terms-memory feature registers worker listeners at import; the title logic here does not need it.
vi.mock('../../../src/background/memory', () => ({ changeNote: async () => '' }));
const { actionTitle } = await import('../../../src/background/badge');

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const UI_DIRS = ['src/popup', 'src/options', 'src/onboarding'];
const UI_FILES = ['src/background/badge.ts', 'src/popup/labels.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('i18n', () => {
  const sources = [...UI_DIRS.flatMap(files), ...UI_FILES];
  const keys = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'((?:popup|options|onboarding|common|routes|settings)_\w+)'/g)].map((m) => m[1]!)));
  // settings_ keys are also picked from a ternary or a table (`t(firefox ? 'settings_a' : 'settings_b')`): any quoted one counts.
  for (const f of sources) for (const m of readFileSync(f, 'utf8').matchAll(/'(settings_\w+)'/g)) keys.add(m[1]!);

  it('finds the keys the UI uses', () => expect(keys.size).toBeGreaterThan(100));

  it.each([...keys])('%s is in messages.json', (key) => expect(messages).toHaveProperty(key));

  it.each([
    ['common_actionTitleMany', [3, 'D'], 'Fine Print: 3 clauses, grade D'],
    ['options_importFailed', ['a.json', 'Not ours.'], 'Could not import a.json: Not ours. Your settings are unchanged.'],
  ])('getMessage(%s) fills placeholders', (key, subs, expected) => {
    expect(getMessage(key, subs.map(String))).toBe(expected);
  });
});

describe('action title', () => {
  const tab = (count: number) => ({
    tabId: 1,
    url: 'https://x.example/terms',
    title: 'Terms',
    status: 'done' as const,
    updatedAt: 0,
    report: {
      words: 1200,
      language: 'en',
      findings: Array.from({ length: count }, () => ({ category: 'ai-training' as const, start: 0, end: 1, text: 'x', severity: 'high' as const, attrs: [], explanation: '', rule: 'r' })),
      summary: { grade: 'D' as const, headline: '', points: [], licence: { attrs: [], grantees: [] }, counts: {}, dangerousCombination: false },
    },
  });
  it.each([
    [3, 'Fine Print: 3 clauses, grade D'],
    [1, 'Fine Print: 1 clause, grade D'],
    [0, 'Fine Print: no clauses found, grade D'],
  ])('%i findings -> %s', (count, title) => expect(actionTitle(tab(count))).toBe(title));

  it.each([
    ['text not in English', { status: 'unsupported-language' as const, report: { ...tab(0).report, language: 'hi' } }, 'Fine Print: not read, the terms are in Hindi'],
    ['too little text to be terms', { report: { ...tab(0).report, words: 4 } }, 'Fine Print: terms text not found, no grade'],
    ['a page that is not terms, scanned anyway', { reading: { termsPage: false, stats: { crossOriginFrames: 0, pdfEmbeds: 0, pdfDocument: false, images: 0, scripts: 0 } } }, 'Fine Print: 2 found on a page that is not terms, no grade'],
  ])('names no grade for %s', (_name, change, title) => {
    expect(actionTitle({ ...tab(2), ...change })).toBe(title);
  });

  it('says "check these terms" before a scan', () => {
    expect(actionTitle({ ...tab(0), status: 'scanning', report: undefined })).toBe('Fine Print: check these terms');
  });
});
