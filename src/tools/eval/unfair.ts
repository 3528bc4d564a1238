// Scores the classifier on the UNFAIR-ToS splits in ../shared/corpus/unfair-tos the way LexGLUE scores
// unfair_tos: multi-label per sentence over the eight labels plus a ninth "none" class (1 when a sentence
// has no label), then micro- and macro-F1 over the nine. Sentences are fed as the CLI would read a file
// holding one corpus sentence per paragraph: joined by blank lines; a finding labels each sentence it overlaps.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../core/index';
import { TIER2_CATEGORIES } from '../../core/types';

export const UNFAIR_DIR = resolve(import.meta.dirname, '../../../../shared/corpus/unfair-tos');
export const UNFAIR_LABELS = [...TIER2_CATEGORIES, 'unilateral-change'] as const;
export const NONE = 'none';
export type Split = 'train' | 'dev';

export interface UnfairSentence {
  doc: string;
  i: number;
  text: string;
  labels: string[];
}

export interface SentenceResult extends UnfairSentence {
  predicted: string[];
  /** Rule ids that fired on this sentence, for error listings. */
  rules: string[];
}

export interface LabelScore {
  label: string;
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface UnfairScores {
  split: string;
  sentences: number;
  labels: LabelScore[];
  micro: { precision: number; recall: number; f1: number };
  macro: { f1: number };
}

export function unfairAvailable(dir = UNFAIR_DIR): boolean {
  return existsSync(join(dir, 'train.jsonl')) && existsSync(join(dir, 'dev.jsonl'));
}

export function loadSplit(split: Split, dir = UNFAIR_DIR): UnfairSentence[] {
  return readFileSync(join(dir, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as UnfairSentence);
}

/** Analyses each document as one text, one sentence per paragraph, and maps findings back to sentences. */
export function predictUnfair(sentences: readonly UnfairSentence[]): SentenceResult[] {
  const byDoc = new Map<string, UnfairSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const out: SentenceResult[] = [];
  const wanted = new Set<string>(UNFAIR_LABELS);
  for (const doc of byDoc.values()) {
    const starts: number[] = [];
    let text = '';
    for (const s of doc) {
      if (text) text += '\n\n';
      starts.push(text.length);
      text += s.text;
    }
    const results = doc.map((s) => ({ ...s, predicted: [] as string[], rules: [] as string[] }));
    for (const f of analyze(text).findings) {
      if (!wanted.has(f.category)) continue;
      for (let k = 0; k < doc.length; k++) {
        const start = starts[k]!;
        const end = start + doc[k]!.text.length;
        if (f.start < end && f.end > start) {
          const r = results[k]!;
          if (!r.predicted.includes(f.category)) r.predicted.push(f.category);
          r.rules.push(f.rule);
        }
      }
    }
    out.push(...results);
  }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** LexGLUE unfair_tos scoring: nine classes (the labels and "none"), micro- and macro-F1. */
export function scoreUnfair(split: string, results: readonly SentenceResult[]): UnfairScores {
  const classes = [...UNFAIR_LABELS, NONE];
  const has = (labels: readonly string[], c: string) => (c === NONE ? !labels.some((l) => (UNFAIR_LABELS as readonly string[]).includes(l)) : labels.includes(c));
  const labels = classes.map((label) => {
    let gold = 0;
    let predicted = 0;
    let tp = 0;
    for (const r of results) {
      const g = has(r.labels, label);
      const p = has(r.predicted, label);
      if (g) gold++;
      if (p) predicted++;
      if (g && p) tp++;
    }
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, gold);
    return { label, gold, predicted, tp, precision, recall, f1: f1(precision, recall) };
  });
  const tp = labels.reduce((n, l) => n + l.tp, 0);
  const precision = ratio(tp, labels.reduce((n, l) => n + l.predicted, 0));
  const recall = ratio(tp, labels.reduce((n, l) => n + l.gold, 0));
  return {
    split,
    sentences: results.length,
    labels,
    micro: { precision, recall, f1: f1(precision, recall) },
    macro: { f1: labels.reduce((n, l) => n + l.f1, 0) / labels.length },
  };
}

export function formatUnfair(s: UnfairScores): string {
  const pct = (n: number) => (100 * n).toFixed(1);
  const rows = [['label', 'gold', 'predicted', 'P', 'R', 'F1']];
  for (const l of s.labels) rows.push([l.label, String(l.gold), String(l.predicted), pct(l.precision), pct(l.recall), pct(l.f1)]);
  rows.push(['micro (9 classes)', '', '', pct(s.micro.precision), pct(s.micro.recall), pct(s.micro.f1)]);
  rows.push(['macro (9 classes)', '', '', '', '', pct(s.macro.f1)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  return [`UNFAIR-ToS ${s.split}: ${s.sentences} sentences`, ...lines].join('\n');
}

/**
 * False positives and misses of one split, for `--errors`: the label's own rules that fired, then what the
 * sentence is labelled in the corpus (a false positive of one label is often a hit of another).
 */
export function unfairErrors(results: readonly SentenceResult[], only?: string): string[] {
  const clip = (t: string) => (t.length > 220 ? `${t.slice(0, 217)}...` : t);
  const gold = (r: SentenceResult) => (r.labels.length > 0 ? r.labels.join(',') : NONE);
  const out: string[] = [];
  for (const label of only ? [only] : UNFAIR_LABELS) {
    out.push(`=== ${label}`);
    for (const r of results) {
      const g = r.labels.includes(label);
      const p = r.predicted.includes(label);
      const own = [...new Set(r.rules.filter((id) => id.startsWith(`${label}.`)))];
      if (p && !g) out.push(`FP ${r.doc}#${r.i} [${own.join(',')}] gold ${gold(r)}: ${clip(r.text)}`);
      if (g && !p) out.push(`MISS ${r.doc}#${r.i} predicted ${r.predicted.join(',') || NONE}: ${clip(r.text)}`);
    }
  }
  return out;
}
