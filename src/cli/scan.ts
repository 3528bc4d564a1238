// `npm run scan -- [--json] FILE...` (contract 1). One JSON object per input and line with --json.
import { analyze } from '../core/index';
import { readInput } from './read-input';
import { formatReport } from './format';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const sources = argv.filter((a) => a !== '--json');
  if (sources.length === 0) {
    process.stderr.write('Usage: npm run scan -- [--json] <file.txt|file.md|file.html|->...\n');
    return 2;
  }
  let failed = false;
  for (const source of sources) {
    let text: string;
    try {
      text = await readInput(source);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stderr.write(`fine-print: cannot read ${source}: ${reason}\n`);
      failed = true;
      continue;
    }
    const report = analyze(text);
    if (json) {
      const { grade, headline, points } = report.summary;
      process.stdout.write(`${JSON.stringify({ source, words: report.words, findings: report.findings, summary: { grade, headline, points } })}\n`);
    } else {
      process.stdout.write(`${formatReport(source, report)}\n\n`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
