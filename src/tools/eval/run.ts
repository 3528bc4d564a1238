// Runs the analyser over the corpus and keeps, per document, the predicted spans and per-sentence rule hits.
import { analyze, segment } from '../../core/index';
import { matchSentence, sentenceView } from '../../core/classify';
import { RULES } from '../../core/rules/index';
import type { CorpusDoc, DocPredictions } from './corpus';

export function predict(docs: readonly CorpusDoc[]): DocPredictions[] {
  return docs.map((doc) => ({
    doc,
    predicted: analyze(doc.text).findings.map((f) => ({ start: f.start, end: f.end, label: f.category, rule: f.rule })),
  }));
}

/** How many sentences each rule fires on across the corpus (every firing rule, not only the first). */
export function ruleFirings(docs: readonly CorpusDoc[]): Map<string, number> {
  const counts = new Map<string, number>(RULES.map((r) => [r.id, 0]));
  for (const doc of docs) {
    for (const { start, end } of segment(doc.text)) {
      for (const m of matchSentence(sentenceView(doc.text.slice(start, end)))) {
        for (const rule of m.rules) counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
      }
    }
  }
  return counts;
}
