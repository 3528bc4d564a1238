// `npm run eval [-- --json | --errors [label] | --rules | --attrs | --by-service] [--set original|new|all]`:
// scores the analyser on ../shared/corpus/ai-clauses exactly as the corpus README defines (see
// eval/corpus.ts) and prints a per-category table. `--set` keeps the services the rules were first written on
// apart from those they never saw (eval/sets.ts).
import { CORPUS_DIR, TIER1_LABELS, corpusAvailable, loadCorpus, matches, score, type Scores } from './eval/corpus';
import { predict, ruleFirings } from './eval/run';
import { attrScores } from './eval/attrs';
import { inSet, serviceOf, type CorpusSet } from './eval/sets';
import { readDocument } from '../core/document';
import { UNFAIR_DIR, formatUnfair, loadSplit, predictUnfair, scoreUnfair, unfairAvailable, unfairErrors, type Split } from './eval/unfair';

const args = process.argv.slice(2);
// `npm run eval -- --errors | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
if (args.includes('--unfair')) {
  runUnfair();
  process.exit(0);
}
if (!corpusAvailable()) {
  process.stderr.write(`eval: no corpus at ${CORPUS_DIR} (it lives in ../shared, next to the project)\n`);
  process.exit(2);
}
const setArg = args.indexOf('--set');
const set = (setArg >= 0 ? args[setArg + 1] : 'all') as CorpusSet;
if (!['original', 'new', 'all'].includes(set)) {
  process.stderr.write(`eval: --set takes original, new or all, not ${String(set)}\n`);
  process.exit(2);
}
const docs = loadCorpus().filter((d) => inSet(d, set));
const runs = predict(docs);
const scores = score(runs);

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(scores)}\n`);
} else if (args.includes('--attrs')) {
  for (const a of attrScores(docs)) console.log(`${a.attr.padEnd(18)} correct ${String(a.correct).padStart(4)}  extra ${String(a.extra).padStart(3)}  missing ${String(a.missing).padStart(3)}`);
} else if (args.includes('--rules')) {
  printRules();
} else if (args.includes('--by-service')) {
  printByService();
} else if (args.includes('--errors')) {
  printErrors(args.find((a) => (TIER1_LABELS as readonly string[]).includes(a)));
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

/** Every error with the rule behind it and the context it was read in (section heading, lead-in, label). */
function printErrors(only?: string): void {
  const clip = (t: string, n = 220) => (t.length > n ? `${t.slice(0, n - 3)}...` : t).replace(/\s+/g, ' ');
  for (const label of only ? [only] : TIER1_LABELS) {
    console.log(`\n=== ${label}`);
    for (const { doc, predicted } of runs) {
      const gold = doc.gold.filter((g) => g.labels.includes(label));
      const mine = predicted.filter((p) => p.label === label);
      const units = readDocument(doc.text);
      const where = (at: number) => {
        const c = units.find((u) => u.start <= at && at < u.end)?.context;
        if (!c) return '';
        const parts = [c.heading && `section "${clip(c.heading, 50)}"`, c.leadIn && `lead-in "${clip(c.leadIn, 60)}"`, c.label && `label "${clip(c.label, 40)}"`].filter(Boolean);
        return parts.length > 0 ? ` {${parts.join('; ')}}` : '';
      };
      for (const p of mine) if (!gold.some((g) => matches(p, g))) console.log(`FP ${doc.name} @${p.start} [${p.rule}]${where(p.start)}: ${clip(doc.text.slice(p.start, p.end))}`);
      for (const g of gold) if (!mine.some((p) => matches(p, g))) console.log(`MISS ${doc.name} @${g.start}${where(g.start)}: ${clip(g.text)}`);
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

function printByService(): void {
  const services = [...new Set(runs.map((r) => serviceOf(r.doc)))];
  const rows = services.map((service) => {
    const s = score(runs.filter((r) => serviceOf(r.doc) === service));
    const withGold = s.labels.filter((l) => l.gold > 0 || l.predicted > 0);
    return { service, docs: runs.filter((r) => serviceOf(r.doc) === service).length, micro: s.micro, labels: withGold };
  });
  rows.sort((a, b) => a.micro.f1 - b.micro.f1);
  console.log(`${'service'.padEnd(18)} docs  micro-P  micro-R  micro-F1  per label F1 (gold)`);
  for (const r of rows) {
    const labels = r.labels.map((l) => `${l.label} ${l.f1.toFixed(2)} (${l.gold})`).join(', ');
    console.log(`${r.service.padEnd(18)} ${String(r.docs).padStart(4)}  ${r.micro.precision.toFixed(3).padStart(7)}  ${r.micro.recall.toFixed(3).padStart(7)}  ${r.micro.f1.toFixed(3).padStart(8)}  ${labels}`);
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
