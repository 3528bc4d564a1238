// Which clause is under the pointer? Highlight API ranges are not elements, so there is no mouseover on
// them: we ask the browser for the caret position under the pointer, map it to a text offset, and confirm
// with the clause's line boxes (the caret snaps to the nearest text even when the pointer is in a margin).
// With the fallback wrappers, the wrapper under the pointer says it directly.
import type { Extraction } from './extract';
import type { Placed } from './highlight';
import { offsetOf } from './offset-map';
import { MARK_TAG } from './highlight-style';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number, shadowRoots: readonly ShadowRoot[]): Caret | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: readonly ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Named shadow roots let the caret land on text inside them (otherwise it stops at their host).
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function pointInRects(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

export interface Hit {
  placed: Placed;
  /** The line box under the pointer, to put the card next to. */
  rect: DOMRect;
}

/** The clause under the point, if any; the highest-priority one where two overlap (the first found). */
export function findingAt(extraction: Extraction, placed: readonly Placed[], x: number, y: number, target: EventTarget | null): Hit | null {
  const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
  if (mark) {
    const index = Number(mark.getAttribute('data-fine-print-index'));
    const hit = placed[index];
    return hit ? { placed: hit, rect: mark.getBoundingClientRect() } : null;
  }
  const caret = caretAt(x, y, extraction.shadowRoots);
  if (!caret) return null;
  const offset = offsetOf(extraction, caret.node, caret.offset);
  if (offset < 0) return null;
  for (const candidate of placed) {
    const { start, end } = candidate.finding;
    if (offset < start || offset > end) continue;
    for (const range of candidate.ranges) {
      const rect = pointInRects(range, x, y);
      if (rect) return { placed: candidate, rect };
    }
  }
  return null;
}
