// Shows findings in the page: one CSS Custom Highlight per category (contract 2: `fine-print-<category>`),
// which changes no DOM at all; where the API is missing, wrapper elements instead (fallback-marks.ts).
// Category-agnostic: user categories get a highlight and a look of their own too.
import type { Finding } from '../core/types';
import type { Extraction } from './extract';
import { rangeFor } from './offset-map';
import { wrapFindings, unwrapAll } from './fallback-marks';
import { FOCUS_HIGHLIGHT, fillName, highlightName, linePriority, lookFor, setUserCategories, styleSheetText, MARK_TAG } from './highlight-style';
import { fillSegments } from './fill-segments';
import type { UserCategory } from '../shared/settings';

export const STYLE_ID = 'fine-print-highlight-style';
const FLASH_MS = 1600;
/** The highlights this script registered. Firefox content scripts cannot iterate `CSS.highlights`
 * ("Xray wrapping of iterators not supported"), so we remember the names instead of listing the registry. */
const registered = new Set<string>();
/** The categories the current style sheet covers, to restyle them when the user's colours change. */
let shownCategories: readonly string[] = [];

export interface Placed {
  index: number;
  finding: Finding;
  /** The clause's exact words in the page, or null when the page changed and they are gone. */
  range: Range | null;
  /** Fallback wrappers, when the Highlight API is missing. */
  marks: Element[];
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function showFindings(extraction: Extraction, findings: readonly Finding[]): Placed[] {
  clearFindings();
  const placed: Placed[] = findings.map((finding, index) => ({
    index,
    finding,
    range: rangeFor(extraction, withoutNumbering(extraction.text, finding.start, finding.end), finding.end),
    marks: [],
  }));
  const categories = [...new Set(findings.map((f) => f.category))];
  shownCategories = categories;
  ensureStyle(categories);
  if (highlightApiAvailable()) {
    for (const category of categories) {
      const ranges = placed.filter((p) => p.finding.category === category && p.range).map((p) => p.range!);
      if (!ranges.length) continue;
      register(highlightName(category), ranges, linePriority(category));
    }
    registerFills(extraction, placed);
  } else {
    const requests = placed.map((p) => ({
      index: p.index,
      start: withoutNumbering(extraction.text, p.finding.start, p.finding.end),
      end: p.finding.end,
      category: p.finding.category,
    }));
    const marks = wrapFindings(extraction, requests);
    for (const p of placed) p.marks = marks.get(p.index) ?? [];
  }
  return placed;
}

function register(name: string, ranges: Range[], priority: number): void {
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  registered.add(name);
}

/** One background per stretch of text: the highest-priority category's (see highlight-style.ts). */
function registerFills(extraction: Extraction, placed: readonly Placed[]): void {
  const spans = placed
    .filter((p) => p.range)
    .map((p) => ({ start: withoutNumbering(extraction.text, p.finding.start, p.finding.end), end: p.finding.end, category: p.finding.category }));
  const byCategory = new Map<string, Range[]>();
  for (const segment of fillSegments(spans, (category) => lookFor(category).priority)) {
    const range = rangeFor(extraction, segment.start, segment.end);
    if (!range) continue;
    const ranges = byCategory.get(segment.category) ?? [];
    ranges.push(range);
    byCategory.set(segment.category, ranges);
  }
  for (const [category, ranges] of byCategory) register(fillName(category), ranges, lookFor(category).priority);
}

/** New colours for the user's own categories (from settings): restyles what is already highlighted. */
export function applyUserColours(list: readonly Pick<UserCategory, 'id' | 'colour'>[]): void {
  setUserCategories(list);
  const style = document.getElementById(STYLE_ID);
  if (style) ensureStyle(shownCategories);
}

/** Clause numbers ("5.2", "(b)", "iv.") belong to the layout, not the clause: numbered sections often put them
 *  in their own span with no space after, so the text reads "5.2Pixelgrove may...". Highlight from the words. */
const NUMBERING = /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,3}(?:\.\d{1,3})+\.?\s*|\(\w{1,4}\)\s*)/i;

export function withoutNumbering(text: string, start: number, end: number): number {
  const match = NUMBERING.exec(text.slice(start, Math.min(end, start + 16)));
  return match && start + match[0].length < end ? start + match[0].length : start;
}

export function clearFindings(): void {
  if (highlightApiAvailable()) {
    for (const name of [...registered, FOCUS_HIGHLIGHT]) CSS.highlights.delete(name);
    registered.clear();
  }
  if (document.querySelector(MARK_TAG)) unwrapAll(document);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly paints one clause brighter than the rest, so the eye finds it after a jump. */
export function flash(placed: Placed): void {
  clearTimeout(flashTimer);
  endFlash();
  if (highlightApiAvailable() && placed.range) {
    const focus = new Highlight(placed.range);
    // Above every category and fill, so the flash is seen whatever else covers the clause.
    focus.priority = 10_000;
    CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
  }
  for (const mark of placed.marks) mark.classList.add('fineprint-focus');
  flashTimer = setTimeout(endFlash, FLASH_MS);
}

function endFlash(): void {
  if (highlightApiAvailable()) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  for (const mark of document.querySelectorAll(`${MARK_TAG}.fineprint-focus`)) mark.classList.remove('fineprint-focus');
}

function ensureStyle(categories: readonly string[]): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    (document.head ?? document.documentElement).append(style);
  }
  const text = styleSheetText(categories);
  if (style.textContent !== text) style.textContent = text;
}

/** The element to scroll to for a clause: the start of its range, or its first wrapper. */
export function anchorOf(placed: Placed): Element | null {
  if (placed.marks[0]) return placed.marks[0];
  const node = placed.range?.startContainer;
  return node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
}
