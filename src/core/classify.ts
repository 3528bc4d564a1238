// Sentences -> findings. Segment cheaply, pre-filter each sentence with per-category triggers, and only
// then run the rules, which tag the sentence with compromise (once) if they need negation or subjects.
import { CATEGORIES, type AnalyzeOptions, type BuiltInCategory, type Category, type Finding, type Report, type Severity } from './types';
import { segment } from './segment';
import { parse, type Parse } from './nlp';
import { summarize, unreadSummary } from './score';
import { detectLanguage, isEnglish } from './language';
import { compileKeywords } from './keywords';
import { BROAD_LICENCE, RULES_BY_CATEGORY, TRIGGERS, changeAttrs, licenceAttrs, type Rule, type SentenceView } from './rules/index';

export interface SentenceMatch {
  category: BuiltInCategory;
  /** Every rule of the category that fired, in rule order; the first one names the finding. */
  rules: Rule[];
  attrs: string[];
  severity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { protective: 0, low: 1, medium: 2, high: 3 };

/** A view whose compromise parse is computed on first use and remembered. */
export function sentenceView(text: string): SentenceView & { parsed: boolean } {
  let cached: Parse | undefined;
  return {
    text,
    get parse() {
      cached ??= parse(text);
      return cached;
    },
    get parsed() {
      return cached !== undefined;
    },
  };
}

/** Runs the rules of the given categories on one sentence. */
export function matchSentence(view: SentenceView, categories: readonly BuiltInCategory[] = CATEGORIES): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  if (isHeading(view.text) || TABLE_OF_CONTENTS.test(view.text)) return out;
  for (const category of categories) {
    if (!TRIGGERS[category].test(view.text)) continue;
    const rules = RULES_BY_CATEGORY[category].filter((rule) => rule.match(view));
    if (rules.length === 0) continue;
    const attrs = new Set<string>(categoryAttrs(category, view.text));
    for (const rule of rules) for (const a of rule.attrs?.(view) ?? []) attrs.add(a);
    let severity = rules.reduce<Severity>((worst, r) => (SEVERITY_RANK[r.severity] > SEVERITY_RANK[worst] ? r.severity : worst), rules[0]!.severity);
    if (category === 'content-license' && [...attrs].some((a) => BROAD_LICENCE.has(a))) severity = 'high';
    out.push({ category, rules, attrs: [...attrs], severity });
  }
  return out;
}

function categoryAttrs(category: BuiltInCategory, text: string): string[] {
  if (category === 'content-license') return licenceAttrs(text);
  if (category === 'unilateral-change') return changeAttrs(text);
  return [];
}

/** A table-of-contents line that only announces a section ("Changes This section explains that ..."). */
const TABLE_OF_CONTENTS = /\b[Tt]his (?:section|part|policy) (?:explains|sets out|describes|deals with|includes|refers|makes it clear|provides|tells you)\b/;

/** Headings and table-of-contents lines are never labelled: short, and no verb-like word in them. */
function isHeading(text: string): boolean {
  if (/^[=#\-*_\s]+$/.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (words <= 4 && !/[.:;]$/.test(text)) return true;
  // "15.3 Change Notifications." and the like: a number, a few capitalised words.
  return words <= 7 && /^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+(?:[A-Z][\w’'-]*|and|of|to|the|for|in|&|,)(?:\s+(?:[A-Z][\w’'-]*|and|of|to|the|for|in|&)[,]?)*\.?$/.test(text);
}

export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<number, Report, void> {
  // The rules read English only: a text in another language is reported as not read, never graded on nothing.
  const language = detectLanguage(text, options.languageHint);
  if (!isEnglish(language)) return { words: countWords(text), language, findings: [], summary: unreadSummary(language) };
  const wanted = options.categories;
  const categories = CATEGORIES.filter((c) => !wanted || wanted.includes(c));
  const keywords = compileKeywords(options.keywords ?? []);
  const segments = segment(text);
  yield 0.05;
  const findings: Finding[] = [];
  let leadIn: { matches: SentenceMatch[]; end: number; items: number } | undefined;
  let sinceYield = 0;
  for (let i = 0; i < segments.length; i++) {
    const { start, end } = segments[i]!;
    const sentence = text.slice(start, end);
    const view = sentenceView(sentence);
    let matches = matchSentence(view, categories);
    // A list item that completes a labelled lead-in ("... in these cases:") carries the lead-in's labels.
    if (leadIn && continuesList(text, leadIn.end, start, end) && leadIn.items < 15) {
      leadIn.items++;
      for (const m of leadIn.matches) if (!matches.some((x) => x.category === m.category)) matches.push({ ...m, attrs: [], rules: m.rules });
      matches = matches.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
      leadIn.end = end;
    } else {
      leadIn = undefined;
    }
    if (sentence.endsWith(':') && matches.length > 0) leadIn = { matches, end, items: 0 };
    for (const m of matches) findings.push(toFinding(m, start, end, sentence));
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
    // compromise tags ~12,000 words/s: yield after every tagged sentence, and every 100 cheap ones (~3 ms).
    sinceYield += view.parsed ? 100 : 1;
    if (sinceYield >= 100) {
      sinceYield = 0;
      yield 0.05 + (0.95 * (i + 1)) / segments.length;
    }
  }
  const kept = wanted ? findings.filter((f) => wanted.includes(f.category as Category)) : findings;
  return { words: countWords(text), language, findings: kept, summary: summarize(kept) };
}

/**
 * The next segment is an item of the list the lead-in opened: on the very next line, or after a blank line
 * (pages turned into text often put one between list items) when it looks like an item: a marker, a
 * lower-case start, or a line that does not end a sentence.
 */
function continuesList(text: string, previousEnd: number, start: number, end: number): boolean {
  const lines = text.slice(previousEnd, start).match(/\n/g)?.length ?? 0;
  if (lines === 1) return true;
  if (lines !== 2) return false;
  const item = text.slice(start, end);
  return /^(?:[-*•]|\(?[a-z0-9]{1,3}[.)])\s|^[a-z]/.test(item) || !/[.!?]["')\]]*$/.test(item);
}

function toFinding(m: SentenceMatch, start: number, end: number, text: string): Finding {
  const rule = m.rules[0]!;
  return { category: m.category, start, end, text, severity: m.severity, attrs: m.attrs, explanation: rule.explain, rule: rule.id };
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
