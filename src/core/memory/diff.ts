// Matches an old version's clauses to a new one's, so each changed clause is reported once: identical
// wording first, then reworded clauses of a shared category, then clauses whose words barely changed even
// though their category did ("We will not use ..." -> "We will use ...": one clause, read two ways).
import { rank } from './summary';
import { similarity } from './text';
import type { ClauseChange, ClausePrint, FindingPrint, FindingsDiff } from './types';

/** Below this, two clauses of one category are different clauses rather than one reworded. */
export const REWORD_THRESHOLD = 0.55;
/** Clauses with no category in common pair only when they are mostly the same words. */
export const SAME_WORDS_THRESHOLD = 0.8;

/** Findings of one version -> its clauses: one per wording, categories riskiest first. */
export function clausesOf(prints: readonly FindingPrint[]): ClausePrint[] {
  const byHash = new Map<string, FindingPrint[]>();
  for (const print of prints) byHash.set(print.hash, [...(byHash.get(print.hash) ?? []), print]);
  return [...byHash.entries()].map(([hash, group]) => {
    const sorted = [...group].sort((a, b) => rank(a.category) - rank(b.category));
    return { hash, text: group[0]!.text, category: sorted[0]!.category, categories: sorted.map((p) => p.category), prints: sorted };
  });
}

export function diffFindings(beforePrints: readonly FindingPrint[], afterPrints: readonly FindingPrint[]): FindingsDiff {
  const before = clausesOf(beforePrints);
  const after = clausesOf(afterPrints);
  const oldLeft = new Set(before.map((_, i) => i));
  const newLeft = new Set(after.map((_, i) => i));
  const changed: ClauseChange[] = [];
  let unchanged = 0;

  // Exact: the same wording.
  for (const j of [...newLeft]) {
    const i = [...oldLeft].find((k) => before[k]!.hash === after[j]!.hash);
    if (i === undefined) continue;
    oldLeft.delete(i);
    newLeft.delete(j);
    const change = changeOf(before[i]!, after[j]!, 1);
    if (change.attrsAdded.length || change.attrsRemoved.length || change.categoriesAdded.length || change.categoriesRemoved.length) changed.push(change);
    else unchanged++;
  }

  // Fuzzy: best pairs first, so one clause is not matched to a weaker partner while its true one waits.
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const i of oldLeft) {
    for (const j of newLeft) {
      const shared = before[i]!.categories.some((c) => after[j]!.categories.includes(c));
      const score = similarity(before[i]!.text, after[j]!.text);
      if (score >= (shared ? REWORD_THRESHOLD : SAME_WORDS_THRESHOLD)) pairs.push({ i, j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  for (const { i, j, score } of pairs) {
    if (!oldLeft.has(i) || !newLeft.has(j)) continue;
    oldLeft.delete(i);
    newLeft.delete(j);
    changed.push(changeOf(before[i]!, after[j]!, Math.round(score * 100) / 100));
  }

  return {
    added: [...newLeft].sort((a, b) => a - b).map((j) => after[j]!),
    removed: [...oldLeft].sort((a, b) => a - b).map((i) => before[i]!),
    changed,
    unchanged,
  };
}

function changeOf(before: ClausePrint, after: ClausePrint, score: number): ClauseChange {
  const attrs = (clause: ClausePrint) => [...new Set(clause.prints.flatMap((p) => p.attrs))];
  const [oldAttrs, newAttrs] = [attrs(before), attrs(after)];
  return {
    before,
    after,
    similarity: score,
    attrsAdded: newAttrs.filter((a) => !oldAttrs.includes(a)),
    attrsRemoved: oldAttrs.filter((a) => !newAttrs.includes(a)),
    categoriesAdded: after.categories.filter((c) => !before.categories.includes(c)),
    categoriesRemoved: before.categories.filter((c) => !after.categories.includes(c)),
  };
}

export function isEmptyDiff(diff: FindingsDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
