// What a rule is: data with a plain-language explanation and an example sentence (which the tests run).
import type { BuiltInCategory, Severity } from '../types';
import type { Parse } from '../nlp';
import type { SentenceContext } from '../document';

/**
 * One candidate sentence as the rules see it: its reading (a list item completed by its lead-in, the
 * document's own content terms in plain words) and where it stands (section heading, label, lead-in).
 * `parse` tags the reading with compromise on first use only.
 */
export interface SentenceView {
  readonly text: string;
  readonly parse: Parse;
  readonly context: SentenceContext;
}

export interface Rule {
  /** Stable, readable id: `<category>.<what-it-finds>`. */
  id: string;
  category: BuiltInCategory;
  severity: Severity;
  /** What the clause lets them do, in words a non-lawyer understands. */
  explain: string;
  /** A sentence in our own words that must fire this rule (the tests check it). */
  example: string;
  /** A sentence in our own words, close to the example, that must NOT fire this rule (the tests check it). */
  counterExample: string;
  /** The section heading the example and counter-example stand under, for rules that read their section. */
  exampleHeading?: string;
  match(sentence: SentenceView): boolean;
  /** Attributes this rule adds on top of its category's own (see attrs.ts). */
  attrs?(sentence: SentenceView): string[];
}

/** Index of the first match of a pattern, or -1. */
export function indexOf(pattern: RegExp, text: string): number {
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

/** Every index at which a (global) pattern matches. */
export function indexesOf(pattern: RegExp, text: string): number[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => m.index);
}
