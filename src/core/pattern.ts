// Rules written in compromise match syntax, compiled once into a RegExp over the sentence text.
//
// Why compile: compromise's tagger reads ~20-40k words/s and the reading must stay above 300k words/s, so a
// rule cannot run `nlp(text).match(...)` on every sentence. compromise itself parses the pattern
// (`nlp.parseMatch`), so the syntax is exactly compromise's; this file turns its term list into a regular
// expression ahead of time, and a broken pattern throws when its module loads (every test then fails).
//
// What a pattern means over text:
// - A word matches case-insensitively, as a whole word (no word character on either side): `train` does not
//   match "retrain" or "trainer". An apostrophe inside a word matches ' or ’ ("user's", "user’s").
// - Consecutive terms are separated by a gap: one or more spaces, commas, straight or curly quotes, hyphens or
//   dashes, or parentheses. So `your content` matches "your content", "your, content", "your 'Content'" and
//   "your (content)", and `opt out` (or `opt-out`, which compromise reads as two words) matches "opt-out" and
//   "opt out" but not "optout". A semicolon, colon, full stop, slash, ! or ? is never a gap: a pattern does not
//   run across a clause break (compromise would).
// - `.` is any one word: letters and digits, with inner apostrophes, full stops, ampersands or slashes
//   ("don't", "e.g.", "T&C", "and/or").
// - `(a|b c)` alternatives (a hyphenated word in them is read as its two words, "fine-tune" = "fine tune");
//   `#Concept` any entry of that concept (each entry itself a pattern, see rules/concepts.ts); `x?` optional;
//   `x+` and `x*` one or more (compromise reads `x*` so too); a lone `*` any number of words; `.{2,4}` and
//   `x{0,3}` counted; `!x` one word that is not x; `^` the sentence's first word (after leading punctuation),
//   `$` its last; `[...]` or `[<name>...]` a group whose start index `groupIndex` returns; `/regex/` a word
//   matching the regex (anchor it with `^`/`$`; unanchored, it may sit anywhere inside the word, as in
//   compromise): `/^disclos/` is "disclose", "disclosed", "disclosure". Words start with a letter or digit.
// - Not supported (an error names them): fuzzy `~word~`, `@method`, `<Chunk>`, `%Switch%`, `{root}`.
// - Unlike compromise, contractions are not expanded: write `(do not|don't)`.
import nlp from 'compromise/two';

/** Concept name -> its entries, each a pattern (usually one word or a short phrase). */
export type Concepts = Readonly<Record<string, readonly string[]>>;

interface Term {
  word?: string;
  tag?: string;
  anything?: boolean;
  regex?: RegExp;
  fastOr?: Set<string>;
  choices?: Term[][];
  operator?: string;
  optional?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  negative?: boolean;
  start?: boolean;
  end?: boolean;
  group?: string;
  groupStart?: boolean;
  groupEnd?: boolean;
}

const SUPPORTED = new Set(['word', 'tag', 'anything', 'regex', 'fastOr', 'choices', 'operator', 'optional', 'greedy', 'min', 'max', 'negative', 'start', 'end', 'group', 'groupStart', 'groupEnd']);
const UNSUPPORTED_NAMES: Record<string, string> = { fuzzy: 'fuzzy ~word~', method: '@method', chunk: '<Chunk>', switch: '%Switch%', machine: '{root}', root: '{root}', implicit: 'implicit', id: 'id' };

/** Between two words: spaces, commas, quotes, hyphens and dashes, parentheses. */
export const GAP = '[\\s,"\'“”‘’()\\-‐–—]+';
/** Any one word (compromise's `.`). */
const ANY = '\\b\\w+(?:[\'’.&/]\\w+)*\\.?(?!\\w)';
/** compromise writes an open upper bound as 999. */
const OPEN = 999;

export class PatternError extends Error {
  override name = 'PatternError';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One literal word; a hyphenated one (possible only inside `(a|b)`) as its words with a gap between. */
function literal(word: string, source: string): string {
  if (!/^\w/.test(word)) throw new PatternError(`pattern "${source}": "${word}" is not a word (words start with a letter or digit; a /regex/ takes no flags)`);
  const body = word
    .split('-')
    .filter((part) => part !== '')
    .map((part) => escape(part).replace(/['’]/g, "['’]"))
    .join(GAP);
  // \b where the word ends with a letter (the same thing, and faster), a lookahead where it does not ("a.i.").
  return `\\b${body}${/\w$/.test(word) ? '\\b' : '(?!\\w)'}`;
}

/** A `/regex/` term: the regex must match inside one word; `^`/`$` tie it to the word's start or end. */
function regexTerm(re: RegExp): string {
  let body = re.source;
  const head = body.startsWith('^');
  const tail = body.endsWith('$') && !body.endsWith('\\$');
  if (head) body = body.slice(1);
  if (tail) body = body.slice(0, -1);
  return `\\b${head ? '' : '\\w*?'}(?:${body})${tail ? '' : '\\w*'}(?!\\w)`;
}

class Compiler {
  groups: string[] = [];

  constructor(
    private readonly concepts: Concepts,
    /** Concepts already compiled, and those being compiled (to catch a concept that refers to itself). */
    private readonly compiled = new Map<string, string>(),
    private readonly compiling = new Set<string>(),
  ) {}

  /** The regex source of a whole pattern. */
  pattern(source: string, nested = false): string {
    // compromise reads "(in .{0,8})" as "(in .){0,8}": a count inside parentheses silently moves outside.
    if (/\{\d*,?\d*\}\s*\)/.test(source)) throw new PatternError(`pattern "${source}": a {min,max} count inside ( ) is not read as written; use a concept or several patterns`);
    const terms = nlp.parseMatch(source) as Term[];
    if (terms.length === 0) throw new PatternError(`pattern "${source}" is empty`);
    return this.sequence(terms, source, nested);
  }

  /** Each term takes the gap after it; the last of a nested sequence leaves it to the term that holds it. */
  private sequence(terms: Term[], source: string, nested = false): string {
    return terms.map((t, i) => this.term(t, source, nested && i === terms.length - 1, i < terms.length - 1)).join('');
  }

  private term(t: Term, source: string, gapOutside = false, wordFollows = false): string {
    for (const key of Object.keys(t)) {
      if (!SUPPORTED.has(key)) throw new PatternError(`pattern "${source}": ${UNSUPPORTED_NAMES[key] ?? key} is not supported`);
    }
    let unit = this.unit(t, source);
    if (t.negative) unit = `(?!${unit})${ANY}`;
    const q = quantifier(t);
    const name = t.groupStart ? this.group(t.group ?? '0') : '';
    // A one-term group captures the word alone, and takes no part when its term is optional and absent.
    if (t.groupStart && t.groupEnd) unit = `(?<${name}>${unit})`;
    // Before another word of the pattern the gap is needed anyway (two words never touch), and a required gap is
    // faster to rule out than an optional one.
    let out = gapOutside && q === '' ? unit : `(?:${unit}(?:${GAP})${wordFollows ? '' : '?'})${q}`;
    if (t.start) out = `(?<=^\\W*)${out}`;
    if (t.end) out = `${out}(?=\\W*$)`;
    if (t.groupStart && !t.groupEnd) out = `(?<${name}>${out}`;
    if (t.groupEnd && !t.groupStart) out = `${out})`;
    return out;
  }

  private group(label: string): string {
    const name = groupName(label);
    if (this.groups.includes(name)) throw new PatternError(`group ${label} appears twice`);
    this.groups.push(name);
    return name;
  }

  private unit(t: Term, source: string): string {
    if (t.anything) return ANY;
    if (t.word !== undefined) {
      // compromise reads "(a|b (c|d))" as the word "(a|b" without complaint: nesting is not in its syntax.
      if (/[()|[\]{}]/.test(t.word)) throw new PatternError(`pattern "${source}": "${t.word}" is not a word (alternatives cannot nest)`);
      return literal(t.word, source);
    }
    if (t.regex) return regexTerm(t.regex);
    if (t.tag !== undefined) return this.concept(t.tag, source);
    if (t.fastOr) {
      // Plain words share one pair of word boundaries, \b(?:a|b|c)\b: the engine then tests a boundary once per
      // position instead of once per word (the same words match; the longest are tried first).
      const words = [...t.fastOr].sort((a, b) => b.length - a.length);
      const plain = words.filter((w) => /^\w[\w'’]*\w$|^\w$/.test(w));
      const other = words.filter((w) => !plain.includes(w)).map((w) => literal(w, source));
      const shared = plain.length > 0 ? [`\\b(?:${plain.map((w) => escape(w).replace(/['’]/g, "['’]")).join('|')})\\b`] : [];
      return `(?:${[...shared, ...other].join('|')})`;
    }
    if (t.choices) return `(?:${t.choices.map((c) => this.sequence(c, source, true)).join('|')})`;
    throw new PatternError(`pattern "${source}": a term compromise read as ${JSON.stringify(t)} is not supported`);
  }

  private concept(name: string, source: string): string {
    const done = this.compiled.get(name);
    if (done !== undefined) return done;
    const entries = this.concepts[name];
    if (entries === undefined) throw new PatternError(`pattern "${source}": unknown concept #${name} (known: ${Object.keys(this.concepts).join(', ')})`);
    if (entries.length === 0) throw new PatternError(`concept #${name} has no entries`);
    if (this.compiling.has(name)) throw new PatternError(`concept #${name} refers to itself`);
    this.compiling.add(name);
    // Entries are compiled on their own so that a group in one could not pose as the rule's.
    const inner = new Compiler(this.concepts, this.compiled, this.compiling);
    const body = `(?:${entries.map((e) => `(?:${inner.pattern(e, true)})`).join('|')})`;
    if (inner.groups.length > 0) throw new PatternError(`concept #${name}: entries may not hold [groups]`);
    this.compiling.delete(name);
    this.compiled.set(name, body);
    return body;
  }
}

function quantifier(t: Term): string {
  if (t.min !== undefined || t.max !== undefined) {
    const min = t.min ?? 0;
    const max = t.max === undefined || t.max >= OPEN ? '' : String(t.max);
    return `{${min},${max}}`;
  }
  if (t.greedy) return t.optional ? '*' : '+';
  return t.optional ? '?' : '';
}

function groupName(name: string): string {
  if (!/^\w+$/.test(name)) throw new PatternError(`group name "${name}" must be letters, digits or _`);
  return `g_${name}`;
}

/**
 * A compiler bound to a concepts table: `compile('#Provider (may|will)? not? [#Train] .{0,4} #UserContent')`.
 * Several patterns give one RegExp that matches where any of them does (compromise alternatives cannot nest,
 * so this is how a rule says "either this phrase or that one"). The result is a plain case-insensitive
 * RegExp, with the `d` flag when it has groups, for their indexes.
 */
export function patternCompiler(concepts: Concepts): (...sources: string[]) => RegExp {
  const compiled = new Map<string, string>();
  return (...sources: string[]) => {
    if (sources.length === 0) throw new PatternError('no pattern given');
    const groups: string[] = [];
    const bodies = sources.map((source) => {
      const c = new Compiler(concepts, compiled);
      const body = c.pattern(source);
      for (const g of c.groups) {
        if (groups.includes(g)) throw new PatternError(`pattern "${source}": group ${g.slice(2)} is already used by another pattern of this rule`);
        groups.push(g);
      }
      return body;
    });
    // Every match starts at a word, so a leading \b lets the engine drop most positions at once (2-3x faster).
    return new RegExp(`\\b(?:${bodies.join('|')})`, groups.length > 0 ? 'id' : 'i');
  };
}

/** Where group `name` (`[...]` is "0", `[<x>...]` is "x") starts in a match, or -1 when it took no part. */
export function groupIndex(m: RegExpExecArray, name = '0'): number {
  return m.indices?.groups?.[`g_${name}`]?.[0] ?? -1;
}

/** Where the pattern matches in text, at its group when one is named; -1 when it does not match. */
export function indexIn(re: RegExp, text: string, group?: string): number {
  const m = re.exec(text);
  if (m === null) return -1;
  return group === undefined ? m.index : groupIndex(m, group);
}
