// Sentences -> findings. First slice: ai-training with negation; the rules issue deepens this.
import type { AnalyzeOptions, Finding, Report } from './types';
import { segment } from './segment';
import { parse } from './nlp';
import { summarize } from './score';
import { compileKeywords } from './keywords';

const AI_WORDS = /\b(artificial intelligence|machine[- ]learning|machine intelligence|AI|generative|language models?|models?|algorithms?)\b/i;
const TRAIN_WORDS = /\b(train|training|trained|fine-tune|inform|develop|improve|serve as input)\b/i;

export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<number, Report, void> {
  const findings: Finding[] = [];
  const segments = segment(text);
  const keywords = compileKeywords(options.keywords ?? []);
  for (let i = 0; i < segments.length; i++) {
    const { start, end } = segments[i]!;
    const sentence = text.slice(start, end);
    if (AI_WORDS.test(sentence) && TRAIN_WORDS.test(sentence) && !parse(sentence).negated) {
      findings.push({
        category: 'ai-training',
        start,
        end,
        text: sentence,
        severity: 'high',
        attrs: [],
        explanation: 'The platform may use what you upload to train artificial intelligence.',
        rule: 'ai-training.use-content-to-train',
      });
    }
    for (const keyword of keywords.match(sentence)) {
      findings.push({
        category: keyword.category,
        start,
        end,
        text: sentence,
        severity: keyword.severity,
        attrs: [],
        explanation: keyword.note || `Contains your keyword "${keyword.phrase}".`,
        rule: `keyword:${keyword.id}`,
      });
    }
    if (i % 20 === 19) yield (i + 1) / segments.length;
  }
  const wanted = options.categories;
  const kept = wanted ? findings.filter((f) => wanted.includes(f.category)) : findings;
  return { words: countWords(text), findings: kept, summary: summarize(kept) };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const steps = analyzeSteps(text, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
