// The structure a reader hands the core beside the text: where headings, list items, table cells and
// definition-list parts are. The page (content script, from the DOM), the CLI (HTML and markdown through
// real parsers into the same extraction) and plain text (inferred from lines, see document.ts) all produce it,
// so every input is read as one kind of document.

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'term' | 'definition';

export interface Block {
  /** JavaScript string indices into the analysed text; blocks do not overlap and come in text order. */
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading level 1-6 (h1-h6, markdown #-######); only for headings. */
  level?: number;
  /** A table cell's column header (its `th`), or a definition's term (its `dt`), as plain text. */
  header?: string;
  /** Items of one list share an id (nested lists get their own); list items only. */
  list?: number;
}
