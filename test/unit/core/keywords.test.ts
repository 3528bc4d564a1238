import { describe, expect, it } from 'vitest';
import { analyze, compileKeywords, type UserKeyword } from '../../../src/core/index';
import { samePhraseKey } from '../../../src/core/keywords';

const keyword = (phrase: string, extra: Partial<UserKeyword> = {}): UserKeyword => ({
  id: 'k1',
  phrase,
  category: 'user:voice',
  severity: 'high',
  note: '',
  ...extra,
});

describe('user keywords', () => {
  it.each([
    ['voice clone', 'We may create a voice clone from your recordings.', true],
    ['voice clone', 'We may create a VOICE   CLONE from your recordings.', true],
    ['voice clone', 'Our voice cloner is great.', false],
    ['a.b', 'The value axb is not a dot.', false],
    ['a.b', 'The value a.b is literal.', true],
    ['(consent)', 'Without (consent) nothing happens.', true],
    ['.*', 'Anything at all.', false],
    // Hyphens, dashes, spaces and letter case are all the same to a keyword.
    ['voice-clone', 'We may create a voice clone from your recordings.', true],
    ['voice clone', 'We may create a voice-clone from your recordings.', true],
    ['Voice-Clone', 'We may create a VOICE – CLONE from your recordings.', true],
    ['voice clone', 'We may create a voice‑clone (non-breaking hyphen) from them.', true],
    ['voice-clone', 'We may create a voiceclone from your recordings.', false],
    ['voice-clone', 'Our voice-cloner is great.', false],
    ['e-mail address', 'Your E-Mail  address is kept.', true],
    ['--', 'A double -- dash.', true],
  ])('%j in %j -> %s', (phrase, sentence, expected) => {
    expect(compileKeywords([keyword(phrase)]).match(sentence).length > 0).toBe(expected);
  });

  it.each([
    ['voice-clone', 'Voice  Clone', true],
    ['voice—clone', 'voice clone', true],
    ['voice clone', 'voice cloning', false],
  ])('%j and %j are the same keyword: %s', (a, b, same) => {
    expect(samePhraseKey(a) === samePhraseKey(b)).toBe(same);
  });

  it('ignores empty and enormous phrases instead of throwing', () => {
    expect(compileKeywords([keyword('   '), keyword('x'.repeat(10_000))]).match('x'.repeat(10_000))).toEqual([]);
  });

  it('reports the sentence holding a keyword, under the keyword category', () => {
    const text = 'Hello there. They may build a voice clone of you. Bye.';
    const [finding] = analyze(text, { keywords: [keyword('voice clone', { note: 'Watch out.' })] }).findings;
    expect(finding).toMatchObject({ category: 'user:voice', rule: 'keyword:k1', explanation: 'Watch out.', severity: 'high' });
    expect(finding!.text).toBe('They may build a voice clone of you.');
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });
});
