// ai-training: the provider (or its partners) may use what users upload or say to build AI.
import type { Rule, SentenceView } from './types';
import { readTraining } from './ai';
import { THIRD_PARTY } from './words';

/** A positive, not-denied, not-forbidden statement that content feeds AI, which the user did not invoke. */
function trainsOnContent(s: SentenceView): boolean {
  const r = readTraining(s);
  if (r === null || r.negated || r.prohibited || r.userInvokes) return false;
  // Made to depend on consent ("without your consent", "unless you opt in") it is a restriction, unless
  // the sentence says it plainly happens once the user agrees.
  return !r.consent || r.optOut || OPTED_IN.test(s.text);
}

const OPTED_IN = /\bif you (?:opt[- ]?in|consent|agree)\b|\bwith your (?:\w+ )?consent\b/i;

export function trainingAttrs(s: SentenceView): string[] {
  const r = readTraining(s);
  const attrs: string[] = [];
  if (r?.optOut) attrs.push('opt-out');
  if (OPTED_IN.test(s.text)) attrs.push('opt-in');
  if (/\b(generative|GenAI|GAI|large language models?|LLMs?)\b/i.test(s.text)) attrs.push('generative');
  if (THIRD_PARTY.test(s.text) && /\b(their|third[- ]party|partners['’]?|other companies['’]?)\s+(?:own\s+)?(?:\w+\s+){0,3}?(AI|artificial intelligence|models?|machine learning)\b|\bso (?:that )?(?:they|partners|third parties) (?:can|may|could) (?:build|train|develop|improve)\b/i.test(s.text)) attrs.push('third-party');
  if (/\bpublic(?:ly)?[- ]available\b|\bpublic (?:content|posts|data|information)\b/i.test(s.text)) attrs.push('public-data');
  return attrs;
}

export const aiTrainingRules: Rule[] = [
  {
    id: 'ai-training.content-used-to-train',
    category: 'ai-training',
    severity: 'high',
    explain: 'What you upload or write can be used to train or feed artificial intelligence systems.',
    example: 'By posting, you agree that your tracks may be used to train, develop or serve as input to artificial intelligence services.',
    counterExample: 'By posting, you agree that your tracks will never be used to train, develop or serve as input to artificial intelligence services.',
    match: (s) => trainsOnContent(s) && readTraining(s)!.direct,
    attrs: trainingAttrs,
  },
  {
    id: 'ai-training.data-for-ai-development',
    category: 'ai-training',
    severity: 'high',
    explain: 'Your data can be used to develop or improve AI and machine-learning technology, not just to run the service.',
    example: 'We may process the data you give us for analytics, marketing and machine learning purposes.',
    counterExample: 'We use machine learning to detect spam in the messages people report to us.',
    match: (s) => trainsOnContent(s) && !readTraining(s)!.direct,
    attrs: trainingAttrs,
  },
  {
    id: 'ai-training.public-data',
    category: 'ai-training',
    severity: 'high',
    explain: 'Publicly visible posts and other public information can be used to train AI models.',
    example: 'Information that is publicly available may also be used to help train our machine learning models.',
    counterExample: 'Information that is publicly available is never used to train our machine learning models.',
    match: (s) => trainsOnContent(s) && /\bpublic(?:ly)?[- ]available|\bpublic (?:content|posts|data|information)\b/i.test(s.text),
    attrs: trainingAttrs,
  },
];
