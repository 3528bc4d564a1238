// User keywords -> matchers. A phrase is always matched literally (regex syntax in it is just text),
// case-insensitively, on word boundaries, with any run of spaces standing for one.
import type { UserKeyword } from './types';

export const MAX_PHRASE_LENGTH = 200;

export interface KeywordMatcher {
  /** The keywords whose phrase occurs in the sentence, in the order given. */
  match(sentence: string): UserKeyword[];
}

export function compileKeywords(keywords: readonly UserKeyword[]): KeywordMatcher {
  const compiled = keywords
    .filter((k) => k.phrase.trim().length > 0 && k.phrase.length <= MAX_PHRASE_LENGTH)
    .map((keyword) => ({ keyword, pattern: phrasePattern(keyword.phrase) }));
  return {
    match: (sentence) => compiled.filter((c) => c.pattern.test(sentence)).map((c) => c.keyword),
  };
}

export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp);
  const startsWord = /^\w/.test(phrase.trim());
  const endsWord = /\w$/.test(phrase.trim());
  return new RegExp(`${startsWord ? '\\b' : ''}${words.join('\\s+')}${endsWord ? '\\b' : ''}`, 'iu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
