// Runs the analyser over the corpus and keeps, per document, the predicted spans and per-sentence rule hits.
import { analyze } from '../../core/index';
import { matchSentence, readingOf, sentenceView } from '../../core/classify';
import { readDocument } from '../../core/document';
import { RULES } from '../../core/rules/index';
import type { CorpusDoc, DocPredictions } from './corpus';

export function predict(docs: readonly CorpusDoc[]): DocPredictions[] {
  return docs.map((doc) => ({
    doc,
    predicted: analyze(doc.text).findings.map((f) => ({ start: f.start, end: f.end, label: f.category, rule: f.rule })),
  }));
}

/** How many units each rule fires on across the corpus (every firing rule, not only the first). */
export function ruleFirings(docs: readonly CorpusDoc[]): Map<string, number> {
  const counts = new Map<string, number>(RULES.map((r) => [r.id, 0]));
  for (const doc of docs) {
    // Each unit read as the classifier reads it: in its context, and an item completed by its lead-in.
    for (const { start, end, heading, context } of readDocument(doc.text)) {
      if (heading) continue;
      const fired = new Set<string>();
      for (const m of matchSentence(sentenceView(readingOf(doc.text.slice(start, end), context), context))) for (const rule of m.rules) fired.add(rule.id);
      for (const id of fired) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
