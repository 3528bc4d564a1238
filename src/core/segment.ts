// Splits text into sentence-like segments with their own offsets. A first, simple version:
// sentence ends are ". ! ?" followed by space and a capital, or a blank line.

export interface Segment {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])|\n\s*\n/g;

export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const cut = match.index + match[0].length;
    push(text, from, cut, segments);
    from = cut;
  }
  push(text, from, text.length, segments);
  return segments;
}

function push(text: string, start: number, end: number, out: Segment[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
