// Tier 2 weighs on the grade lightly: one point at most, for forced arbitration or three kinds of trouble.
import { describe, expect, it } from 'vitest';
import { summarize, type Finding } from '../../../src/core/index';
import { riskPoints, troublePoint } from '../../../src/core/score';
import type { Category } from '../../../src/core/types';

const finding = (category: Category, attrs: string[] = []): Finding => ({
  category,
  start: 0,
  end: 10,
  text: 'some text',
  severity: 'medium',
  attrs,
  explanation: 'x',
  rule: `${category}.x`,
});

describe('troublePoint', () => {
  it.each([
    [[], 0],
    [['choice-of-law'], 0],
    [['choice-of-law', 'jurisdiction'], 0],
    [['arbitration'], 1],
    [['limitation-of-liability', 'unilateral-termination', 'content-removal'], 1],
    [['arbitration', 'limitation-of-liability', 'unilateral-termination', 'content-removal', 'jurisdiction', 'choice-of-law', 'contract-by-using'], 1],
  ] as Array<[Category[], number]>)('%j -> %i point', (categories, points) => {
    expect(troublePoint(categories.map((c) => finding(c)))?.points ?? 0).toBe(points);
  });

  it('moves a page with nothing else from A to B, never further', () => {
    const all: Category[] = ['arbitration', 'limitation-of-liability', 'unilateral-termination', 'content-removal', 'jurisdiction', 'choice-of-law', 'contract-by-using'];
    expect(summarize([]).grade).toBe('A');
    expect(summarize(all.map((c) => finding(c))).grade).toBe('B');
  });

  it('is one named line among the risk points', () => {
    const points = riskPoints([finding('arbitration')], { attrs: [], grantees: [] }, false);
    expect(points).toEqual([{ points: 1, why: 'disputes go to arbitration, not a court' }]);
  });
});
