// Generality tables for the four dispute categories of tier 2 (TAXONOMY.md, tier-2 table): arbitration,
// jurisdiction, choice-of-law and contract-by-using. Sentences we wrote in our own words, in the cased style
// of real pages, that say the same act in the many ways terms say it (other verbs, passives, nouns for verbs,
// conditions first, the provider named by name or as "the Company"), and traps that share the words but not
// the act (the user's own courts or law, the procedure of an arbitration already agreed, a pointer to a
// section, a heading, consent to a data practice rather than to the terms). Each sentence must get the same
// answer read as page text and as the corpus's lower-cased, tokenised text. The tables live in
// tier2-disputes-forum.ts (arbitration, jurisdiction) and tier2-disputes-terms.ts (choice of law, contract-by-using).
import { describe, expect, it } from 'vitest';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import type { Tier2Category } from '../../../src/core/types';
import { ARBITRATION, JURISDICTION } from './tier2-disputes-forum';
import { CHOICE_OF_LAW, CONTRACT_BY_USING } from './tier2-disputes-terms';
import { tokenise } from './tokenise';

const fires = (sentence: string, category: Tier2Category) =>
  matchSentence(sentenceView(sentence), [category]).some((m) => m.category === category);

const TABLES = { arbitration: ARBITRATION, jurisdiction: JURISDICTION, 'choice-of-law': CHOICE_OF_LAW, 'contract-by-using': CONTRACT_BY_USING };

describe.each(Object.entries(TABLES))('generality table: %s', (_name, cases) => {
  describe.each([
    ['cased page text', (s: string) => s],
    ['lower-cased tokenised corpus text', tokenise],
  ])('as %s', (_style, style) => {
    it.each(cases)('%s: %s -> %s', (category, sentence, expected) => {
      expect(fires(style(sentence), category)).toBe(expected);
    });
  });
});
