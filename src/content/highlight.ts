// Shows findings in the page: one CSS Custom Highlight per category (contract 2: `fine-print-<category>`),
// which changes no DOM at all; where the API is missing, wrapper elements instead (fallback-marks.ts).
// Category-agnostic: user categories get a highlight and a look of their own too.
// Text in open shadow roots and same-origin frames is highlighted too: a frame's document has a highlight
// registry of its own (its window's `CSS.highlights`), and every tree holding a clause gets our styles.
import type { Category, Finding } from '../core/types';
import type { Extraction } from './extract';
import { rangesFor } from './offset-map';
import { wrapFindings, unwrapAll } from './fallback-marks';
import { FOCUS_HIGHLIGHT, fillName, highlightName, linePriority, lookFor, setUserCategories, styleSheetText, MARK_TAG } from './highlight-style';
import { fillSegments } from './fill-segments';
import { STYLE_ID, styleTree } from './tree-style';
import type { UserCategory } from '../shared/settings';

export { STYLE_ID };
const FLASH_MS = 1600;

type HighlightWindow = Window & typeof globalThis;
interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

/** The highlights this script registered, by registry. Firefox content scripts cannot iterate `CSS.highlights`
 * ("Xray wrapping of iterators not supported"), so we remember the names instead of listing the registry. */
const registered = new Map<HighlightRegistry, Set<string>>();
/** Trees where we wrapped text (fallback), to unwrap them all. */
const wrappedRoots = new Set<ParentNode>();
/** Trees that hold our style sheet, and the categories it covers, to restyle them when the user's colours change. */
const styledRoots = new Set<Node>();
let shownCategories: readonly string[] = [];

export interface Placed {
  index: number;
  finding: Finding;
  /** The clause's exact words in the page (its first range), or null when the page changed and they are gone. */
  range: Range | null;
  /** Every range of the clause: more than one only when it runs through a shadow root or a frame. */
  ranges: Range[];
  /** Fallback wrappers, when the Highlight API is missing. */
  marks: Element[];
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The highlight registry of the document a range is in: the page's own, or a frame's. */
function apiFor(doc: Document): HighlightApi | null {
  if (doc === document) return highlightApiAvailable() ? { registry: CSS.highlights, Highlight } : null;
  try {
    const win = doc.defaultView as HighlightWindow | null;
    if (win && win.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function') return { registry: win.CSS.highlights, Highlight: win.Highlight };
  } catch {
    // A frame that went away or changed origin: its clauses are wrapped instead, or not shown.
  }
  return null;
}

export function showFindings(extraction: Extraction, findings: readonly Finding[]): Placed[] {
  clearFindings();
  const placed: Placed[] = findings.map((finding, index) => {
    const ranges = rangesFor(extraction, withoutNumbering(extraction.text, finding.start, finding.end), finding.end);
    return { index, finding, range: ranges[0] ?? null, ranges, marks: [] };
  });
  const categories = [...new Set(findings.map((f) => f.category))];
  shownCategories = categories;
  const css = styleSheetText(categories);
  const style = (root: Node) => {
    styleTree(root, css);
    styledRoots.add(root);
  };
  style(document);
  // Ranges per registry and category; clauses in a tree without the Highlight API are wrapped instead.
  const groups = new Map<HighlightRegistry, { api: HighlightApi; byCategory: Map<Category, Range[]> }>();
  const toWrap: Placed[] = [];
  for (const p of placed) {
    const apis = p.ranges.map((range) => apiFor(range.startContainer.ownerDocument!));
    if (!p.ranges.length || apis.some((api) => !api)) {
      if (p.ranges.length || !highlightApiAvailable()) toWrap.push(p);
      continue;
    }
    p.ranges.forEach((range, i) => {
      const api = apis[i]!;
      style(range.startContainer.getRootNode());
      const group = groups.get(api.registry) ?? { api, byCategory: new Map<Category, Range[]>() };
      groups.set(api.registry, group);
      const list = group.byCategory.get(p.finding.category) ?? [];
      list.push(range);
      group.byCategory.set(p.finding.category, list);
    });
  }
  for (const { api, byCategory } of groups.values()) {
    for (const [category, ranges] of byCategory) register(api, highlightName(category), ranges, linePriority(category));
  }
  registerFills(extraction, placed.filter((p) => p.ranges.length > 0 && !toWrap.includes(p)));
  if (toWrap.length) {
    const requests = toWrap.map((p) => ({
      index: p.index,
      start: withoutNumbering(extraction.text, p.finding.start, p.finding.end),
      end: p.finding.end,
      category: p.finding.category,
    }));
    const marks = wrapFindings(extraction, requests);
    for (const p of toWrap) {
      p.marks = marks.get(p.index) ?? [];
      for (const mark of p.marks) {
        const root = mark.getRootNode();
        style(root);
        wrappedRoots.add(root as ParentNode);
      }
    }
  }
  return placed;
}

function register(api: HighlightApi, name: string, ranges: Range[], priority: number): void {
  const highlight = new api.Highlight(...ranges);
  highlight.priority = priority;
  api.registry.set(name, highlight);
  const names = registered.get(api.registry) ?? new Set<string>();
  names.add(name);
  registered.set(api.registry, names);
}

/** One background per stretch of text: the highest-priority category's (see highlight-style.ts). */
function registerFills(extraction: Extraction, placed: readonly Placed[]): void {
  const spans = placed.map((p) => ({ start: withoutNumbering(extraction.text, p.finding.start, p.finding.end), end: p.finding.end, category: p.finding.category }));
  const groups = new Map<HighlightRegistry, { api: HighlightApi; byCategory: Map<string, Range[]> }>();
  for (const segment of fillSegments(spans, (category) => lookFor(category).priority)) {
    for (const range of rangesFor(extraction, segment.start, segment.end)) {
      const api = apiFor(range.startContainer.ownerDocument!);
      if (!api) continue;
      const group = groups.get(api.registry) ?? { api, byCategory: new Map<string, Range[]>() };
      groups.set(api.registry, group);
      const list = group.byCategory.get(segment.category) ?? [];
      list.push(range);
      group.byCategory.set(segment.category, list);
    }
  }
  for (const { api, byCategory } of groups.values()) {
    for (const [category, ranges] of byCategory) register(api, fillName(category), ranges, lookFor(category).priority);
  }
}

/** New colours for the user's own categories (from settings): restyles every tree already highlighted. */
export function applyUserColours(list: readonly Pick<UserCategory, 'id' | 'colour'>[]): void {
  setUserCategories(list);
  if (styledRoots.size === 0) return;
  const css = styleSheetText(shownCategories);
  for (const root of styledRoots) styleTree(root, css);
}

/** Clause numbers ("5.2", "(b)", "iv.") belong to the layout, not the clause: numbered sections often put them
 *  in their own span with no space after, so the text reads "5.2Pixelgrove may...". Highlight from the words. */
const NUMBERING = /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,3}(?:\.\d{1,3})+\.?\s*|\(\w{1,4}\)\s*)/i;

export function withoutNumbering(text: string, start: number, end: number): number {
  const match = NUMBERING.exec(text.slice(start, Math.min(end, start + 16)));
  return match && start + match[0].length < end ? start + match[0].length : start;
}

export function clearFindings(): void {
  endFlash();
  for (const [registry, names] of registered) {
    try {
      for (const name of names) registry.delete(name);
    } catch {
      // The frame this registry belonged to is gone, and its highlights with it.
    }
  }
  registered.clear();
  if (document.querySelector(MARK_TAG)) unwrapAll(document);
  for (const root of wrappedRoots) unwrapAll(root);
  wrappedRoots.clear();
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;
let flashed: { registries: HighlightRegistry[]; marks: Element[] } = { registries: [], marks: [] };

/** Briefly paints one clause brighter than the rest, so the eye finds it after a jump. */
export function flash(placed: Placed): void {
  clearTimeout(flashTimer);
  endFlash();
  const registries: HighlightRegistry[] = [];
  for (const range of placed.marks.length ? [] : placed.ranges) {
    const api = apiFor(range.startContainer.ownerDocument!);
    if (!api) continue;
    const focus = new api.Highlight(range);
    // Above every category and fill, so the flash is seen whatever else covers the clause.
    focus.priority = 10_000;
    api.registry.set(FOCUS_HIGHLIGHT, focus);
    registries.push(api.registry);
  }
  for (const mark of placed.marks) mark.classList.add('fineprint-focus');
  flashed = { registries, marks: placed.marks };
  flashTimer = setTimeout(endFlash, FLASH_MS);
}

function endFlash(): void {
  for (const registry of flashed.registries) {
    try {
      registry.delete(FOCUS_HIGHLIGHT);
    } catch {
      // Its frame is gone.
    }
  }
  for (const mark of flashed.marks) mark.classList.remove('fineprint-focus');
  flashed = { registries: [], marks: [] };
}

/** The element to scroll to for a clause: the start of its range, or its first wrapper. */
export function anchorOf(placed: Placed): Element | null {
  if (placed.marks[0]) return placed.marks[0];
  const node = placed.range?.startContainer;
  return node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
}
