// Reads the labelled corpus at ../shared/corpus/ai-clauses and scores predictions exactly as its README
// defines: a predicted span matches a gold span of the same label when they share at least half of the
// predicted span's characters; precision counts matching predictions, recall counts matched gold spans.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, TIER2_CATEGORIES, type BuiltInCategory } from '../../core/types';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus/ai-clauses');

export interface Span {
  start: number;
  end: number;
}
export interface GoldSpan extends Span {
  labels: string[];
  attrs: string[];
  text: string;
}
export interface CorpusDoc {
  name: string;
  text: string;
  gold: GoldSpan[];
}

export function corpusAvailable(dir = CORPUS_DIR): boolean {
  return existsSync(join(dir, 'labels.jsonl')) && existsSync(join(dir, 'docs'));
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDoc[] {
  const docs = new Map<string, CorpusDoc>();
  for (const name of readdirSync(join(dir, 'docs')).sort()) {
    if (name.endsWith('.txt')) docs.set(name, { name, text: readFileSync(join(dir, 'docs', name), 'utf8'), gold: [] });
  }
  for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as GoldSpan & { doc: string };
    docs.get(row.doc)?.gold.push({ start: row.start, end: row.end, labels: row.labels, attrs: row.attrs, text: row.text });
  }
  return [...docs.values()];
}

/** Characters shared by two spans. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The README's match: the shared characters are at least half of the predicted span. */
export function matches(predicted: Span, gold: Span): boolean {
  return overlap(predicted, gold) * 2 >= predicted.end - predicted.start;
}

/** The labels of ../shared/corpus/ai-clauses: tier 1 (tier 2 is scored on UNFAIR-ToS, eval/unfair.ts). */
export const TIER1_LABELS = CATEGORIES.filter((c) => !(TIER2_CATEGORIES as readonly string[]).includes(c));

export interface LabelScore {
  label: BuiltInCategory;
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  labels: LabelScore[];
  micro: { precision: number; recall: number; f1: number };
  macro: { precision: number; recall: number; f1: number };
}

export interface DocPredictions {
  doc: CorpusDoc;
  predicted: (Span & { label: string; rule?: string })[];
}

export function score(runs: readonly DocPredictions[]): Scores {
  // The tier-2 categories have no gold here: they are scored on UNFAIR-ToS (eval/unfair.ts).
  const labels = TIER1_LABELS.map((label) => {
    const s = { label, predicted: 0, predictedMatched: 0, gold: 0, goldMatched: 0 };
    for (const { doc, predicted } of runs) {
      const p = predicted.filter((x) => x.label === label);
      const g = doc.gold.filter((x) => x.labels.includes(label));
      s.predicted += p.length;
      s.gold += g.length;
      s.predictedMatched += p.filter((x) => g.some((y) => matches(x, y))).length;
      s.goldMatched += g.filter((y) => p.some((x) => matches(x, y))).length;
    }
    return { ...s, ...prf(s.predictedMatched, s.predicted, s.goldMatched, s.gold) };
  });
  const sum = (key: keyof LabelScore) => labels.reduce((n, l) => n + (l[key] as number), 0);
  const micro = prf(sum('predictedMatched'), sum('predicted'), sum('goldMatched'), sum('gold'));
  const mean = (key: 'precision' | 'recall' | 'f1') => sum(key) / labels.length;
  return { labels, micro, macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}

function prf(pm: number, p: number, gm: number, g: number) {
  const precision = p === 0 ? (g === 0 ? 1 : 0) : pm / p;
  const recall = g === 0 ? 1 : gm / g;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
