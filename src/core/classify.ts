// Sentences -> findings. Segment cheaply, pre-filter each sentence with per-category triggers, and only
// then run the rules, which tag the sentence with compromise (once) if they need negation or subjects.
import { CATEGORIES, type AnalyzeOptions, type BuiltInCategory, type Category, type Finding, type Report, type Severity } from './types';
import { isHeadingLine, readDocument, type SentenceContext, type Unit } from './document';
import { NO_TERMS, withPlainTerms } from './defined-terms';
import { parse, type Parse } from './nlp';
import { summarize, unreadSummary } from './score';
import { detectLanguage, isEnglish } from './language';
import { compileKeywords } from './keywords';
import { BROAD_LICENCE, NOT_CARRIED, RULES_BY_CATEGORY, TRIGGERS, changeAttrs, licenceAttrs, type Rule, type SentenceView } from './rules/index';

export interface SentenceMatch {
  category: BuiltInCategory;
  /** Every rule of the category that fired, in rule order; the first one names the finding. */
  rules: Rule[];
  attrs: string[];
  severity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { protective: 0, low: 1, medium: 2, high: 3 };

const NO_CONTEXT: SentenceContext = { heading: '', parentHeading: '', leadIn: '', label: '', terms: NO_TERMS };

/** A view whose compromise parse is computed on first use and remembered. */
export function sentenceView(text: string, context: SentenceContext = NO_CONTEXT): SentenceView & { parsed: boolean } {
  let cached: Parse | undefined;
  return {
    text,
    context,
    get parse() {
      cached ??= parse(text);
      return cached;
    },
    get parsed() {
      return cached !== undefined;
    },
  };
}

/** A section's heading and label are the same for many sentences: each is tested once per category. */
const sectionAnswers = new Map<string, Partial<Record<BuiltInCategory, boolean>>>();
function answersFor(section: string): Partial<Record<BuiltInCategory, boolean>> {
  let answers = sectionAnswers.get(section);
  if (!answers) {
    if (sectionAnswers.size > 2000) sectionAnswers.clear();
    sectionAnswers.set(section, (answers = {}));
  }
  return answers;
}

function sectionTriggers(category: BuiltInCategory, answers: Partial<Record<BuiltInCategory, boolean>>, section: string): boolean {
  return (answers[category] ??= TRIGGERS[category].test(section));
}

/** Runs the rules of the given categories on one sentence. */
export function matchSentence(view: SentenceView, categories: readonly BuiltInCategory[] = CATEGORIES): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  if (isHeadingLine(view.text)) return out;
  const { heading, label } = view.context;
  const section = heading || label ? `${heading} ${label}` : '';
  let answers: Partial<Record<BuiltInCategory, boolean>> | undefined;
  // The two AI categories share one trigger: test it once.
  let lastTrigger: RegExp | undefined;
  let lastAnswer = false;
  for (const category of categories) {
    const trigger = TRIGGERS[category];
    if (trigger !== lastTrigger) [lastTrigger, lastAnswer] = [trigger, trigger.test(view.text)];
    // A sentence is read in its section: "opt out of this use" under "Model training" reaches the AI rules.
    if (!lastAnswer && (section === '' || !sectionTriggers(category, (answers ??= answersFor(section)), section))) continue;
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

/**
 * How a unit is read: the document's content terms in plain words, and a list item completed by its
 * lead-in ("We use the information you give us to:" + "train our models" is one statement).
 */
/** Words that point back at the clause before: "these choices", "this setting", "opt out of this". */
const CARRIES_ON = /\b(?:these|this|such|those) (?:choices?|settings?|opt-?outs?|uses?|training|preferences?|reservations?)\b|\bopt(?:ed|ing)? out of (?:this|it)\b|\b[Tt]his does not apply\b/;

const AI_CATEGORIES = new Set<BuiltInCategory>(['ai-training', 'ai-restriction']);
const COMPLETED_BY_LEAD_IN = new Set<BuiltInCategory>(['ai-training', 'ai-restriction', 'content-license', 'third-party-sharing']);

/** A lead-in whose items are the exceptions to what it denies: "..., except in these cases". */
const EXCEPT_LEAD_IN = /,?\s*\b(?:except|unless|other than|save)\b[^,.;]{0,50}$/i;

export function readingOf(sentence: string, context: SentenceContext): string {
  const plain = withPlainTerms(sentence, context.terms);
  if (!context.leadIn) return plain;
  let leadIn = withPlainTerms(context.leadIn, context.terms).replace(/\s*:\s*$/, '');
  // "We will not train on your content, except in two cases:" - each item is a case where it does.
  if (EXCEPT_LEAD_IN.test(leadIn)) leadIn = leadIn.replace(EXCEPT_LEAD_IN, '').replace(/\b(?:not|never)\s+/gi, '').replace(/n['’]t\b/gi, '');
  return `${leadIn} ${plain.replace(/^\s*(?:[-*•]|\(?[a-z0-9]{1,3}[.)])\s+/i, '')}`;
}

export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<number, Report, void> {
  // The rules read English only: a text in another language is reported as not read, never graded on nothing.
  const language = detectLanguage(text, options.languageHint);
  if (!isEnglish(language)) return { words: countWords(text), language, findings: [], summary: unreadSummary(language) };
  const wanted = options.categories;
  const categories = CATEGORIES.filter((c) => !wanted || wanted.includes(c));
  const keywords = compileKeywords(options.keywords ?? []);
  const units = readDocument(text, options.blocks);
  yield 0.05;
  const findings: Finding[] = [];
  // The labels of the lead-ins in force, by the lead-in text their items carry (an inner list's is the outer
  // lead-in and the item that opened it: see document.ts).
  const leadIns = new Map<string, SentenceMatch[]>();
  let lastAi: { end: number; matches: SentenceMatch[] } | undefined;
  let sinceYield = 0;
  for (let i = 0; i < units.length; i++) {
    const unit: Unit = units[i]!;
    const { start, end, context } = unit;
    const sentence = text.slice(start, end);
    if (unit.heading) continue;
    const view = sentenceView(withPlainTerms(sentence, context.terms), context);
    let matches = matchSentence(view, categories);
    // Lead-ins complete what AI and licence rules need ("We use the information you give us to:" + "train
    // our models"); sharing and change lead-ins pass their labels to their items below instead.
    const reading = context.leadIn ? sentenceView(readingOf(sentence, context), context) : view;
    if (context.leadIn) {
      const byLeadIn = matchSentence(reading, categories.filter((c) => COMPLETED_BY_LEAD_IN.has(c)));
      // The lead-in decides what an item says about AI: under "You may not:" training is forbidden, not allowed.
      matches = matches.filter((m) => !AI_CATEGORIES.has(m.category) || byLeadIn.some((x) => x.category === m.category));
      for (const m of byLeadIn) if (!matches.some((x) => x.category === m.category) && !NOT_CARRIED[m.category]?.(view, reading)) matches.push(m);
      if (reading.parsed) sinceYield += 100;
    }
    // A list item that completes a labelled lead-in ("... in these cases:") carries the lead-in's labels.
    const carried = context.leadIn ? leadIns.get(context.leadIn) : undefined;
    if (carried) {
      for (const m of carried) {
        if (matches.some((x) => x.category === m.category) || NOT_CARRIED[m.category]?.(view, reading)) continue;
        matches.push({ ...m, attrs: [], rules: m.rules });
      }
      matches = matches.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
    } else if (!context.leadIn) {
      leadIns.clear();
    }
    // A sentence that only carries on the AI clause before it ("Users who ignore these choices ...", "You can
    // opt out of this in Settings") carries that clause's AI labels.
    const previous = lastAi && lastAi.end <= start && !text.slice(lastAi.end, start).includes('\n\n') ? lastAi : undefined;
    if (previous && CARRIES_ON.test(sentence)) {
      for (const m of previous.matches) if (!matches.some((x) => x.category === m.category)) matches.push({ ...m, attrs: [...m.attrs] });
    }
    const ai = matches.filter((m) => m.category === 'ai-training' || m.category === 'ai-restriction');
    lastAi = ai.length > 0 ? { end, matches: ai } : previous && CARRIES_ON.test(sentence) ? { end, matches: previous.matches } : undefined;
    // Items after "..., except in these cases:" are the exceptions, so they do not carry the lead-in's labels.
    if (sentence.endsWith(':') && matches.length > 0 && !EXCEPT_LEAD_IN.test(sentence.replace(/\s*:\s*$/, ''))) leadIns.set(context.leadIn ? `${context.leadIn} ${sentence}` : sentence, matches);
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
      yield 0.05 + (0.95 * (i + 1)) / units.length;
    }
  }
  const kept = wanted ? findings.filter((f) => wanted.includes(f.category as Category)) : findings;
  return { words: countWords(text), language, findings: kept, summary: summarize(kept) };
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
  // A loop, not text.match(/\S+/g): a 100,000-word page would otherwise build a 100,000-string array to count it.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII first: almost every character of a page, settled by one range test.
    const space = (c <= 32 || c >= 127) && (c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
