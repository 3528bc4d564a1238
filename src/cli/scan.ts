// `npm run scan -- [--json] FILE|URL|-...` (contract 1). One JSON object per input and line with --json,
// nothing else on stdout; a source that cannot be read is reported on stderr and the others still run.
import { analyze, isEnglish, languageName } from '../core/index';
import { readInput, type ReadText } from './read-input';
import { formatReport } from './format';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const sources = argv.filter((a) => a !== '--json');
  if (sources.length === 0) {
    process.stderr.write('Usage: npm run scan -- [--json] <file.txt|file.md|file.html|https://...|->...\n');
    return 2;
  }
  let failed = false;
  for (const source of sources) {
    let input: ReadText;
    try {
      input = await readInput(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      process.stderr.write(`fine-print: cannot read ${source}: ${reason}\n`);
      failed = true;
      continue;
    }
    // .md and .html bring their structure (headings, list items, table cells) for the core to read the text by.
    const report = analyze(input.text, input.blocks ? { blocks: input.blocks } : {});
    if (!isEnglish(report.language)) {
      process.stderr.write(`fine-print: ${source} is in ${languageName(report.language)} (${report.language}): Fine Print reads English terms only, so it was not read and has no grade.\n`);
    }
    if (json) {
      // Contract 1 keeps `summary` to these three keys: a `language` other than `en` is what marks a text as not
      // read (its grade is then only what no findings score, not a verdict on the terms).
      const { grade, headline, points } = report.summary;
      process.stdout.write(`${JSON.stringify({ source, words: report.words, language: report.language, findings: report.findings, summary: { grade, headline, points } })}\n`);
    } else {
      process.stdout.write(`${formatReport(source, report)}\n\n`);
    }
  }
  return failed ? 1 : 0;
}

// exitCode, not exit(): a piped stdout must drain before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
