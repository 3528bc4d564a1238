// The page's readable text plus a map from text offsets back to DOM text nodes. First slice.
export interface TextChunk {
  node: Text;
  /** Offset of this node's first character in the extracted text. */
  start: number;
}

export interface Extraction {
  text: string;
  chunks: TextChunk[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
const BLOCK = /^(P|DIV|LI|H[1-6]|TD|TH|TR|SECTION|ARTICLE|BLOCKQUOTE|PRE|DD|DT|UL|OL|TABLE|BR|HEADER|MAIN)$/;

export function extractText(root: Element): Extraction {
  const chunks: TextChunk[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE && SKIP.has((node as Element).tagName.toUpperCase())) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (BLOCK.test((node as Element).tagName) && text && !text.endsWith('\n\n')) text += '\n\n';
      continue;
    }
    const value = node.nodeValue ?? '';
    if (!value.trim()) continue;
    chunks.push({ node: node as Text, start: text.length });
    text += value;
  }
  return { text, chunks };
}

/** The DOM range covering text[start, end), or null if the offsets fall outside the map. */
export function rangeFor(extraction: Extraction, start: number, end: number): Range | null {
  const first = locate(extraction.chunks, start, false);
  const last = locate(extraction.chunks, end, true);
  if (!first || !last) return null;
  const range = first.chunk.node.ownerDocument.createRange();
  range.setStart(first.chunk.node, first.offset);
  range.setEnd(last.chunk.node, last.offset);
  return range;
}

function locate(chunks: TextChunk[], at: number, isEnd: boolean): { chunk: TextChunk; offset: number } | null {
  for (const chunk of chunks) {
    const length = chunk.node.nodeValue?.length ?? 0;
    if (at >= chunk.start && (isEnd ? at <= chunk.start + length : at < chunk.start + length)) {
      return { chunk, offset: at - chunk.start };
    }
  }
  return null;
}
