// Matches an old version's findings to a new one's: identical clauses first, then reworded ones.
import { similarity } from './text';
import type { ClauseChange, FindingPrint, FindingsDiff } from './types';

/** Below this, two clauses of one category are different clauses rather than one reworded. */
export const REWORD_THRESHOLD = 0.55;

export function diffFindings(before: readonly FindingPrint[], after: readonly FindingPrint[]): FindingsDiff {
  const oldLeft = new Set(before.map((_, i) => i));
  const newLeft = new Set(after.map((_, i) => i));
  const changed: ClauseChange[] = [];
  let unchanged = 0;

  // Exact: same category, same wording.
  for (const j of [...newLeft]) {
    const target = after[j]!;
    const i = [...oldLeft].find((k) => before[k]!.category === target.category && before[k]!.hash === target.hash);
    if (i === undefined) continue;
    oldLeft.delete(i);
    newLeft.delete(j);
    const attrs = attrChanges(before[i]!, target);
    if (attrs.attrsAdded.length || attrs.attrsRemoved.length) changed.push({ before: before[i]!, after: target, similarity: 1, ...attrs });
    else unchanged++;
  }

  // Fuzzy: best pairs first, so one clause is not matched to a weaker partner while its true one waits.
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const i of oldLeft) {
    for (const j of newLeft) {
      if (before[i]!.category !== after[j]!.category) continue;
      const score = similarity(before[i]!.text, after[j]!.text);
      if (score >= REWORD_THRESHOLD) pairs.push({ i, j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  for (const { i, j, score } of pairs) {
    if (!oldLeft.has(i) || !newLeft.has(j)) continue;
    oldLeft.delete(i);
    newLeft.delete(j);
    changed.push({ before: before[i]!, after: after[j]!, similarity: Math.round(score * 100) / 100, ...attrChanges(before[i]!, after[j]!) });
  }

  return {
    added: [...newLeft].sort((a, b) => a - b).map((j) => after[j]!),
    removed: [...oldLeft].sort((a, b) => a - b).map((i) => before[i]!),
    changed,
    unchanged,
  };
}

function attrChanges(before: FindingPrint, after: FindingPrint): { attrsAdded: string[]; attrsRemoved: string[] } {
  return {
    attrsAdded: after.attrs.filter((a) => !before.attrs.includes(a)),
    attrsRemoved: before.attrs.filter((a) => !after.attrs.includes(a)),
  };
}

export function isEmptyDiff(diff: FindingsDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
