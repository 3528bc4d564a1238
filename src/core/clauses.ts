// Cheap clause reading for nlp.ts: cut a sentence into clauses and read a clause's subject lexically,
// so compromise only tags the clauses where that is not enough.

export interface Span {
  start: number;
  end: number;
}

/** Longest clause we hand to the tagger; longer ones are cut at commas. */
const MAX_CLAUSE_WORDS = 40;
// A colon or semicolon before a numbered item ("in connection with: (1) ...; (2) ...") keeps the clause going:
// the items complete it, and a negation before the colon reaches them.
const HARD_BREAK = /[;:]\s+(?!(?:and\s+|or\s+)?\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s)|\s+(?=(?:unless|except|without|whereas|provided that|although)\b)/gi;
const CONDITIONAL_START = /^\W*(?:if|when|unless|once|where|while|although)\b/i;

export function clauseSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const cut = (to: number) => {
    if (to > from) splitLong(sentence, from, to, spans);
    from = to;
  };
  for (const m of sentence.matchAll(HARD_BREAK)) cut(m.index + (m[0].startsWith(';') || m[0].startsWith(':') ? 1 : m[0].length));
  cut(sentence.length);
  // A fronted condition ("If you do not opt out, they may ...") ends at its first comma.
  const out: Span[] = [];
  for (const span of spans) {
    const text = sentence.slice(span.start, span.end);
    const comma = text.indexOf(', ');
    if (CONDITIONAL_START.test(text) && comma > 0) {
      out.push({ start: span.start, end: span.start + comma + 1 }, { start: span.start + comma + 2, end: span.end });
    } else out.push(span);
  }
  return out.map((span) => trim(sentence, span));
}

function trim(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function splitLong(sentence: string, start: number, end: number, out: Span[]): void {
  let from = start;
  let words = 0;
  for (let i = start; i < end; i++) {
    if (sentence[i] === ' ') words++;
    if (words >= MAX_CLAUSE_WORDS && sentence[i] === ',' && sentence[i + 1] === ' ') {
      out.push({ start: from, end: i + 1 });
      from = i + 2;
      words = 0;
    }
  }
  out.push({ start: from, end });
}

/** A word that certainly negates (lexically); the tagger is only consulted for clauses holding one. */
export const NEGATIVE_WORD = /\b(?:not|never|no|neither|nor|none|nothing|cannot)\b|n['’]t\b/i;

/** Where a new subject starts inside a clause: "You agree that Acme may ...", "whether X shares ...". */
const INNER_SUBJECT = /\b(?:agree|acknowledge|understand|consent|confirm|accept|note|clarify|mean|ensure|believe|control)s? (?:that|whether)\s+|\b(?:whether|and|but|or|so that|after|before|until|because|once|when|if|unless)\s+(?=(?:we|you|they|[A-Z][\w’'-]*)\b)|,\s+(?=(?:we|you|they)\b)/g;
/** "The Service allows you to share ...": the one who shares is the user. */
const ENABLED = /\b(?:allow|let|enable|permit|help|invite|require|ask)s?\s+(?:other |our |all )?(you|users?|uploaders?|creators?|members?)\b(?:\s+to)?\s+(?:\w+,?\s+){0,6}$/i;
/** The end of a subject: an auxiliary, a modal or a verb that introduces what the subject does. */
const SUBJECT_END = /\b(?:may|will|can|shall|must|might|could|would|should|is|are|was|were|has|have|had|do|does|did|don['’]t|doesn['’]t|won['’]t|cannot|reserves?|retains?|agrees?|grants?|acknowledges?|understands?|uses?|shares?|discloses?|sells?|provides?|collects?|process(?:es)?|owns?|consents?|hereby|also|only|never|offers?|employs?|compiles?|allows?|lets?|permits?|expects?|encourages?|assigns?|gives?|receives?)\b/i;
const FRONTED = /^(?:(?:depending|subject|under|upon|after|before|following|in|for|as|to|with|without|except|notwithstanding|by|similarly|additionally|further|furthermore|however|also)\b[^,]{0,120},\s*)/i;

/**
 * The subject words before `offset` in a clause, read without tagging, or null when the clause is not
 * plain enough (no auxiliary within twelve words).
 */
export function lexicalSubject(clause: string, offset: number): string | null {
  let from = 0;
  for (const m of clause.slice(0, offset).matchAll(INNER_SUBJECT)) from = m.index + m[0].length;
  let head = clause.slice(from, Math.max(from, offset));
  // A word right after a preposition ("by sharing", "before disclosing") or a determiner ("These changes")
  // names no one before it: the actor is not said here.
  if (/^\W*(?:by|before|after|when|while|without|for|upon|in|on)\s*$|^\W*(?:the|these|this|such|any|all|those|its|their)\s*$/i.test(head)) return '';
  const enabled = ENABLED.exec(head);
  if (enabled) return enabled[1]!;
  const fronted = FRONTED.exec(head);
  if (fronted) head = head.slice(fronted[0].length);
  head = head.replace(/^\W*(?:if|when|once|unless|where|while|whenever)\s+/i, '').replace(/^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*/i, '');
  // Plain openings need no tagger: a pronoun, an imperative, an infinitive or a lower-case list fragment.
  const pronoun = /^(we|you|they|it)\b/i.exec(head);
  if (pronoun) return pronoun[1]!;
  if (/^(?:do not|don['’]t|never|please)\b/i.test(head)) return 'you';
  if (/^(?:to\s|[a-z])/.test(head)) return '';
  const name = /^([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+[a-z]+s\b/.exec(head);
  if (name && !/^(?:The|This|These|Any|All|Each|Such|Our|Your|Some|No)$/.test(name[1]!.split(/\s+/)[0]!)) return name[1]!;
  const end = SUBJECT_END.exec(head);
  if (!end) return null;
  const subject = head.slice(0, end.index).trim();
  return subject.split(/\s+/).length <= 12 ? subject : null;
}
