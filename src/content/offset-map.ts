// Text offsets (what the classifier reports) -> DOM ranges (what the page highlights). Chunks are sorted by
// start, so lookups are binary searches: a 100,000-word page has tens of thousands of text nodes.
import type { Extraction, TextChunk } from './extract';

export interface NodeSpan {
  node: Text;
  from: number;
  to: number;
}

/** Index of the last chunk starting at or before `offset`, or -1. */
function chunkAtOrBefore(chunks: readonly TextChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (chunks[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The text nodes (and the part of each) that text[start, end) covers; the blank lines between blocks map
 *  to no node and are left out. Nodes that changed since the extraction are left out too. */
export function spansFor(extraction: Extraction, start: number, end: number): NodeSpan[] {
  const spans: NodeSpan[] = [];
  const { chunks } = extraction;
  let i = Math.max(0, chunkAtOrBefore(chunks, start));
  for (; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (chunk.start >= end) break;
    const from = Math.max(0, start - chunk.start);
    const to = Math.min(chunk.length, end - chunk.start);
    if (to <= from) continue;
    if (!chunk.node.isConnected || chunk.node.length < to) continue;
    spans.push({ node: chunk.node, from, to });
  }
  return spans;
}

/** The DOM ranges covering text[start, end) exactly: one, or one per tree where the text runs through a shadow
 *  root or a frame (a range cannot cross from one tree into another). Empty when none of it is still in the page. */
export function rangesFor(extraction: Extraction, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  let first: NodeSpan | null = null;
  let last: NodeSpan | null = null;
  let root: Node | null = null;
  const close = () => {
    if (!first || !last) return;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    ranges.push(range);
  };
  for (const span of spansFor(extraction, start, end)) {
    const spanRoot = span.node.getRootNode();
    if (spanRoot !== root) {
      close();
      root = spanRoot;
      first = span;
    }
    last = span;
  }
  close();
  return ranges;
}

/** The first DOM range of text[start, end) (the whole of it unless it crosses trees), or null. */
export function rangeFor(extraction: Extraction, start: number, end: number): Range | null {
  return rangesFor(extraction, start, end)[0] ?? null;
}

/** The extracted-text offset of a DOM position (a caret under the pointer), or -1 if it is not in the map. */
export function offsetOf(extraction: Extraction, node: Node, offset: number): number {
  // Text nodes are found by identity; a linear scan would be too slow on every pointer move, so we keep an index.
  const index = nodeIndex(extraction);
  const chunk = index.get(node);
  return chunk ? chunk.start + Math.min(offset, chunk.length) : -1;
}

const indexes = new WeakMap<Extraction, Map<Node, TextChunk>>();

function nodeIndex(extraction: Extraction): Map<Node, TextChunk> {
  let index = indexes.get(extraction);
  if (!index) {
    index = new Map(extraction.chunks.map((chunk) => [chunk.node, chunk]));
    indexes.set(extraction, index);
  }
  return index;
}
