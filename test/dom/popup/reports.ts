// Report objects built by hand, so the popup is tested against the types, whatever the classifier finds today.
import type { Finding, Report } from '../../../src/core/types';
import type { TabReport } from '../../../src/shared/report';

export const TRAINING: Finding = {
  category: 'ai-training',
  start: 100,
  end: 220,
  text: 'You agree that Your Content may be used to train, develop and improve artificial intelligence and machine learning models as part of providing the Services.',
  severity: 'high',
  attrs: ['generative'],
  explanation: 'The platform may use what you upload to train artificial intelligence.',
  rule: 'ai-training.use-content-to-train',
};

export const LICENCE: Finding = {
  category: 'content-license',
  start: 10,
  end: 90,
  text: 'You grant us a worldwide, perpetual, irrevocable, sublicensable licence to your content.',
  severity: 'medium',
  attrs: ['worldwide', 'perpetual'],
  explanation: 'You give the platform a broad licence to what you upload.',
  rule: 'content-license.grant',
};

export const VOICE: Finding = {
  category: 'user:voice',
  start: 300,
  end: 340,
  text: 'We may create a voice clone from your recordings.',
  severity: 'high',
  attrs: [],
  explanation: 'Synthetic voices from your recordings.',
  rule: 'keyword:k1',
};

export function report(findings: Finding[], extra: Partial<Report['summary']> = {}): Report {
  const counts: Report['summary']['counts'] = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return {
    words: 1200,
    language: 'en',
    findings,
    summary: {
      grade: findings.length ? 'D' : 'A',
      headline: findings.length ? 'These terms let the platform use your content to train AI.' : 'No AI-training or licensing clauses found.',
      points: findings.length ? ['Your uploads can train AI.', 'The licence is worldwide.'] : [],
      licence: { attrs: [], grantees: [] },
      counts,
      dangerousCombination: false,
      ...extra,
    },
  };
}

export function tabReport(extra: Partial<TabReport> = {}): TabReport {
  return {
    tabId: 7,
    url: 'https://tunewave.example/terms',
    title: 'Terms of Service – Tunewave',
    status: 'done',
    updatedAt: Date.parse('2026-01-15T10:00:00Z'),
    ...extra,
  };
}
