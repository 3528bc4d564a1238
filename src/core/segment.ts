// Splits text into sentence / list-item segments with their own offsets, cheaply (no NLP), so the whole
// page can be cut up in a few milliseconds. Legal text defeats naive splitters: "Art. 28", "U.S.", "e.g.",
// "Inc.", "(a) ...; (b) ...", numbered list items and headings all need care. Offsets are always ours:
// `text.slice(start, end)` is the segment, trimmed of surrounding whitespace.

export interface Segment {
  start: number;
  end: number;
}

/** Words that end with a period without ending the sentence. Lower-cased, without the final dot. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'v', 'viz', 'al', 'approx', 'incl', 'esp', 'resp', 'ca', 'dept',
  'inc', 'ltd', 'llc', 'co', 'corp', 'plc', 'gmbh', 'bv', 'b.v', 'n.v', 's.a', 's.l', 'pty', 'kg', 'ag',
  'art', 'arts', 'sec', 'secs', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'ch', 'cl', 'sch', 'reg', 'regs',
  'seq', 'ff', 'fig', 'vol', 'ed', 'op', 'ibid', 'u.s', 'u.s.a', 'u.k', 'e.u', 'u.s.c', 'c.f.r', 'd.c',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'str', 'ave', 'blvd', 'rd', 'mt', 'ft', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tel', 'fax', 'approx', 'min', 'max',
]);

/** After these abbreviations a capitalised sentence opener really does start a new sentence ("... Inc. We"). */
const CAN_END = new Set(['etc', 'inc', 'ltd', 'llc', 'co', 'corp', 'plc', 'gmbh', 'u.s', 'u.s.a', 'u.k', 'e.u', 'al']);
const OPENER = /^(?:The|We|You|If|This|These|That|Those|In|For|Our|Your|Any|All|It|They|Please|When|To|Each|No|A|An|By|Unless|Where|Such|Some|Other|However|Furthermore|Also|As|Once|Subject|Except|Notwithstanding)\b/;

/** A sentence end: punctuation, closing quotes/brackets, whitespace (the space is where we cut). */
const END = /[.!?]["'”’)\]]*(?=\s)/g;
/** Where a new sentence may begin after the whitespace: an opening mark, a capital or a digit. */
const NEXT_START = /^\s+["'“‘(\[]?[A-Z0-9]/;

/** Longest segment we emit; beyond this a run-on clause is cut at its semicolons. */
const MAX_SEGMENT = 1500;

export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  for (const lineEnd of lineBreaks(text)) {
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd;
  }
  splitLine(text, lineStart, text.length, out);
  return out;
}

/**
 * Offsets of the newlines that end a unit. Every newline does (list items, headings and paragraphs of
 * extracted pages are lines), except in hard-wrapped plain text, where only a blank line or a line that
 * ends a sentence does.
 */
function* lineBreaks(text: string): Generator<number> {
  const wrapped = isHardWrapped(text);
  let at = text.indexOf('\n');
  while (at !== -1) {
    const before = text.slice(Math.max(0, at - 3), at).trimEnd();
    // The next line may be indented under its list marker ("  a) Service providers who host our site,\n     process ...").
    const after = text.slice(at + 1, at + 12).replace(/^[ \t]+/, '');
    const continues = wrapped && /[a-z,]$/.test(before) && /^[a-z(]/i.test(after) && !/^\s*\n/.test(text.slice(at + 1, at + 4)) && !/^\(?[a-z0-9]{1,3}[.)]\s/i.test(after);
    if (!continues) yield at;
    at = text.indexOf('\n', at + 1);
  }
}

/** Most lines 50 to 100 characters long: text wrapped at a fixed width, as in e-mails and README files. */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let wrappedLines = 0;
  // Wrapped text breaks lines in mid-sentence ("... with the\nfollowing ..."); a text of short paragraphs and
  // list items, each on its own line, has lines of that length too but ends them where its sentences end.
  let midSentence = 0;
  let previous = '';
  for (let from = 0; from < text.length && lines < 400; ) {
    const to = text.indexOf('\n', from);
    const line = text.slice(from, to === -1 ? text.length : to).trim();
    if (line.length > 0) {
      lines++;
      if (line.length >= 50 && line.length <= 100) wrappedLines++;
      if (/[a-z,]$/.test(previous) && /^[a-z(]/.test(line)) midSentence++;
    }
    previous = line;
    if (to === -1) break;
    from = to + 1;
  }
  return lines >= 10 && wrappedLines >= lines * 0.6 && midSentence >= lines * 0.3;
}

function splitLine(text: string, from: number, to: number, out: Segment[]): void {
  const line = text.slice(from, to);
  let cut = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const endAt = m.index + m[0].length;
    if (!isBoundary(line, m.index, endAt)) continue;
    push(text, from + cut, from + endAt, out);
    cut = endAt;
  }
  push(text, from + cut, to, out);
}

function isBoundary(line: string, dotAt: number, endAt: number): boolean {
  const rest = line.slice(endAt, endAt + 40);
  if (!NEXT_START.test(rest)) return false;
  if (line[dotAt] !== '.') return true;
  // A list marker such as "1.", "a." or "(iv)." at the start of the line is part of its item.
  if (/^\s*(?:[-*•]\s*)?\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})\)?$/i.test(line.slice(0, dotAt))) return false;
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(line.slice(Math.max(0, dotAt - 12), dotAt))?.[1]?.toLowerCase();
  // "Section 5. We ..." ends a sentence; "5. 3" inside a citation does not.
  if (word === undefined) return !/\d$/.test(line.slice(0, dotAt)) || !/^\s+\d/.test(rest);
  if (ABBREVIATIONS.has(word)) return CAN_END.has(word) && OPENER.test(rest.trimStart());
  return true;
}

function push(text: string, start: number, end: number, out: Segment[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  if (end - start > MAX_SEGMENT) return splitLong(text, start, end, out);
  out.push({ start, end });
}

/** Cuts a run-on clause after "; " so no segment (and no highlight) swallows a whole section. */
function splitLong(text: string, start: number, end: number, out: Segment[]): void {
  let from = start;
  const pattern = /;\s+/g;
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    if (m.index - from < MAX_SEGMENT / 3) continue;
    out.push({ start: from, end: m.index + 1 });
    from = m.index + m[0].length;
  }
  if (from < end) out.push({ start: from, end });
}
