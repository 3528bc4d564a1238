import { loadSplit, predictUnfair, scoreUnfair, formatUnfair } from './eval/unfair';
const POWER = new Set(['unilateral-change.may-change-terms', 'unilateral-change.may-change-service-or-fees', 'unilateral-change.check-for-changes']);
for (const split of ['train', 'dev'] as const) {
  const res = predictUnfair(loadSplit(split)).map((r) => {
    const keep = r.rules.some((x) => POWER.has(x));
    return { ...r, predicted: r.predicted.filter((c) => c !== 'unilateral-change' || keep) };
  });
  console.log(formatUnfair(scoreUnfair(split, res)).split('\n').filter((l) => /unilateral-change|micro|macro/.test(l)).join('\n'));
}
