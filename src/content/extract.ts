// The page's readable text, its structure (blocks, see src/core/blocks.ts) and a map from text offsets back
// to DOM text nodes (offset-map.ts reads it). Each text node contributes its characters one for one
// (whitespace becomes a plain space, so offsets stay linear inside a node and a stray newline in the markup
// never looks like a paragraph break); blocks are separated by a blank line that maps to no node, so two
// paragraphs never merge into one sentence.
// The walk follows the page as it is rendered (the flat tree): into open shadow roots (a slot's assigned
// nodes where the slot is) and into same-origin frames; a cross-origin frame cannot be read and is counted.
import type { Block } from '../core/blocks';
import { isBlock, shouldSkip, type SkipContext } from './skip';
import { StructureReader, type StructureContext } from './structure';
import { emptyStats, type ExtractionStats } from './extraction-stats';

export type { ExtractionStats } from './extraction-stats';

export interface TextChunk {
  node: Text;
  /** Offset of this node's first character in the extracted text. */
  start: number;
  /** The node's length when it was read; the map refuses offsets past a node that has since shrunk. */
  length: number;
}

export interface Extraction {
  text: string;
  chunks: TextChunk[];
  /** Headings, list items, table cells, terms, definitions and paragraphs, in text order, never overlapping. */
  blocks: Block[];
  root: Element | null;
  stats: ExtractionStats;
  /** The open shadow roots and same-origin frame documents that were read (to style and watch them too). */
  shadowRoots: ShadowRoot[];
  frameDocuments: Document[];
}

const BLOCK_BREAK = '\n\n';
/** Nodes handled between two yields; the caller checks the clock at each yield. */
const NODES_PER_STEP = 150;
/** A <main> shorter than this is probably a teaser or a shell, not the document. */
const MAIN_MIN_CHARS = 400;
/** A cross-origin frame smaller than this (a tracking pixel, a button) could not hold the terms. */
const FRAME_MIN_WIDTH = 100;
const FRAME_MIN_HEIGHT = 50;

/** The element that holds the document: the page's <main> when it holds real text, otherwise <body>. */
export function documentRoot(doc: Document): Element | null {
  const mains = doc.querySelectorAll('main, [role="main"]');
  if (mains.length === 1) {
    const main = mains[0]!;
    if ((main.textContent?.length ?? 0) >= MAIN_MIN_CHARS) return main;
  }
  return doc.body ?? doc.documentElement;
}

/** One level of the walk: the children of an element (or of its shadow root, a slot's assigned nodes, a
 *  frame's document root), read as a linked list from `next` or as an array. */
interface Level {
  next: Node | null;
  array?: readonly Node[];
  index: number;
  /** Leaving the owner ends a block (it is block-level, structural, or a frame). */
  breaks: boolean;
  structural: boolean;
  context: SkipContext;
}

/** Walks the page in steps (a generator yielding the number of nodes visited so far), so a 100,000-word
 *  page is read in slices between which the page can paint and handle input. Iterative, not recursive:
 *  deep markup cannot overflow the stack. */
export function* extractSteps(root: Element | null): Generator<number, Extraction, void> {
  const out: Extraction = { text: '', chunks: [], blocks: [], root, stats: emptyStats(), shadowRoots: [], frameDocuments: [] };
  if (!root) return out;
  // Parts joined at the end, and the state of the text's tail kept in variables: inspecting a string being
  // built by concatenation (endsWith, a regex on its end) flattens it each time, which is quadratic on a long page.
  const parts: string[] = [];
  let length = 0;
  // In an object: TypeScript does not see a closure's writes to a local and would narrow it to 'empty'.
  const end: { tail: 'empty' | 'text' | 'space' | 'break'; block: Block | null } = { tail: 'empty', block: null };
  const append = (piece: string, kind: 'text' | 'space' | 'break') => {
    parts.push(piece);
    length += piece.length;
    end.tail = kind;
  };
  const breakBlock = () => {
    end.block = null;
    if (end.tail !== 'empty' && end.tail !== 'break') append(BLOCK_BREAK, 'break');
  };
  const structure = new StructureReader();
  const contexts: StructureContext[] = [];
  const addText = (node: Text, value: string) => {
    const from = length + value.search(/\S/);
    const to = length + value.trimEnd().length;
    out.chunks.push({ node, start: length, length: value.length });
    append(value.replace(/\s/g, ' '), /\s/.test(value[value.length - 1]!) ? 'space' : 'text');
    if (end.block) end.block.end = to;
    else out.blocks.push((end.block = blockAt(from, to, contexts)));
  };

  const stack: Level[] = [childrenOf(root, { rootIsBody: root === root.ownerDocument.body }, false, false)];
  let count = 0;
  while (stack.length) {
    const level = stack[stack.length - 1]!;
    const node = level.array ? (level.array[level.index++] ?? null) : level.next;
    if (!node) {
      stack.pop();
      if (level.breaks) breakBlock();
      if (level.structural) contexts.pop();
      continue;
    }
    if (!level.array) level.next = node.nextSibling;
    if (++count % NODES_PER_STEP === 0) yield count;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (/\S/.test(value)) addText(node as Text, value);
      // Whitespace between inline elements separates words ("<b>your</b> <i>content</i>"), but maps to no node,
      // so the fallback highlighter never wraps it (wrapping whitespace between table cells breaks tables).
      else if (end.tail === 'text') append(' ', 'space');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    countMedia(element, out.stats);
    if (shouldSkip(element, level.context)) continue;
    if (element.localName === 'iframe' || element.localName === 'frame') {
      const doc = frameDocument(element);
      if (!doc) {
        if (largeEnough(element)) out.stats.crossOriginFrames++;
        continue;
      }
      const frameRoot = documentRoot(doc);
      if (!frameRoot) continue;
      out.stats.framesRead++;
      out.frameDocuments.push(doc);
      breakBlock();
      stack.push(childrenOf(frameRoot, { rootIsBody: frameRoot === doc.body }, true, false));
      continue;
    }
    const context = structure.contextOf(element, contexts);
    const breaks = context !== null || isBlock(element);
    if (breaks) breakBlock();
    if (context) contexts.push(context);
    const shadow = element.shadowRoot;
    const assigned = element.localName === 'slot' ? assignedNodes(element as HTMLSlotElement) : [];
    let next: Level;
    if (shadow) {
      out.stats.shadowRootsRead++;
      out.shadowRoots.push(shadow);
      next = { ...childrenOf(element, level.context, breaks, context !== null), next: shadow.firstChild };
    } else if (assigned.length) {
      next = { ...childrenOf(element, level.context, breaks, context !== null), next: null, array: assigned };
    } else {
      next = childrenOf(element, level.context, breaks, context !== null);
    }
    stack.push(next);
  }
  // A trailing break maps to nothing; dropping it keeps every earlier offset valid.
  out.text = parts.join('').trimEnd();
  return out;
}

function childrenOf(owner: Element, context: SkipContext, breaks: boolean, structural: boolean): Level {
  return { next: owner.firstChild, index: 0, breaks, structural, context };
}

/** A block of the innermost structural context (a paragraph outside any). */
function blockAt(start: number, end: number, contexts: readonly StructureContext[]): Block {
  const context = contexts[contexts.length - 1];
  if (!context || context.kind === 'list') return { start, end, kind: 'paragraph' };
  const block: Block = { start, end, kind: context.kind };
  if (context.level !== undefined) block.level = context.level;
  if (context.header !== undefined) block.header = context.header;
  if (context.list !== undefined) block.list = context.list;
  return block;
}

/** A frame's document when the page may read it (same origin), else null. Browsers return null for a
 *  cross-origin `contentDocument`; some engines throw instead. */
function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function largeEnough(frame: Element): boolean {
  const box = frame.getBoundingClientRect();
  return box.width >= FRAME_MIN_WIDTH && box.height >= FRAME_MIN_HEIGHT;
}

/** What a slot shows: the light-DOM nodes assigned to it (none: its own fallback children are read). */
function assignedNodes(slot: HTMLSlotElement): readonly Node[] {
  return typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
}

/** Media met in the walk (inside what was read); their own visibility is not checked. */
function countMedia(element: Element, stats: ExtractionStats): void {
  const tag = element.localName;
  if (tag === 'img') stats.images++;
  else if (tag === 'canvas') stats.canvases++;
  else if (tag === 'object' || tag === 'embed') stats.embeds++;
}

/** The whole extraction at once, for tests, small pages and the CLI. */
export function extractText(root: Element | null): Extraction {
  const steps = extractSteps(root);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
