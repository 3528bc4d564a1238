// User keywords -> matchers. A phrase is always matched literally (regex syntax in it is just text),
// case-insensitively, on word boundaries. Hyphens (and the other dashes) and runs of spaces all separate
// words the same way, so "voice-clone", "voice clone" and "Voice–Clone" are one keyword and match each other.
import type { UserKeyword } from './types';

export const MAX_PHRASE_LENGTH = 200;

/** What separates two words of a phrase: spaces, hyphen-minus, the Unicode hyphens and dashes, or a mix. */
const SEPARATOR = /[\s\-\u2010-\u2015\u2212]+/u;
const SEPARATOR_PATTERN = '[\\s\\-\\u2010-\\u2015\\u2212]+';

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

/** The words of a phrase, lower-cased: two phrases with the same words are the same keyword. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(SEPARATOR).filter(Boolean);
}

/** One comparable form of a phrase ("Voice-Clone" and "voice  clone" -> "voice clone"). */
export function samePhraseKey(phrase: string): string {
  return phraseWords(phrase).join(' ');
}

export function phrasePattern(phrase: string): RegExp {
  const text = phrase.trim();
  const words = text.split(SEPARATOR).filter(Boolean).map(escapeRegExp);
  // A phrase of dashes only ("--") has no words: match it as the literal text it is.
  const body = words.length ? words.join(SEPARATOR_PATTERN) : escapeRegExp(text);
  const startsWord = /^\w/.test(text);
  const endsWord = /\w$/.test(text);
  return new RegExp(`${startsWord ? '\\b' : ''}${body}${endsWord ? '\\b' : ''}`, 'iu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
