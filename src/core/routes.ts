// "How to opt out": for each AI-training clause and each protection the user must act on, the way out the
// terms themselves give. Read near the clause (its paragraph and the next few sentences): settings paths
// ("Settings > Privacy > Model training"), e-mail addresses and web addresses written out, and opt-out
// sentences; then the nearest section of the document that explains how ("Your choices", "Opting out").
// Links from the page's DOM are added by the content script (src/content/route-links.ts) with the same words.
import type { Block } from './blocks';
import type { Finding, OptOutRoute, RouteKind } from './types';
import { segment, type Segment } from './segment';
import { isOptOutSentence, isRouteAddress, isRouteLink, routeTargets } from './route-words';

/** Sentences after the clause that still count as "next to it". */
const NEXT_SENTENCES = 3;
/** A paragraph longer than this is a wall of text: only this much around the clause is read. */
const PARAGRAPH_REACH = 1500;
/** A section's text read to decide whether it explains a way out. */
const SECTION_REACH = 4000;

export const ROUTE_KIND_ORDER: readonly RouteKind[] = ['link', 'settings', 'email', 'section', 'sentence'];

interface Heading {
  start: number;
  end: number;
  text: string;
}

export function findRoutes(text: string, findings: readonly Finding[], blocks?: readonly Block[]): OptOutRoute[] {
  const targets = routeTargets(findings);
  if (!targets.length) return [];
  const segments = segment(text);
  const headings = findHeadings(text, blocks);
  const sections = sectionHeadings(headings);
  const routes = new Map<string, OptOutRoute>();
  const add = (route: Omit<OptOutRoute, 'findings'>, finding: number) => {
    const key = `${route.kind}:${route.kind === 'sentence' ? route.start : route.text.toLowerCase()}`;
    const known = routes.get(key);
    if (known) {
      if (!known.findings.includes(finding)) known.findings.push(finding);
    } else routes.set(key, { ...route, findings: [finding] });
  };
  for (const index of targets) {
    const finding = findings[index]!;
    for (const seg of windowOf(text, segments, headings, finding, blocks)) {
      const sentence = text.slice(seg.start, seg.end);
      const optOut = isOptOutSentence(sentence);
      for (const route of readSentence(sentence, seg.start, optOut)) add(route, index);
      if (optOut) add({ kind: 'sentence', text: sentence, start: seg.start, end: seg.end }, index);
    }
    const section = nearestSection(text, sections, finding);
    if (section) add({ kind: 'section', text: section.text, start: section.start, end: section.end }, index);
  }
  return [...routes.values()].sort((a, b) => ROUTE_KIND_ORDER.indexOf(a.kind) - ROUTE_KIND_ORDER.indexOf(b.kind) || a.start - b.start);
}

/** Whether the terms allow AI training and name no way out of it (the popup says so plainly). */
export function noWayOut(findings: readonly Pick<Finding, 'category'>[], routes: readonly OptOutRoute[] = []): boolean {
  const training = findings.some((f) => f.category === 'ai-training');
  return training && !routes.some((r) => r.findings.some((i) => findings[i]?.category === 'ai-training'));
}

/** The routes that belong to one clause (the hover card shows them). */
export function routesFor(routes: readonly OptOutRoute[] | undefined, finding: number): OptOutRoute[] {
  return (routes ?? []).filter((r) => r.findings.includes(finding));
}

// --- near the clause ------------------------------------------------------------------------------------

/** The clause's paragraph (the block around it, or the text between blank lines) and the next few sentences,
 *  stopping at the next heading: a way out named in another section is that section's, not this clause's. */
function windowOf(text: string, segments: readonly Segment[], headings: readonly Heading[], finding: Finding, blocks?: readonly Block[]): Segment[] {
  const block = blocks?.find((b) => b.start <= finding.start && finding.end <= b.end);
  let from = block ? block.start : text.lastIndexOf('\n\n', finding.start) + 1;
  let to = block ? block.end : text.indexOf('\n\n', finding.end);
  if (to < 0) to = text.length;
  from = Math.max(from, finding.start - PARAGRAPH_REACH);
  to = Math.min(to, finding.end + PARAGRAPH_REACH);
  const out: Segment[] = [];
  let after = 0;
  for (let i = firstEndingAfter(segments, from); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= finding.end && headings.some((h) => h.start < seg.end && seg.start < h.end)) break;
    if (seg.start < to) {
      out.push(seg);
      continue;
    }
    if (after++ >= NEXT_SENTENCES) break;
    out.push(seg);
  }
  return out;
}

/** Index of the first segment that ends after `offset` (segments are in text order). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const WEB = /\bhttps?:\/\/[^\s<>"'”’)]+/g;
/** "Settings > Privacy > Model training": two or more labels joined by an arrow. */
const CHAIN = /["“]?[A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,5}["”]?(?:[ \t]*(?:>|›|→|»|->|=>)[ \t]*["“]?[A-Z0-9][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,5}["”]?)+/g;
/** "under Settings, Data controls" / "in Settings: AI training" / "in Settings, under Privacy". */
const UNDER = /\b(?:under|in|via|from|through|open|visit|go\s+to)\s+(?:your\s+|the\s+)?((?:[A-Z][\w]*\s+)?Settings)\s*[,:–—]\s*(?:(?:under|in|then|open|choose|select)\s+)?["“]?([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)["”]?(?=\s*(?:[.,;)]|$)|\s+(?:and|or|then|to|where|section|page|tab|menu|toggle|switch|option)\b)/g;
/** The "Allow training" toggle in your Settings. */
const NAMED = /["“]([^"”]{2,40})["”]\s+(?:toggle|setting|switch|option|checkbox|box|control)\s+(?:in|under|on)\s+(?:your\s+|the\s+)?((?:[A-Za-z]+\s+)?[Ss]ettings|[A-Z][\w]*(?:\s+[A-Z][\w]*)*)/g;
/** "in your privacy settings": a settings page named without a path. */
const PLAIN = /\b(?:in|under|via|from|through|open|visit)\s+(?:your\s+|the\s+)?((?:account|privacy|profile|data|ai|content|creator|studio)\s+settings)\b/gi;

const LEAD_STOP = /^(?:go|to|in|under|open|visit|via|from|your|the|at|on|click|select|choose|navigate|then)$/i;
const TAIL_STOP = /^(?:and|or|then|to|where|which|page|section|menu|tab|screen|toggle|switch|setting|button|option|if|when|so|by|from|in|on|at|of|you|we)$/i;

function* readSentence(sentence: string, offset: number, optOut: boolean): Generator<Omit<OptOutRoute, 'findings'>> {
  for (const m of sentence.matchAll(EMAIL)) {
    const address = m[0].replace(/[.]+$/, '');
    if (isRouteAddress(address, sentence)) yield { kind: 'email', text: address, href: `mailto:${address}`, ...at(offset, m.index!, address.length) };
  }
  for (const m of sentence.matchAll(WEB)) {
    const href = m[0].replace(/[.,;:]+$/, '');
    if (isRouteLink(href, href, sentence)) yield { kind: 'link', text: href, href, ...at(offset, m.index!, href.length) };
  }
  const settingsAt = (path: string[], index: number, length: number) => {
    const text = path.join(' > ');
    return optOut || /privacy|train|model|\bai\b|data|consent|opt|choices|controls|permissions/i.test(text) ? { kind: 'settings' as const, text, ...at(offset, index, length) } : null;
  };
  const found: Array<Omit<OptOutRoute, 'findings'>> = [];
  for (const m of sentence.matchAll(CHAIN)) {
    const path = cleanPath(m[0].split(/[ \t]*(?:>|›|→|»|->|=>)[ \t]*/));
    const route = path.length >= 2 && settingsAt(path, m.index!, m[0].length);
    if (route) found.push(route);
  }
  for (const m of sentence.matchAll(UNDER)) {
    const route = settingsAt(cleanPath([m[1]!, m[2]!]), m.index!, m[0].length);
    if (route) found.push(route);
  }
  for (const m of sentence.matchAll(NAMED)) {
    const route = settingsAt(cleanPath([capitalise(m[2]!), m[1]!]), m.index!, m[0].length);
    if (route) found.push(route);
  }
  if (!found.length) {
    for (const m of sentence.matchAll(PLAIN)) {
      const route = optOut ? settingsAt([capitalise(m[1]!)], m.index!, m[0].length) : null;
      if (route) found.push(route);
    }
  }
  // A path found twice (as a chain and as "under ...") is one route: keep the longest reading.
  for (const route of found) {
    if (!found.some((o) => o !== route && o.text.length > route.text.length && o.text.toLowerCase().includes(route.text.toLowerCase()))) yield route;
  }
}

function at(offset: number, index: number, length: number): { start: number; end: number } {
  return { start: offset + index, end: offset + index + length };
}

/** Trims words around a path: "Go to Settings" -> "Settings"; "Model training and switch it off" -> "Model training". */
function cleanPath(items: string[]): string[] {
  const words = items.map((item) => item.replace(/["“”]/g, '').trim().split(/\s+/));
  const first = words[0]!;
  let lead = 0;
  for (let i = 0; i < first.length - 1; i++) if (LEAD_STOP.test(first[i]!)) lead = i + 1;
  words[0] = first.slice(lead);
  const last = words[words.length - 1]!;
  const stop = last.findIndex((w, i) => i > 0 && TAIL_STOP.test(w));
  if (stop > 0) words[words.length - 1] = last.slice(0, stop);
  return words.map((w) => w.join(' ').replace(/[.,;:]+$/, '')).filter(Boolean);
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// --- the section that explains how -------------------------------------------------------------------------

const SECTION_TITLE = /\bopt(?:ing)?[\s-]?(?:out|in)\b|\bchoices?\b|\b(?:your|privacy|data|ai|training)\s+controls?\b|\bcontrol(?:ling)?\s+(?:over\s+|of\s+|how\s+)?(?:your|we)\b|\bobject(?:ing|ion)?\b|\bwithdraw|\bpreferences\b|\bdo not (?:sell|share|train)\b/i;
const AI_WORDS = /\b(?:AI|artificial intelligence|machine learning|models?|train(?:ing|s|ed)?|generative)\b/i;

/** Headings from the page's blocks when it gave them, otherwise short title-like lines. */
function findHeadings(text: string, blocks?: readonly Block[]): Heading[] {
  if (blocks?.some((b) => b.kind === 'heading')) {
    return blocks.filter((b) => b.kind === 'heading').map((b) => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end).trim() }));
  }
  const out: Heading[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const trimmed = line.trim();
    const words = trimmed.split(/\s+/).length;
    if (trimmed && words <= 10 && trimmed.length <= 90 && /^(?:[#*]+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?["“]?[A-Z]/.test(trimmed) && !/[.;,]$/.test(trimmed)) {
      const start = from + line.indexOf(trimmed);
      out.push({ start, end: start + trimmed.length, text: trimmed.replace(/^[#*]+\s*/, '') });
    }
    from = to + 1;
  }
  return out;
}

/** Headings whose title speaks of a way out, each with where its section ends (the next heading). */
interface SectionHeading extends Heading {
  bodyEnd: number;
}

function sectionHeadings(headings: readonly Heading[]): SectionHeading[] {
  const out: SectionHeading[] = [];
  headings.forEach((heading, i) => {
    if (!SECTION_TITLE.test(heading.text) || /\bexport\s+controls?\b/i.test(heading.text)) return;
    out.push({ ...heading, bodyEnd: Math.min(headings[i + 1]?.start ?? Infinity, heading.end + SECTION_REACH) });
  });
  return out;
}

/** The closest heading (before or after the clause) whose section tells the user how to say no. */
function nearestSection(text: string, sections: readonly SectionHeading[], finding: Finding): Heading | null {
  // Closest first, so the first section that qualifies is the answer and farther ones are never read.
  const order = [...sections].sort((a, b) => Math.abs(a.start - finding.start) - Math.abs(b.start - finding.start));
  for (const heading of order) {
    const body = text.slice(heading.end, Math.min(heading.bodyEnd, text.length));
    if (finding.category === 'ai-training' && !AI_WORDS.test(body) && !AI_WORDS.test(heading.text)) continue;
    if (segment(body).some(({ start, end }) => isOptOutSentence(body.slice(start, end)))) return { start: heading.start, end: heading.end, text: heading.text };
  }
  return null;
}
