// The readable summary the CLI prints without --json.
import type { Report } from '../core/types';
import { languageName } from '../core/index';

export function formatReport(source: string, report: Report): string {
  const { summary, findings } = report;
  const verdict = summary.read === false ? `not read (${languageName(report.language)})` : `grade ${summary.grade}`;
  const lines = [`${source}: ${verdict}, ${findings.length} clause${findings.length === 1 ? '' : 's'} in ${report.words} words`, `  ${summary.headline}`];
  for (const point of summary.points) lines.push(`  - ${point}`);
  for (const f of findings) {
    const quote = f.text.length > 110 ? `${f.text.slice(0, 107)}…` : f.text;
    lines.push(`  [${f.category}, ${f.severity}] ${f.explanation}`, `      "${quote.replace(/\s+/g, ' ')}"`);
  }
  return lines.join('\n');
}
