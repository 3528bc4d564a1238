// `npm run eval [-- --json | --errors [label] | --rules | --attrs]`: scores the analyser on ../shared/corpus/ai-clauses
// exactly as the corpus README defines (see eval/corpus.ts) and prints a per-category table.
import { CATEGORIES } from '../core/types';
import { CORPUS_DIR, corpusAvailable, loadCorpus, matches, score, type Scores } from './eval/corpus';
import { predict, ruleFirings } from './eval/run';
import { attrScores } from './eval/attrs';
import { UNFAIR_DIR, formatUnfair, loadSplit, predictUnfair, scoreUnfair, unfairAvailable, unfairErrors, type Split } from './eval/unfair';

const args = process.argv.slice(2);
if (args.includes('--unfair')) {
  runUnfair();
  process.exit(0);
}
if (!corpusAvailable()) {
  process.stderr.write(`eval: no corpus at ${CORPUS_DIR} (it lives in ../shared, next to the project)\n`);
  process.exit(2);
}
const docs = loadCorpus();
const runs = predict(docs);
const scores = score(runs);

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(scores)}\n`);
} else if (args.includes('--attrs')) {
  for (const a of attrScores(docs)) console.log(`${a.attr.padEnd(18)} correct ${String(a.correct).padStart(4)}  extra ${String(a.extra).padStart(3)}  missing ${String(a.missing).padStart(3)}`);
} else if (args.includes('--rules')) {
  printRules();
} else if (args.includes('--errors')) {
  printErrors(args.find((a) => (CATEGORIES as readonly string[]).includes(a)));
} else {
  printTable(scores);
}

function printTable(s: Scores): void {
  const pct = (n: number) => n.toFixed(3);
  const rows = [['category', 'gold', 'predicted', 'precision', 'recall', 'F1']];
  for (const l of s.labels) rows.push([l.label, String(l.gold), String(l.predicted), pct(l.precision), pct(l.recall), pct(l.f1)]);
  rows.push(['micro', '', '', pct(s.micro.precision), pct(s.micro.recall), pct(s.micro.f1)]);
  rows.push(['macro', '', '', pct(s.macro.precision), pct(s.macro.recall), pct(s.macro.f1)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(`\n${docs.length} documents; a prediction matches gold when they share at least half of the predicted span.`);
}

function printErrors(only?: string): void {
  const clip = (t: string) => (t.length > 220 ? `${t.slice(0, 217)}...` : t).replace(/\s+/g, ' ');
  for (const label of only ? [only] : CATEGORIES) {
    console.log(`\n=== ${label}`);
    for (const { doc, predicted } of runs) {
      const gold = doc.gold.filter((g) => g.labels.includes(label));
      const mine = predicted.filter((p) => p.label === label);
      for (const p of mine) if (!gold.some((g) => matches(p, g))) console.log(`FP ${doc.name} @${p.start} [${p.rule}]: ${clip(doc.text.slice(p.start, p.end))}`);
      for (const g of gold) if (!mine.some((p) => matches(p, g))) console.log(`MISS ${doc.name} @${g.start}: ${clip(g.text)}`);
    }
  }
}

function printRules(): void {
  const counts = ruleFirings(docs);
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`${id.padEnd(width)}  ${String(n).padStart(5)}${n === 0 ? '  <- never fires on the corpus' : ''}`);
  }
}

/** `--unfair [--split train|dev] [--errors [label]] [--json]`: the tier-2 categories on UNFAIR-ToS (eval/unfair.ts). */
function runUnfair(): void {
  if (!unfairAvailable()) {
    process.stderr.write(`eval: no UNFAIR-ToS corpus at ${UNFAIR_DIR} (it lives in ../shared, next to the project)\n`);
    process.exit(2);
  }
  const at = args.indexOf('--split');
  const splits: Split[] = at >= 0 ? [args[at + 1] as Split] : ['train', 'dev'];
  for (const split of splits) {
    const results = predictUnfair(loadSplit(split));
    const scores = scoreUnfair(split, results);
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(scores)}\n`);
    else if (args.includes('--errors')) console.log(unfairErrors(results, args.find((a) => !a.startsWith('--') && a !== split)).join('\n'));
    else console.log(`${formatUnfair(scores)}\n`);
  }
}
