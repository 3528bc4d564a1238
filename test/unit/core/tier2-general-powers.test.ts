// Generality tables for three tier-2 powers (TAXONOMY.md, tier-2 table): limitation-of-liability,
// unilateral-termination and content-removal. Sentences we wrote ourselves, in the cased style of real pages,
// saying the same thing the many ways terms say it (verbs and nouns, passives, "reserves the right", conditions
// first, the provider named by name), plus traps that share the words but not the act (the user's own power,
// someone else's, a promise, a pointer, a heading). Each must read the same as the corpus's tokenised text.
import { describe, expect, it } from 'vitest';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { analyze } from '../../../src/core/index';
import type { Tier2Category } from '../../../src/core/types';
import { tokenise } from './tokenise';
import { LIABILITY } from './tier2-powers/liability';
import { REMOVAL } from './tier2-powers/removal';
import { TERMINATION } from './tier2-powers/termination';

const fires = (sentence: string, category: Tier2Category) =>
  matchSentence(sentenceView(sentence), [category]).some((m) => m.category === category);

const CASES: Array<[Tier2Category, string, boolean]> = [
  ...TERMINATION.map(([s, f]) => ['unilateral-termination', s, f] as [Tier2Category, string, boolean]),
  ...REMOVAL.map(([s, f]) => ['content-removal', s, f] as [Tier2Category, string, boolean]),
  ...LIABILITY.map(([s, f]) => ['limitation-of-liability', s, f] as [Tier2Category, string, boolean]),
];

describe.each([
  ['cased page text', (s: string) => s],
  ['lower-cased tokenised corpus text', tokenise],
])('tier-2 powers read generally, as %s', (_style, style) => {
  it.each(CASES)('%s: %s -> %s', (category, sentence, expected) => {
    expect(fires(style(sentence), category)).toBe(expected);
  });
});

/**
 * A lead-in and its items: [category, lines, which lines carry the category]. `null` leaves a line unchecked: a bare
 * "we may:" is labelled or not by what the items say, which is the document reader's business, not these rules'.
 */
const LISTS: Array<[Tier2Category, string[], Array<boolean | null>]> = [
  [
    'unilateral-termination',
    ['If you break these rules, we may take the following actions:', '(a) suspending or closing your account;', '(b) sending you a warning by email.'],
    [true, true, false],
  ],
  [
    'content-removal',
    ['If you break these rules, we may take the following actions:', '(a) removing any content you have posted;', '(b) sending you a warning by email.'],
    [false, true, false],
  ],
  [
    'limitation-of-liability',
    ['To the extent the law allows, we are not liable for:', '(a) any loss of data or content;', '(b) any lost profits or revenue;', '(c) any harm caused by other users.'],
    [true, true, true, true],
  ],
  [
    'limitation-of-liability',
    ['We will not be responsible for any of the following:', 'loss of your data;', 'lost profits;', 'the behaviour of other users.'],
    [true, true, true, true],
  ],
  [
    'limitation-of-liability',
    ['You are responsible for the following:', '(a) keeping your password safe;', '(b) any loss caused by your own breach of these terms.'],
    [false, false, false],
  ],
  [
    'unilateral-termination',
    ['Acme may, at any time and without notice:', '1. suspend or close your account;', '2. delete any content you have posted;', '3. report you to the police.'],
    [null, true, false, false],
  ],
  [
    'content-removal',
    ['Acme may, at any time and without notice:', '1. suspend or close your account;', '2. delete any content you have posted;', '3. report you to the police.'],
    [null, false, true, false],
  ],
  [
    'content-removal',
    ['If you break these rules, we may:', '- remove your posts;', '- block your account; or', '- send you a warning.'],
    [null, true, false, false],
  ],
  [
    'unilateral-termination',
    ['We reserve the right, at our sole discretion, to:', '(a) ban you from the Service;', '(b) take down anything you post;', '(c) deactivate your profile;', '(d) hide your reviews from other members; and', '(e) thank you for your feedback.'],
    [null, true, false, true, false, false],
  ],
  [
    'content-removal',
    ['We reserve the right, at our sole discretion, to:', '(a) ban you from the Service;', '(b) take down anything you post;', '(c) deactivate your profile;', '(d) hide your reviews from other members; and', '(e) thank you for your feedback.'],
    [null, false, true, false, true, false],
  ],
  [
    'unilateral-termination',
    ['You may:', '- close your account at any time;', '- delete your posts.'],
    [false, false, false],
  ],
];

describe.each([
  ['cased page text', (t: string) => t],
  ['lower-cased tokenised corpus text', tokenise],
])('a lead-in lends its power to its items, as %s', (_style, style) => {
  it.each(LISTS)('%s: %j', (category, lines, expected) => {
    const text = lines.map(style).join('\n\n');
    const { findings } = analyze(text);
    const carries = (i: number) => {
      const line = style(lines[i]!);
      const start = text.indexOf(line);
      return findings.some((f) => f.category === category && f.start < start + line.length && f.end > start);
    };
    expect(lines.map((_l, i) => (expected[i] === null ? null : carries(i)))).toEqual(expected);
  });
});
