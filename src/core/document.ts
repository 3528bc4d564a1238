// Reads the document before its sentences: headings and the sections they open, lists with their lead-ins,
// "Label: text" items and table cells with their headers. Rules then ask their questions of a sentence in
// that context, because real terms rarely say everything in one sentence ("We use the information we
// collect to:" / "train and improve our models").
import type { Block } from './blocks';
import { segment, type Segment } from './segment';
import { readDefinedTerms, type DefinedTerms } from './defined-terms';

export interface SentenceContext {
  /** The nearest heading above the sentence, and the one above that ('' when there is none). */
  heading: string;
  parentHeading: string;
  /** The sentence that opens the list this item belongs to ('' when the sentence is no list item). */
  leadIn: string;
  /** A "Label:" that starts the sentence's item, or its table column / definition-list term. */
  label: string;
  terms: DefinedTerms;
}

export interface Unit extends Segment {
  /** Headings and table-of-contents lines are never findings, but they say what their section is about. */
  heading: boolean;
  context: SentenceContext;
}

/** Longest run of items read under one lead-in; beyond it a "list" is more likely a run of paragraphs. */
const MAX_ITEMS = 30;
/** "Product development: we use ..." / "Security: ...": a short label before a sentence. */
const LABEL = /^(?:[-*•]\s+|\(?[a-z0-9]{1,3}[.)]\s+)?([A-Z][\w’'&/,()-]*(?:\s+[\w’'&/,()-]+){0,7}?):\s+(?=\S)/;

export function readDocument(text: string, blocks?: readonly Block[]): Unit[] {
  const terms = readDefinedTerms(text);
  const structure = blocks && blocks.length > 0 ? [...blocks] : inferBlocks(text);
  const units: Unit[] = [];
  const headings: { level: number; text: string }[] = [];
  let b = 0;
  let lastSentence: Unit | undefined;
  const leadIns = new Map<number, string>();
  let previousBlock: Block | undefined;
  // A run-in title in a list item ("Trusted service providers. We use ...") labels the rest of the item and passes the
  // block's lead-in on to the first real sentence.
  let runIn: { block: Block; label: string; leadIn: string } | undefined;
  for (const seg of segment(text)) {
    while (b < structure.length && structure[b]!.end <= seg.start) b++;
    const block = structure[b] && structure[b]!.start <= seg.start ? structure[b] : undefined;
    const firstInBlock = block !== undefined && block !== previousBlock;
    if (firstInBlock) previousBlock = block;
    const sentence = text.slice(seg.start, seg.end);
    // A paragraph that is only a short title-like line (a bold line, a run-in title) is a heading too.
    // So is a numbered run-in title before the first sentence ("4.4 Restricted Uses. You agree ...").
    const titleParagraph = block?.kind === 'paragraph' && firstInBlock && isHeadingLine(sentence) && (seg.end >= block.end - 1 || /^\d/.test(sentence));
    if (block?.kind === 'heading' || titleParagraph || (!block && isHeadingLine(sentence))) {
      const level = block?.level ?? 2;
      // A rule of dashes or equals signs underlines the heading above it; it names nothing itself.
      if (!/^[=\-*_#\s]+$/.test(sentence)) {
        while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
        headings.push({ level, text: sentence });
      }
      units.push({ ...seg, heading: true, context: context(headings, '', '', terms) });
      continue;
    }
    let leadIn = '';
    if (block?.kind === 'list-item' && block.list !== undefined) {
      if (!leadIns.has(block.list)) leadIns.set(block.list, lastSentence ? leadInOf(lastSentence, text) : '');
      if (firstInBlock) leadIn = leadIns.get(block.list)!;
    }
    if (block?.kind === 'list-item' && firstInBlock && seg.end < block.end - 1 && isRunInTitle(sentence)) {
      runIn = { block, label: sentence.replace(/\.$/, ''), leadIn };
      units.push({ ...seg, heading: true, context: context(headings, '', '', terms) });
      continue;
    }
    const inRunIn = runIn !== undefined && runIn.block === block;
    if (inRunIn && runIn!.leadIn) {
      leadIn = runIn!.leadIn;
      runIn!.leadIn = '';
    }
    const label = block?.header ?? (inRunIn ? runIn!.label : firstInBlock || !block ? (LABEL.exec(sentence)?.[1] ?? '') : '');
    const unit: Unit = { ...seg, heading: isTableOfContents(sentence), context: context(headings, leadIn, label, terms) };
    units.push(unit);
    if (block?.kind !== 'list-item' || /:\s*$/.test(sentence)) lastSentence = unit;
  }
  return units;
}

function context(headings: { text: string }[], leadIn: string, label: string, terms: DefinedTerms): SentenceContext {
  return {
    heading: headings[headings.length - 1]?.text ?? '',
    parentHeading: headings[headings.length - 2]?.text ?? '',
    leadIn,
    label,
    terms,
  };
}

/**
 * The lead-in a list reads its items with. An item that opens a list of its own passes on its own lead-in
 * too: under "We are not liable for:" + "(d) any loss arising from:", the item "(i) outages" completes both.
 */
function leadInOf(unit: Unit, text: string): string {
  const sentence = text.slice(unit.start, unit.end);
  if (!isLeadIn(sentence)) return '';
  return unit.context.leadIn ? `${unit.context.leadIn} ${sentence}` : sentence;
}

/** A sentence that announces a list: it ends with a colon, or stops mid-phrase ("... such as"). */
function isLeadIn(sentence: string): boolean {
  return /:\s*$/.test(sentence) || /\b(?:including|such as|to|for|the following|as follows)\s*$/i.test(sentence);
}

/** "Advertising partners." before the sentences about them: a few words, a full stop, no verb. */
function isRunInTitle(sentence: string): boolean {
  return /^[A-Z“"]/.test(sentence) && /\.$/.test(sentence) && sentence.split(/\s+/).length <= 8 && !AUXILIARY.test(sentence) && !/^(?:we|you|they|it|this|these|our|your)\b/i.test(sentence) && !/\b(?:use|share|sell|collect|process|disclose|provide|store|keep)s?\b/i.test(sentence);
}

/** Headings: short, and no verb-like word or sentence end in them. */
export function isHeadingLine(text: string): boolean {
  if (text.length > 90) return false;
  if (/^[=#\-*_\s]+$/.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (words <= 4 && !/[.:;,]$/.test(text)) return true;
  // "15.3 Change Notifications." and the like: a number, a few capitalised words.
  if (words > 7) return false;
  if (/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+(?:[A-Z][\w’'-]*|and|of|to|the|for|in|&|,)(?:\s+(?:[A-Z][\w’'-]*|and|or|of|to|the|for|in|on|with|by|from|at|a|an|us|you|your|our|its|&)[,]?)*\.?$/.test(text)) return true;
  // Sentence case ("1.3 AI features.", "4.2 How we use data"): a number, a capital, no verb of a statement.
  const rest = text.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  return rest !== text && /^[A-Z]/.test(rest) && /^[\w’' ,&-]+\.?$/.test(rest) && !AUXILIARY.test(rest) &&
    (/^(?:how|what|when|why|where|who|which)\b/i.test(rest) || !/\b(?:we|you|they|it|he|she|i)\b/i.test(rest));
}

/** A line of its own that is a title: a few words, capitalised, and no sentence end ("When we share data"). */
function isTitleLine(line: string): boolean {
  if (!/^[#\dA-Z“"(]/.test(line) || /[.!?:;,”"]$/.test(line) || line.split(/\s+/).length > 12) return false;
  // "Your content isn't used to train AI" states something; "How we use AI" and "Model training" name a topic.
  return /^(?:\d[\d.]*\s+)?(?:how|what|when|why|where|who|which|whether|if)\b/i.test(line) || !AUXILIARY.test(line);
}

const AUXILIARY = /\b(?:is|isn['’]t|are|aren['’]t|was|were|will|won['’]t|may|might|can|cannot|can['’]t|do|does|don['’]t|doesn['’]t|never|not|must|shall|should)\b/i;

/** A table-of-contents line that only announces a section ("This section explains ..."). */
function isTableOfContents(text: string): boolean {
  // Near the start ("Changes This section explains ..."); "... as this policy describes." at the end refers back.
  return /^.{0,40}\b[Tt]his (?:section|part|policy) (?:explains|sets out|describes|deals with|includes|refers|makes it clear|provides|tells you)\b(?!\.)/.test(text);
}

/**
 * The structure of plain text, from its lines: a short line without a sentence end is a heading; a line
 * ending with a colon opens a list whose items are the lines after it (on the next line, or after a blank
 * line when they look like items); everything else is a paragraph. Hard-wrapped text is read by paragraph.
 */
export function inferBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let list: number | undefined;
  let lists = 0;
  let items = 0;
  let blankBefore = false;
  let tight = false;
  let firstMarked = false;
  // How the current list numbers its items ("(a)", "1.", "(iv)", "-"), and the last marker it used.
  let style: string | undefined;
  let lastMarker = '';
  // Lists a marked item ending with a colon opened inside another one: the outer lists wait here, and a line
  // numbered the way one of them is goes back to it ("(d) ... arising from:" "(i) ..." "(ii) ..." "(e) ...").
  const outer: { list: number; items: number; tight: boolean; firstMarked: boolean; style: string | undefined; lastMarker: string }[] = [];
  // In text written all in lower case, a lower-case start says nothing about being a list item.
  const caseless = isCaseless(text);
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to).trim();
    if (line === '') {
      blankBefore = true;
    } else {
      const start = from + text.slice(from, to).search(/\S/);
      const end = start + line.length;
      const underlined = /^[=-]{3,}\s*$/.test(text.slice(to + 1, text.indexOf('\n', to + 1) === -1 ? text.length : text.indexOf('\n', to + 1)));
      if (/^[=-]{3,}$/.test(line) || underlined) list = undefined;
      // A list whose items came line after line ends at a blank line; one spaced out by blank lines goes on, as
      // long as its lines look like its items (marked like the first one, when the first one was marked).
      const marked = ITEM_MARKER.test(line);
      const marker = marked ? markerOf(line, style, lastMarker) : undefined;
      // Numbered like a list that waits outside this one, and not like this one: the inner list is over.
      const back = marker && marker.style !== style ? backTo(outer, marker, style !== undefined) : -1;
      if (back >= 0) {
        ({ list, items, tight, firstMarked, style, lastMarker } = outer[back]!);
        outer.length = back;
      }
      // An item numbered like the items before it goes on with them, also when it ends with a colon.
      const sameStyle = marker !== undefined && items > 0 && marker.style === style;
      // The first line after a lead-in ("... the right to:") is its first item, however it is written.
      const goesOn = back >= 0 || !blankBefore || (items === 0 && caseless) || (!tight && (looksLikeItem(line, caseless) || sameStyle) && (!firstMarked || marked));
      const isItem = list !== undefined && items < MAX_ITEMS && goesOn;
      if (isItem) {
        if (items === 0) {
          firstMarked = marked;
          style = marker?.style;
        }
        if (marker) lastMarker = marker.value;
        // Whether the items are spaced out is read between the items, not between the lead-in and the first.
        if (items === 1) tight = !blankBefore;
        blocks.push({ start, end, kind: 'list-item', list });
        items++;
      } else if (underlined || isHeadingLine(line) || isTitleLine(line)) {
        blocks.push({ start, end, kind: 'heading', level: underlined ? (text[to + 1] === '=' ? 1 : 2) : headingLevel(line) });
        list = undefined;
      } else {
        blocks.push({ start, end, kind: 'paragraph' });
        list = undefined;
      }
      if (list === undefined) outer.length = 0;
      // A line ending with a colon opens a list, also when it is itself an item (a list within a list).
      if (/:\s*$/.test(line)) {
        // A numbered item keeps its own list open for the items after the inner one.
        if (isItem && marker) outer.push({ list: list!, items, tight, firstMarked, style, lastMarker });
        else outer.length = 0;
        list = ++lists;
        items = 0;
        style = undefined;
        lastMarker = '';
      }
      blankBefore = false;
    }
    from = to + 1;
  }
  return blocks;
}

/** A bullet or an item number: "- ", "• ", "(a) ", "( a ) ", "3. ", "b) ". */
const ITEM_MARKER = /^(?:[-*•]|\(\s?[a-z0-9]{1,3}\s?\)|[a-z0-9]{1,3}[.)])\s/;

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];

/**
 * How an item is numbered: the kind of its number (a letter, a roman numeral, digits, a bullet) and its
 * brackets, so that "(a)" and "(i)" lists nested in each other are told apart. "(i)" after "(h)" is a letter.
 */
function markerOf(line: string, style: string | undefined, last: string): { style: string; value: string } {
  const m = /^(?:([-*•])|\(\s?([a-z0-9]{1,3})\s?\)|([a-z0-9]{1,3})([.)]))\s/.exec(line)!;
  if (m[1]) return { style: m[1], value: m[1] };
  const value = m[2] ?? m[3]!;
  const brackets = m[2] ? '()' : m[4]!;
  const letterAfter = /^[a-z]$/.test(last) && value.length === 1 && value.charCodeAt(0) === last.charCodeAt(0) + 1;
  const kind = /^\d+$/.test(value) ? '1' : ROMANS.includes(value) && !(letterAfter && style === `a${brackets}`) ? 'i' : /^[a-z]$/.test(value) ? 'a' : '?';
  return { style: `${kind}${brackets}`, value };
}

/**
 * The waiting outer list a marked line goes back to: the nearest numbered the same way, once the inner list
 * has a numbering of its own; before that, only when the line's number comes next in the outer list ("(e)"
 * after "(d)"), since a list may nest one numbered like itself ("3. ... following:" "1." "2.").
 */
function backTo(outer: readonly { style: string | undefined; lastMarker: string }[], marker: { style: string; value: string }, innerNumbered: boolean): number {
  for (let k = outer.length - 1; k >= 0; k--) {
    if (outer[k]!.style === marker.style) return innerNumbered || follows(outer[k]!.lastMarker, marker.value) ? k : -1;
  }
  return -1;
}

function follows(last: string, value: string): boolean {
  if (/^\d+$/.test(last)) return Number(value) === Number(last) + 1;
  if (ROMANS.includes(last) && ROMANS.includes(value) && ROMANS.indexOf(value) === ROMANS.indexOf(last) + 1) return true;
  return last.length === 1 && value.length === 1 && value.charCodeAt(0) === last.charCodeAt(0) + 1;
}

/** A line that continues a list after a blank line: a marker, a lower-case start, or no sentence end. */
function looksLikeItem(line: string, caseless: boolean): boolean {
  // A line that ends with a colon opens a list of its own.
  if (/:\s*$/.test(line)) return false;
  // "Service providers: companies that ..." is an item of the list its lead-in opened, full stop or not.
  return ITEM_MARKER.test(line) || (!caseless && /^[a-z]/.test(line)) || !/[.!?]["')\]]*$/.test(line) || /^[A-Z][\w’'-]*(?: [\w’'-]+){0,4}: \S/.test(line);
}

/** Hardly a capital letter in the first few thousand characters: lower-cased text, as some corpora and exports are. */
function isCaseless(text: string): boolean {
  const sample = text.slice(0, 5000);
  const letters = sample.replace(/[^A-Za-z]/g, '');
  return letters.length > 200 && letters.replace(/[^A-Z]/g, '').length < letters.length * 0.002;
}

/** "1. Terms", "2.3 Licence": deeper numbering is a deeper heading; markdown hashes count too. */
function headingLevel(line: string): number {
  const hashes = /^(#{1,6})\s/.exec(line);
  if (hashes) return hashes[1]!.length;
  const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(line);
  if (numbered) return 1 + numbered[1]!.split('.').length;
  return 2;
}
