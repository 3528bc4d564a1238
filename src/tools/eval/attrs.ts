// Licence attribute accuracy: for each gold content-license span matched by a prediction, compare attributes.
import { analyze } from '../../core/index';
import { matches, type CorpusDoc } from './corpus';

export interface AttrScore {
  attr: string;
  correct: number;
  extra: number;
  missing: number;
}

export function attrScores(docs: readonly CorpusDoc[]): AttrScore[] {
  const scores = new Map<string, AttrScore>();
  const get = (attr: string) => scores.get(attr) ?? scores.set(attr, { attr, correct: 0, extra: 0, missing: 0 }).get(attr)!;
  for (const doc of docs) {
    const findings = analyze(doc.text).findings;
    for (const gold of doc.gold) {
      for (const label of gold.labels) {
        const found = findings.find((f) => f.category === label && matches(f, gold));
        if (!found) continue;
        // The corpus gives licence attributes only (its spans carry no AI-training attributes).
        if (label !== 'content-license') continue;
        for (const a of gold.attrs) (found.attrs.includes(a) ? get(a).correct++ : get(a).missing++);
        for (const a of found.attrs) if (!gold.attrs.includes(a)) get(a).extra++;
      }
    }
  }
  return [...scores.values()].sort((a, b) => a.attr.localeCompare(b.attr));
}
