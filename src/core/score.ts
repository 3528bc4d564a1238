// Findings -> grade, headline, key points, licence card. A first version; the classifier issue deepens it.
import type { Finding, Grade, Summary } from './types';

export function summarize(findings: readonly Finding[]): Summary {
  const counts: Summary['counts'] = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const training = counts['ai-training'] ?? 0;
  const grade: Grade = training > 0 ? 'D' : findings.length > 0 ? 'B' : 'A';
  const headline =
    training > 0
      ? 'These terms let the platform use your content to train AI.'
      : 'No AI-training or licensing clauses found.';
  return {
    grade,
    headline,
    points: training > 0 ? [`${training} clause(s) allow AI training on your content.`] : [],
    licence: { attrs: [], grantees: [] },
    counts,
    dangerousCombination: false,
  };
}
