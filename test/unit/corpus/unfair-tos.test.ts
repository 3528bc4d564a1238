// Tier 2 on UNFAIR-ToS (../shared/corpus/unfair-tos), scored as LexGLUE scores unfair_tos: per label and
// micro/macro-F1 over the eight labels plus "none". Floors sit a little under what `npm run eval --
// --unfair` reports (README "If something goes wrong"). A fresh clone has no ../shared: the tests then skip.
import { describe, expect, it } from 'vitest';
import { UNFAIR_DIR, loadSplit, predictUnfair, scoreUnfair, unfairAvailable, unfairErrors, type UnfairScores } from '../../../src/tools/eval/unfair';

const available = unfairAvailable();
if (!available) console.warn(`[corpus] skipped: no UNFAIR-ToS corpus at ${UNFAIR_DIR} (it lives in ../shared next to the project)`);

/** [split, label] -> F1 floor. */
const FLOORS: Record<'train' | 'dev', Record<string, number>> = {
  train: {
    'limitation-of-liability': 0.72,
    'unilateral-termination': 0.79,
    'content-removal': 0.81,
    'contract-by-using': 0.87,
    'choice-of-law': 0.9,
    jurisdiction: 0.9,
    arbitration: 0.86,
    'unilateral-change': 0.53,
    none: 0.96,
  },
  dev: {
    'limitation-of-liability': 0.7,
    'unilateral-termination': 0.68,
    'content-removal': 0.6,
    'contract-by-using': 0.75,
    'choice-of-law': 0.88,
    jurisdiction: 0.86,
    arbitration: 0.47,
    'unilateral-change': 0.46,
    none: 0.95,
  },
};
const AVERAGES = { train: { micro: 0.93, macro: 0.82 }, dev: { micro: 0.92, macro: 0.71 } };

describe.skipIf(!available).each(['train', 'dev'] as const)('UNFAIR-ToS %s (skipped when ../shared/corpus is absent)', (split) => {
  const scores: UnfairScores | undefined = available ? scoreUnfair(split, predictUnfair(loadSplit(split))) : undefined;

  it.each(Object.entries(FLOORS[split]))('%s F1 stays above %d', (label, floor) => {
    expect(scores!.labels.find((l) => l.label === label)!.f1).toBeGreaterThanOrEqual(floor);
  });

  it('keeps LexGLUE micro- and macro-F1 (nine classes) above their floors', () => {
    expect(scores!.micro.f1).toBeGreaterThanOrEqual(AVERAGES[split].micro);
    expect(scores!.macro.f1).toBeGreaterThanOrEqual(AVERAGES[split].macro);
  });

  it('scores every sentence once, "none" being the sentences with no label', () => {
    const none = scores!.labels.find((l) => l.label === 'none')!;
    const sentences = loadSplit(split);
    expect(scores!.sentences).toBe(sentences.length);
    expect(none.gold).toBe(sentences.filter((s) => s.labels.length === 0).length);
  });
});

describe('LexGLUE scoring', () => {
  it('counts "none" as a class and averages nine F1s', () => {
    const s = scoreUnfair('t', [
      { doc: 'd', i: 0, text: 'a', labels: ['arbitration'], predicted: ['arbitration'], rules: [] },
      { doc: 'd', i: 1, text: 'b', labels: [], predicted: ['arbitration'], rules: [] },
      { doc: 'd', i: 2, text: 'c', labels: [], predicted: [], rules: [] },
    ]);
    const arbitration = s.labels.find((l) => l.label === 'arbitration')!;
    const none = s.labels.find((l) => l.label === 'none')!;
    expect([arbitration.tp, arbitration.predicted, arbitration.gold]).toEqual([1, 2, 1]);
    expect([none.tp, none.predicted, none.gold]).toEqual([1, 1, 2]);
    expect(s.labels).toHaveLength(9);
    expect(s.macro.f1).toBeCloseTo((2 / 3 + 2 / 3) / 9, 6);
    expect(s.micro.f1).toBeCloseTo(2 / 3, 6);
  });
});

describe('--errors for UNFAIR-ToS', () => {
  it("lists a false positive with its label's own rules and the corpus label, and a miss with what was predicted", () => {
    const lines = unfairErrors(
      [
        { doc: 'd', i: 0, text: 'a', labels: ['contract-by-using'], predicted: ['unilateral-change', 'contract-by-using'], rules: ['unilateral-change.continued-use-is-acceptance', 'contract-by-using.use-means-acceptance'] },
        { doc: 'd', i: 1, text: 'b', labels: ['unilateral-change'], predicted: [], rules: [] },
        { doc: 'd', i: 2, text: 'c', labels: ['unilateral-change'], predicted: ['unilateral-change'], rules: ['unilateral-change.may-change-terms'] },
      ],
      'unilateral-change',
    );
    expect(lines).toEqual(['=== unilateral-change', 'FP d#0 [unilateral-change.continued-use-is-acceptance] gold contract-by-using: a', 'MISS d#1 predicted none: b']);
  });
});
