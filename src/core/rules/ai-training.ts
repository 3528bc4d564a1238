// ai-training: the provider (or its partners) may use what users upload or say to build AI.
import type { Rule, SentenceView } from './types';
import { readTraining } from './ai';
import { pattern } from './concepts';
import { THIRD_PARTY } from './words';

/** A positive, not-denied, not-forbidden statement that content feeds AI, which the user did not invoke. */
function trainsOnContent(s: SentenceView): boolean {
  const r = readTraining(s);
  if (r === null || (r.negated && !r.affirmedLater) || r.prohibited || r.userInvokes) return false;
  // Made to depend on consent ("without your consent", "unless you opt in") it is a restriction, unless
  // the sentence says it plainly happens once the user agrees.
  return !r.consent || r.optOut || OPTED_IN.test(s.text);
}

// It happens once the user agrees: "if you opt in", "with your express consent".
const OPTED_IN = pattern('if you (opt in|optin|consent|agree)', 'with your .? consent');
// Generative AI by name.
const GENERATIVE = pattern('(generative|genai|gai|llm|llms)', 'large language (model|models)');
// Someone else's AI: "their own models", "partners' machine learning", "so that partners can train".
const THEIR_AI = pattern(
  '(their|partners|third party|other companies) own? .{0,3} (ai|model|models|artificial intelligence|machine learning)',
  'so that? (they|partners|third parties) (can|may|could) (build|train|develop|improve)',
);
// What anyone can see: "publicly available", "public posts".
const PUBLIC = pattern('(public|publicly) available', 'public (content|posts|data|information)');

export function trainingAttrs(s: SentenceView): string[] {
  const r = readTraining(s);
  const attrs: string[] = [];
  if (r?.optOut) attrs.push('opt-out');
  if (OPTED_IN.test(s.text)) attrs.push('opt-in');
  if (GENERATIVE.test(s.text)) attrs.push('generative');
  if (THIRD_PARTY.test(s.text) && THEIR_AI.test(s.text)) attrs.push('third-party');
  if (PUBLIC.test(s.text)) attrs.push('public-data');
  return attrs;
}

export const aiTrainingRules: Rule[] = [
  // The platform may train (or fine-tune, or feed) AI on what you upload, and says so plainly.
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
  // Your data may go into developing or improving AI, without a training verb.
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
  // What you made public may be used to train AI.
  {
    id: 'ai-training.public-data',
    category: 'ai-training',
    severity: 'high',
    explain: 'Publicly visible posts and other public information can be used to train AI models.',
    example: 'Information that is publicly available may also be used to help train our machine learning models.',
    counterExample: 'Information that is publicly available is never used to train our machine learning models.',
    match: (s) => trainsOnContent(s) && PUBLIC.test(s.text),
    attrs: trainingAttrs,
  },
];
