// `npm run bench`: how fast the analyser reads real terms, beside two baselines measured in the same run
// (a plain regex sentence split, and compromise tagging the whole text). Prints numbers; asserts nothing.
import { analyze, countWords } from '../core/index';
import { clearTagCache, tagStats, tagWholeText } from '../core/nlp';
import { CORPUS_DIR, corpusAvailable, loadCorpus } from './eval/corpus';

const gc = (globalThis as { gc?: () => void }).gc;

if (!corpusAvailable()) {
  console.error(`bench: no corpus at ${CORPUS_DIR}; the benchmark reads the real documents kept in ../shared.`);
  process.exit(2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown, repeats: number): number {
  run(); // warm-up: compile regexes, load compromise's lexicon
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    clearTagCache();
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The first `words` words of the text, cut at a whitespace boundary. */
function firstWords(text: string, words: number): string {
  let count = 0;
  for (const m of text.matchAll(/\S+/g)) if (++count === words) return text.slice(0, m.index + m[0].length);
  return text;
}

const docs = loadCorpus();
const joined = docs.map((d) => d.text).join('\n\n');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log('Per document (median of 5 runs):');
for (const doc of docs) {
  const words = countWords(doc.text);
  const ms = time(() => analyze(doc.text), 5);
  console.log(`  ${doc.name.padEnd(42)} ${String(words).padStart(6)} words  ${ms.toFixed(1).padStart(7)} ms  ${fmt((words / ms) * 1000).padStart(10)} words/s`);
}

const text20k = firstWords(joined, 20_000);
const text100k = firstWords(joined.repeat(Math.ceil(100_000 / countWords(joined))), 100_000);
const ms20k = time(() => analyze(text20k), 7);
clearTagCache();
tagStats.words = 0;
tagStats.clauses = 0;
analyze(text20k);
const tagged = { ...tagStats };
const split20k = time(() => text20k.split(/(?<=[.!?])\s+|\n+/), 7);
// Tagging 20,000 words takes seconds; tag a 4,000-word slice and scale linearly (tagging is linear in words).
const sample = firstWords(text20k, 4_000);
const tagSample = time(() => tagWholeText(sample), 2);
const tag20k = tagSample * (20_000 / countWords(sample));

console.log('\n20,000 words of real terms (median of 7 runs):');
console.log(`  Fine Print analyze             ${ms20k.toFixed(1).padStart(8)} ms  ${fmt((20_000 / ms20k) * 1000).padStart(10)} words/s`);
console.log(`  baseline: regex sentence split ${split20k.toFixed(1).padStart(8)} ms  ${fmt((20_000 / split20k) * 1000).padStart(10)} words/s`);
console.log(`  baseline: compromise, all text ${tag20k.toFixed(1).padStart(8)} ms  ${fmt((20_000 / tag20k) * 1000).padStart(10)} words/s  (4,000-word slice, scaled x5)`);
console.log(`  speed-up over tagging everything: ${(tag20k / ms20k).toFixed(1)}x; compromise tagged ${tagged.clauses} clauses, ${fmt(tagged.words)} words (${((tagged.words / 20_000) * 100).toFixed(1)}% of the text)`);

clearTagCache();
gc?.();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const report = analyze(text100k);
const ms100k = performance.now() - t0;
const peak = process.memoryUsage().heapUsed;
gc?.();
const retained = process.memoryUsage().heapUsed;
console.log(`\n100,000 words (all documents joined and repeated): ${ms100k.toFixed(0)} ms, ${report.findings.length} findings`);
console.log(`  heap growth: ${((peak - before) / 1e6).toFixed(1)} MB before gc, ${((retained - before) / 1e6).toFixed(1)} MB retained with the report${gc ? '' : ' (run with --expose-gc for exact numbers)'}`);
