// When a scan may be graded: language, words read, terms page or not; and the likely reason for too little text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/index';
import { LANGUAGE_CODES } from '../../../src/core/language';
import { MIN_TERMS_WORDS, isPdfUrl, likelyReason, verdictFor, type NotFoundReason, type ReadStats } from '../../../src/core/verdict';

const NONE: ReadStats = { crossOriginFrames: 0, pdfEmbeds: 0, pdfDocument: false, images: 0, scripts: 0 };
const terms = (stats: Partial<ReadStats> = {}) => ({ termsPage: true, stats: { ...NONE, ...stats } });

describe('verdictFor', () => {
  it.each([
    ['English terms, long enough', { words: 5784, language: 'en' }, terms(), { kind: 'graded' }],
    ['exactly the threshold', { words: MIN_TERMS_WORDS, language: 'en' }, terms(), { kind: 'graded' }],
    ['one word under it', { words: MIN_TERMS_WORDS - 1, language: 'en' }, terms(), { kind: 'terms-not-found', reason: 'unknown' }],
    ['a script shell', { words: 0, language: 'en' }, terms({ scripts: 3 }), { kind: 'terms-not-found', reason: 'script' }],
    ['a long French text', { words: 5000, language: 'fr' }, terms(), { kind: 'unsupported-language', language: 'fr' }],
    ['a short Hindi text on a page that is not terms', { words: 30, language: 'hi' }, { ...terms(), termsPage: false }, { kind: 'unsupported-language', language: 'hi' }],
    ['a blog post scanned anyway', { words: 900, language: 'en' }, { ...terms(), termsPage: false }, { kind: 'page-scan' }],
    ['a short page scanned anyway', { words: 12, language: 'en' }, { ...terms(), termsPage: false }, { kind: 'page-scan' }],
    ['a report without a reading context', { words: 3000, language: 'en' }, undefined, { kind: 'graded' }],
    ['a report stored before languages were detected', { words: 3000 } as { words: number; language: string }, terms(), { kind: 'graded' }],
  ])('%s', (_name, report, context, verdict) => {
    expect(verdictFor(report, context)).toEqual(verdict);
  });
});

describe('likelyReason', () => {
  const rows: Array<[string, Partial<ReadStats> | undefined, NotFoundReason]> = [
    ['nothing known', undefined, 'unknown'],
    ['nothing on the page', {}, 'unknown'],
    ['the tab is a PDF', { pdfDocument: true, scripts: 2 }, 'pdf'],
    ['a PDF embedded in the page', { pdfEmbeds: 1, images: 2 }, 'pdf'],
    ['a frame from another site', { crossOriginFrames: 1, scripts: 4 }, 'frame'],
    ['a large image', { images: 1, scripts: 1 }, 'image'],
    ['only scripts', { scripts: 5 }, 'script'],
  ];
  it.each(rows)('%s -> %s', (_name, stats, reason) => {
    expect(likelyReason(stats && { ...NONE, ...stats })).toBe(reason);
  });
});

describe('isPdfUrl', () => {
  it.each([
    ['https://x.example/legal/terms.pdf', true],
    ['https://x.example/legal/TERMS.PDF?v=2#page=3', true],
    ['https://x.example/legal/terms.pdf.html', false],
    ['https://x.example/pdf/terms', false],
    ['not a url.pdf', false],
  ])('%s -> %s', (url, pdf) => expect(isPdfUrl(url)).toBe(pdf));
});

describe('analyze: a text not in English', () => {
  const FRENCH =
    "Vous nous accordez une licence mondiale sur vos contenus. Nous pouvons utiliser vos contenus pour entraîner nos modèles d'intelligence artificielle, et nous pouvons modifier ces conditions à tout moment sans préavis.";

  it('has no findings, its language, and a headline that says it was not read', () => {
    const report = analyze(FRENCH);
    expect(report.language).toBe('fr');
    expect(report.findings).toEqual([]);
    expect(report.summary.read).toBe(false);
    expect(report.summary.headline).toBe('Not read: this text is in French, and Fine Print reads English terms only for now.');
    expect(report.words).toBe(FRENCH.split(/\s+/).length);
  });

  it('reads English as before, whatever the lang hint says', () => {
    const english = 'We may use the songs you upload to train our artificial intelligence models.';
    const report = analyze(english, { languageHint: 'fr' });
    expect(report.language).toBe('en');
    expect(report.summary.read).toBeUndefined();
    expect(report.findings.map((f) => f.category)).toContain('ai-training');
  });
});

describe('i18n for verdicts', () => {
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
  it.each([...LANGUAGE_CODES])('names the language %s', (code) => expect(messages).toHaveProperty(`popup_verdictLang_${code}`));
  it.each(['pdf', 'frame', 'image', 'script', 'unknown'])('explains the reason %s and what to try', (reason) => {
    expect(messages).toHaveProperty(`popup_verdictReason_${reason}`);
    expect(messages).toHaveProperty(`popup_verdictTry_${reason}`);
  });
});
