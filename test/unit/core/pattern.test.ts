import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { PatternError, groupIndex, indexIn, patternCompiler } from '../../../src/core/pattern';
import { CONCEPTS } from '../../../src/core/rules/concepts';

const compile = patternCompiler({
  Provider: ['we', 'us', 'the company'],
  Modal: ['(may|will|can)'],
  Train: ['(train|trains|trained|training)', 'fine-tune', 'serve as input to'],
  UserContent: ['your .{0,2} (content|uploads|posts)', 'what you upload'],
  Loop: ['#Loop now'],
  Grouped: ['[train]'],
});

// Word-only patterns mean the same in compromise and in the compiled RegExp: for each pattern, each sentence
// (all our own) must give the same answer to `nlp(text).match(p).found` and to the RegExp.
const AGREEMENT: [string, string[]][] = [
  ['train models', ['We train models.', 'We train our models.', 'We retrain models.', 'Training models is fun.', 'train, models']],
  ['your content', ['We use your content.', 'We use your, content.', "We use your 'Content'.", 'We use your (content).', 'We use your “content” daily.', 'We use yourcontent.', 'your contents']],
  ['opt out', ['You may opt out.', 'You may opt-out.', 'You may optout.', 'You may opt – out.', 'You may opt — out.', 'out opt']],
  ['(train|improve) .? models', ['We train models.', 'We improve our models.', 'We improve all our models.', 'We develop models.']],
  ['we .{0,2} use', ['we use it', 'we may use it', 'we may also use it', 'we may also often use it']],
  ['we may not? use', ['we may use it', 'we may not use it', 'we may never use it']],
  ['we !never use', ['we do use it', 'we never use it', 'we use it']],
  ['^we use', ['We use it.', '"We use it."', 'So we use it.']],
  ['use it$', ['We use it.', 'We use it daily.', 'use it']],
  ['we use+ it', ['we use it', 'we use use it', 'we it']],
  ['we use* it', ['we use it', 'we use use it', 'we it']], // in compromise, x* is one or more too
  ['we * it', ['we it', 'we use it', 'we will surely use it', 'they use it']],
  ['we (use|share) your (data|posts)', ['we share your posts', 'we sell your posts', 'we use your data', 'we use your photos']],
  ['(a b|c) d', ['a b d', 'c d', 'a d', 'b d']],
  ["user's data", ["the user's data", 'the user’s data', 'the users data']],
  ['/^disclos/ your', ['we disclose your data', 'disclosure your', 'we enclose your data']],
  ['/train$/ models', ['we retrain models', 'we train models', 'we training models']],
];

describe('pattern: the compiled RegExp agrees with compromise on word-only patterns', () => {
  for (const [p, sentences] of AGREEMENT) {
    const re = compile(p);
    it.each(sentences)(`"${p}" on %j`, (sentence) => {
      expect(re.test(sentence)).toBe(nlp(sentence).match(p).found);
    });
  }
  it('the table has sentences on both sides of each pattern', () => {
    for (const [p, sentences] of AGREEMENT) {
      const answers = new Set(sentences.map((s) => nlp(s).match(p).found));
      expect(answers, p).toEqual(new Set([true, false]));
    }
  });
});

// Where the compiled pattern deliberately reads text differently from compromise, as pattern.ts says.
const DIFFERENCES: [string, string, boolean][] = [
  ['data models', 'data; models', false], // a semicolon is a clause break, never a gap
  ['data models', 'data: models', false],
  ['data models', 'data/models', false],
  ['data models', 'data. Models', false],
  ['we do not train', "we don't train", false], // contractions are not expanded
  ["we don't train", 'we don’t train', true], // but curly and straight apostrophes are one
  ['(fine-tune|train) models', 'we fine-tune models', true], // a hyphenated alternative is its two words
  ['your content', 'your\u00a0content', true], // any whitespace, a non-breaking space too
];

describe('pattern: where it reads differently from compromise, on purpose', () => {
  it.each(DIFFERENCES)('"%s" on %j is %s', (p, sentence, expected) => {
    expect(compile(p).test(sentence)).toBe(expected);
  });
});

describe('pattern: concepts', () => {
  const cases: [string, string, boolean][] = [
    ['#Provider #Modal #Train', 'We may train on it.', true],
    ['#Provider #Modal #Train', 'The company can fine-tune it.', true],
    ['#Provider #Modal #Train', 'The company can fine tune it.', true],
    ['#Provider #Modal #Train', 'You may train on it.', false],
    ['#Provider #Modal? #Train', 'We train on it.', true],
    ['#Train #UserContent', 'We train your uploads.', true],
    ['#Train .? #UserContent', 'They serve as input to what you upload.', true], // a concept entry can be a phrase
    ['#Train .? #UserContent', 'They serve as input to all of what you upload.', false],
    ['#Train .? on #UserContent', 'We train it on your public posts.', true],
    ['#Train .? on #UserContent', 'We train it on your old public posts.', true],
    ['#Train .? on #UserContent', 'We train it on your many old public posts.', false],
  ];
  it.each(cases)('"%s" on %j is %s', (p, sentence, expected) => {
    expect(compile(p).test(sentence)).toBe(expected);
  });
});

describe('pattern: groups give the index a rule asks about', () => {
  const cases: [string, string, string | undefined, number][] = [
    ['#Provider #Modal? not? [#Train] .{0,4} #UserContent', 'Sometimes we may not train on your content.', undefined, 'Sometimes '.length],
    ['#Provider #Modal? not? [#Train] .{0,4} #UserContent', 'Sometimes we may not train on your content.', '0', 'Sometimes we may not '.length],
    ['[<who>#Provider] #Modal [<act>#Train]', 'Today, the company will train it.', 'who', 'Today, '.length],
    ['[<who>#Provider] #Modal [<act>#Train]', 'Today, the company will train it.', 'act', 'Today, the company will '.length],
    ['we [#Modal]? train', 'we train', '0', -1], // an optional group that took no part
  ];
  it.each(cases)('"%s" on %j: group %s at %d', (p, sentence, group, at) => {
    const re = compile(p);
    expect(indexIn(re, sentence, group)).toBe(at);
  });
  it('the match index is where the first word starts, and -1 without a match', () => {
    expect(compile('#Provider #Modal #Train')).toBeInstanceOf(RegExp);
    expect(compile('#Provider #Modal #Train').exec('So we will train.')?.index).toBe(3);
    expect(indexIn(compile('#Provider #Modal #Train'), 'You will train.')).toBe(-1);
    const m = compile('we [may]').exec('we may')!;
    expect(groupIndex(m)).toBe(3);
  });
});

describe('pattern: clear errors for what it cannot read', () => {
  const cases: [string[], RegExp][] = [
    [['#Nope train'], /unknown concept #Nope/],
    [[''], /empty/],
    [['(a|b (c|d))'], /cannot nest/],
    [['we (may .{0,2}) train'], /count inside \( \)/],
    [['~train~'], /fuzzy/],
    [['@hasComma train'], /@method/],
    [['<Noun> train'], /<Chunk>/],
    [['#Loop'], /refers to itself/],
    [['#Grouped'], /may not hold \[groups\]/],
    [['[a]', '[b]'], /already used/],
    [['/train/g'], /is not a word/],
    [['[<a>x] [<a>y]'], /appears twice/],
  ];
  it.each(cases)('%j', (sources, message) => {
    expect(() => compile(...sources)).toThrow(PatternError);
    expect(() => compile(...sources)).toThrow(message);
  });
});

describe('concepts: the rules vocabulary', () => {
  const dir = resolve(__dirname, '../../../src/core/rules');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const code = files.map((f) => readFileSync(join(dir, f), 'utf8'));

  it('every concept compiles', () => {
    const all = patternCompiler(CONCEPTS);
    for (const name of Object.keys(CONCEPTS)) expect(() => all(`#${name}`), name).not.toThrow();
  });

  it('every concept is used by a rule or by another concept (no dead vocabulary)', () => {
    const entries = Object.entries(CONCEPTS);
    const unused = entries
      .map(([name]) => name)
      .filter((name) => {
        const tag = new RegExp(`#${name}\\b`);
        const inRules = code.some((c, i) => !files[i]!.endsWith('concepts.ts') && tag.test(c));
        const inConcepts = entries.some(([other, list]) => other !== name && list.some((e) => tag.test(e)));
        return !inRules && !inConcepts;
      });
    expect(unused).toEqual([]);
  });
});
