// The page's readable text plus a map from text offsets back to DOM text nodes (offset-map.ts reads it).
// Each text node contributes its characters one for one (whitespace becomes a plain space, so offsets stay
// linear inside a node and a stray newline in the markup never looks like a paragraph break); blocks are
// separated by a blank line that maps to no node, so two paragraphs never merge into one sentence.
import { isBlock, shouldSkip, type SkipContext } from './skip';

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
  root: Element | null;
}

const BLOCK_BREAK = '\n\n';
/** Nodes handled between two yields; the caller checks the clock at each yield. */
const NODES_PER_STEP = 150;
/** A <main> shorter than this is probably a teaser or a shell, not the document. */
const MAIN_MIN_CHARS = 400;

/** The element that holds the document: the page's <main> when it holds real text, otherwise <body>. */
export function documentRoot(doc: Document): Element | null {
  const mains = doc.querySelectorAll('main, [role="main"]');
  if (mains.length === 1) {
    const main = mains[0]!;
    if ((main.textContent?.length ?? 0) >= MAIN_MIN_CHARS) return main;
  }
  return doc.body ?? doc.documentElement;
}

/** Walks the tree in steps (a generator yielding the number of nodes visited so far), so a 100,000-word
 *  page is read in slices between which the page can paint and handle input. Iterative, not recursive:
 *  deep markup cannot overflow the stack. */
export function* extractSteps(root: Element | null): Generator<number, Extraction, void> {
  const out: Extraction = { text: '', chunks: [], root };
  if (!root) return out;
  const context: SkipContext = { rootIsBody: root === root.ownerDocument.body };
  // Parts joined at the end, and the state of the text's tail kept in variables: inspecting a string being
  // built by concatenation (endsWith, a regex on its end) flattens it each time, which is quadratic on a long page.
  const parts: string[] = [];
  let length = 0;
  // In an object: TypeScript does not see a closure's writes to a local and would narrow it to 'empty'.
  const end: { tail: 'empty' | 'text' | 'space' | 'break' } = { tail: 'empty' };
  const append = (piece: string, kind: 'text' | 'space' | 'break') => {
    parts.push(piece);
    length += piece.length;
    end.tail = kind;
  };
  const breakBlock = () => {
    if (end.tail !== 'empty' && end.tail !== 'break') append(BLOCK_BREAK, 'break');
  };
  let count = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++count % NODES_PER_STEP === 0) yield count;
    let descend = false;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (/\S/.test(value)) {
        out.chunks.push({ node: node as Text, start: length, length: value.length });
        append(value.replace(/\s/g, ' '), /\s/.test(value[value.length - 1]!) ? 'space' : 'text');
      } else if (end.tail === 'text') {
        // Whitespace between inline elements separates words ("<b>your</b> <i>content</i>"), but maps to no node,
        // so the fallback highlighter never wraps it (wrapping whitespace between table cells breaks tables).
        append(' ', 'space');
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (!shouldSkip(element, context)) {
        if (isBlock(element)) breakBlock();
        descend = element.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Move to the next sibling, closing blocks on the way up.
    while (node && node !== root) {
      if (node.nodeType === 1 && isBlock(node as Element)) breakBlock();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  // A trailing break maps to nothing; dropping it keeps every earlier offset valid.
  out.text = parts.join('').trimEnd();
  return out;
}

/** The whole extraction at once, for tests and small pages. */
export function extractText(root: Element | null): Extraction {
  const steps = extractSteps(root);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
