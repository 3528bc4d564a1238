// What kind of block an element's text is (see src/core/blocks.ts): headings with their level, list items
// with their list, table cells with their column's header, definition-list terms and definitions. The walk in
// extract.ts keeps a stack of these contexts; the nearest one decides the kind of a run of text, and text
// with none is a paragraph.
import type { BlockKind } from '../core/blocks';

export interface StructureContext {
  element: Element;
  kind: BlockKind | 'list';
  level?: number;
  header?: string;
  list?: number;
}

/** A header longer than this is not a label but a paragraph set in a header cell; the core gets its start. */
const HEADER_MAX_CHARS = 200;
/** ARIA's default level for role=heading without aria-level. */
const ARIA_DEFAULT_LEVEL = 2;
const LIST_TAGS = new Set(['ul', 'ol', 'menu']);
const HEADING = /^h([1-6])$/;

export class StructureReader {
  private nextList = 1;
  /** List ids of list-less items, by their parent, so siblings still share one. */
  private readonly orphanLists = new WeakMap<Element, number>();
  private readonly tableHeaders = new WeakMap<Element, Array<string | undefined>>();
  /** Level of the last heading read: a <summary> is a heading one level below it. */
  lastHeadingLevel = 1;

  /** The context an element opens, or null when it is not structural. `outer` is the stack so far. */
  contextOf(element: Element, outer: readonly StructureContext[]): StructureContext | null {
    const tag = element.localName;
    const role = element.getAttribute('role');
    const heading = HEADING.exec(tag);
    if (heading || role === 'heading') {
      const aria = Number(element.getAttribute('aria-level'));
      const level = role === 'heading' && aria >= 1 && aria <= 6 ? Math.floor(aria) : heading ? Number(heading[1]) : ARIA_DEFAULT_LEVEL;
      this.lastHeadingLevel = level;
      return { element, kind: 'heading', level };
    }
    // A collapsible section's title: a heading one level below the section it sits in.
    if (tag === 'summary') return { element, kind: 'heading', level: Math.min(6, this.lastHeadingLevel + 1) };
    if (LIST_TAGS.has(tag) || role === 'list') return { element, kind: 'list', list: this.nextList++ };
    if (tag === 'li' || role === 'listitem') return { element, kind: 'list-item', list: this.listOf(element, outer) };
    if (tag === 'td' || role === 'cell') return withHeader({ element, kind: 'table-cell' }, this.cellHeader(element));
    // Header cells are cells too (not headings): a column header labels its column, not the text after the table.
    if (tag === 'th' || role === 'columnheader' || role === 'rowheader') return { element, kind: 'table-cell' };
    if (tag === 'dt') return { element, kind: 'term' };
    if (tag === 'dd') return withHeader({ element, kind: 'definition' }, termOf(element));
    return null;
  }

  private listOf(item: Element, outer: readonly StructureContext[]): number {
    // The enclosing list as the reader sees it (the flat tree: a list can hold items slotted into it).
    const enclosing = outer[outer.length - 1];
    if (enclosing?.kind === 'list') return enclosing.list!;
    const parent = item.parentElement ?? item;
    let id = this.orphanLists.get(parent);
    if (id === undefined) {
      id = this.nextList++;
      this.orphanLists.set(parent, id);
    }
    return id;
  }

  /** The column's header text (its `th` in the table's head row); a row's own `th` when the column has none. */
  private cellHeader(cell: Element): string | undefined {
    const row = cell.parentElement;
    const table = tableOf(row);
    if (!row || !table) return undefined;
    let headers = this.tableHeaders.get(table);
    if (!headers) {
      headers = columnHeaders(table);
      this.tableHeaders.set(table, headers);
    }
    const column = headers[columnOf(cell)];
    if (column) return column;
    const first = row.firstElementChild;
    return first && first !== cell && first.localName === 'th' ? cleanText(first) : undefined;
  }
}

function withHeader(context: StructureContext, header: string | undefined): StructureContext {
  if (header) context.header = header;
  return context;
}

function tableOf(row: Element | null): Element | null {
  const parent = row?.parentElement;
  if (!parent) return null;
  if (parent.localName === 'table') return parent;
  return /^t(head|body|foot)$/.test(parent.localName) && parent.parentElement?.localName === 'table' ? parent.parentElement : null;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.localName === 'tr') rows.push(child);
    else if (/^t(head|body|foot)$/.test(child.localName)) for (const row of child.children) if (row.localName === 'tr') rows.push(row);
  }
  return rows;
}

/** Header text per column: the last row of <thead>, or else a first row made only of <th> cells. */
function columnHeaders(table: Element): Array<string | undefined> {
  const rows = rowsOf(table);
  const inHead = rows.filter((row) => row.parentElement?.localName === 'thead');
  const first = rows[0];
  const headRow = inHead[inHead.length - 1] ?? (first && [...first.children].every((cell) => cell.localName === 'th') ? first : undefined);
  const headers: Array<string | undefined> = [];
  if (!headRow) return headers;
  for (const cell of headRow.children) {
    const text = cell.localName === 'th' ? cleanText(cell) : undefined;
    for (let span = spanOf(cell); span > 0; span--) headers.push(text);
  }
  return headers;
}

/** The cell's first column, counting the column spans of the cells before it. */
function columnOf(cell: Element): number {
  let column = 0;
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) column += spanOf(sibling);
  return column;
}

function spanOf(cell: Element): number {
  const span = Number(cell.getAttribute('colspan') ?? 1);
  return Number.isFinite(span) && span >= 1 ? Math.min(Math.floor(span), 1000) : 1;
}

/** The term(s) a definition defines: the `dt` elements right before its group of `dd`s. */
function termOf(definition: Element): string | undefined {
  const terms: string[] = [];
  let sibling = definition.previousElementSibling;
  while (sibling && sibling.localName === 'dd') sibling = sibling.previousElementSibling;
  while (sibling && sibling.localName === 'dt') {
    terms.unshift(cleanText(sibling));
    sibling = sibling.previousElementSibling;
  }
  const text = terms.filter(Boolean).join(' / ');
  return text ? text.slice(0, HEADER_MAX_CHARS) : undefined;
}

function cleanText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, HEADER_MAX_CHARS);
}
