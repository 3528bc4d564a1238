// Highlighting where the CSS Custom Highlight API is missing: wrap the clause's text in our own inline
// elements. Whitespace-only runs are never wrapped (a wrapper between table cells or list items breaks the
// table or list), and clauses are wrapped from the end of the page backwards, so splitting a text node never
// moves the offsets of a clause still to come.
import type { Extraction } from './extract';
import { spansFor } from './offset-map';
import { MARK_TAG } from './highlight-style';

export interface MarkRequest {
  index: number;
  start: number;
  end: number;
  category: string;
}

/** Wraps each requested span; returns the marks per request index. Overlapping requests share the marks
 *  of the one wrapped first (nested wrappers would be read twice and styled twice). */
export function wrapFindings(extraction: Extraction, requests: readonly MarkRequest[]): Map<number, Element[]> {
  const result = new Map<number, Element[]>();
  const sorted = [...requests].sort((a, b) => b.start - a.start || b.end - a.end);
  let wrappedFrom = Infinity;
  let lastMarks: Element[] = [];
  for (const request of sorted) {
    if (request.end > wrappedFrom) {
      result.set(request.index, lastMarks);
      continue;
    }
    const marks: Element[] = [];
    const spans = spansFor(extraction, request.start, request.end);
    for (let i = spans.length - 1; i >= 0; i--) {
      const { node, from, to } = spans[i]!;
      if (!/\S/.test(node.data.slice(from, to)) || !node.parentNode) continue;
      if (to < node.length) node.splitText(to);
      const target = from > 0 ? node.splitText(from) : node;
      const mark = node.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute('data-category', request.category);
      mark.setAttribute('data-fine-print-index', String(request.index));
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      marks.unshift(mark);
    }
    result.set(request.index, marks);
    wrappedFrom = request.start;
    lastMarks = marks;
  }
  return result;
}

/** Removes every wrapper and joins the text nodes we split, leaving the page's text as it was. */
export function unwrapAll(root: ParentNode): void {
  for (const mark of [...root.querySelectorAll(MARK_TAG)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const children = [...mark.childNodes];
    mark.replaceWith(...children);
    for (const child of children) if (child.nodeType === 3) mergeWithNeighbours(child as Text);
  }
}

function mergeWithNeighbours(text: Text): void {
  let node = text;
  const before = node.previousSibling;
  if (before && before.nodeType === 3) {
    (before as Text).appendData(node.data);
    node.remove();
    node = before as Text;
  }
  const after = node.nextSibling;
  if (after && after.nodeType === 3) {
    node.appendData((after as Text).data);
    after.remove();
  }
}
