// The one place the core touches compromise (`two`: tagger only, much smaller than the full build). It
// answers the questions keyword matching gets wrong: is this verb under a negation ("will not use ... to
// train"), who is the subject of its clause (we / you / third parties), and is it said with a modal. The
// tagger reads ~10,000 words/s, so a sentence is cut into clauses (at ";", ":", "unless", "without", a
// fronted "If ...,") and a clause is tagged only when a cheap reading cannot answer: negation scope is only
// computed when the clause holds a negative word, and the subject is read from the words before the first
// auxiliary or reporting verb when that is plain. Each clause is tagged at most once.
import nlp from 'compromise/two';
import { NEGATIVE_WORD, clauseSpans, lexicalSubject } from './clauses';

export type Actor = 'provider' | 'user' | 'third-party' | 'unknown';

export interface Token {
  text: string;
  /** Character offsets into the parsed sentence. */
  start: number;
  end: number;
  negative: boolean;
  verb: boolean;
  modal: boolean;
  pronoun: boolean;
  /** Punctuation that follows the word (",", ";"...), which compromise keeps outside the text. */
  post: string;
}

export interface Parse {
  tokens: Token[];
  /** True when the word at this character offset lies in the scope of a negation. */
  negatedAt(offset: number): boolean;
  /** Who performs the clause that holds this character offset (the words before its first verb). */
  actorAt(offset: number): Actor;
  /** True when the clause holding this offset uses a modal verb (may, can, will, shall...). */
  modalAt(offset: number): boolean;
  /** True when compromise reads the word at this offset as a verb ("share" the verb, not "likes, shares"). */
  verbAt(offset: number): boolean;
  /** Backwards compatible: any negation in the sentence. */
  negated: boolean;
}

interface TermJson {
  text: string;
  post?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Words that end a clause, and with it the reach of a negation or a subject. */
const CLAUSE_OPENERS = new Set(['unless', 'without', 'except', 'which', 'who', 'if', 'provided', 'however', 'but', 'whereas', 'although', 'while', 'when', 'once', 'whether']);
/** Openers of a fronted condition, which ends at its first comma. */
const CONDITIONALS = new Set(['if', 'unless', 'when', 'once', 'although', 'while', 'whereas']);
const SUBJECT_AFTER_AND = new Set(['we', 'you', 'they', 'it', 'he', 'she']);
const NEGATORS = new Set(['no', 'neither', 'nor', 'never', 'none', 'nothing']);

/** How much text went through the tagger since the last reset: the benchmark reports it. */
export const tagStats = { clauses: 0, words: 0 };

/** Tags one clause (or a short sentence) with compromise and reads it token by token. */
export function tagClause(sentence: string): Parse {
  tagStats.clauses++;
  tagStats.words += sentence.split(/\s+/).length;
  const tokens: Token[] = [];
  for (const sentenceJson of nlp(sentence).json({ offset: true }) as { terms: TermJson[] }[]) {
    for (const t of sentenceJson.terms) {
      const start = t.offset.start;
      const end = start + t.offset.length;
      // Guard: trust an offset only when it points at the same word in our string.
      if (t.text && sentence.slice(start, end) !== t.text) continue;
      const lower = t.text.toLowerCase();
      tokens.push({
        text: t.text,
        start,
        end,
        // compromise tags the "non" of "non-exclusive" as a negation; a prefix negates nothing here.
        // So is the "no" of "no-charge".
        negative: !(t.post ?? '').startsWith('-') && ((t.tags.includes('Negative') && lower !== 'non') || NEGATORS.has(lower)),
        verb: t.tags.includes('Verb'),
        modal: t.tags.includes('Modal'),
        pronoun: t.tags.includes('Pronoun'),
        post: t.post ?? '',
      });
    }
  }
  const clauseOf = clauseIndex(tokens);
  const negatedTokens = negationScope(tokens, clauseOf);
  const tokenAt = (offset: number) => {
    let best = -1;
    for (let i = 0; i < tokens.length && tokens[i]!.start <= offset; i++) best = i;
    return best;
  };
  return {
    tokens,
    negated: tokens.some((t) => t.negative),
    negatedAt: (offset) => negatedTokens.has(tokenAt(offset)),
    actorAt: (offset) => actorOf(tokens, clauseOf, tokenAt(offset)),
    verbAt: (offset) => tokens[tokenAt(offset)]?.verb ?? false,
    modalAt: (offset) => {
      const i = tokenAt(offset);
      return tokens.some((t, j) => clauseOf[j] === clauseOf[i] && t.modal);
    },
  };
}

/** Numbers each token with its clause: a new clause starts after ";" ":" or a comma before an opener. */
function clauseIndex(tokens: Token[]): number[] {
  const out: number[] = [];
  let clause = 0;
  // A clause opened by "if / unless / when ..." ends at its first comma: "If you do not opt out, they may ...".
  let subordinate = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const prevPost = tokens[i - 1]?.post ?? '';
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    // "You agree that Acme may ...": a "that" after a verb opens the clause whose subject matters.
    const opens = CLAUSE_OPENERS.has(lower) || (lower === 'that' && (tokens[i - 1]?.verb ?? false));
    const closesSubordinate = subordinate && prevPost.includes(',');
    if (i > 0 && (/[;:]/.test(prevPost) || opens || closesSubordinate || ((lower === 'and' || lower === 'or') && SUBJECT_AFTER_AND.has(next)))) {
      clause++;
      subordinate = false;
    }
    if (CONDITIONALS.has(lower)) subordinate = true;
    out.push(clause);
  }
  return out;
}

/**
 * A negation reaches forward to the end of its clause ("will not use your content to train"), and back
 * over a passive subject ("your content is not used to train"). "not only" negates nothing.
 */
function negationScope(tokens: Token[], clauseOf: number[]): Set<number> {
  const scope = new Set<number>();
  tokens.forEach((t, i) => {
    if (!t.negative) return;
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    // "not only" negates nothing; "no guarantee that ..." disclaims rather than promises.
    if (t.text.toLowerCase() === 'not' && next === 'only') return;
    if (/^guarantee|^warrant|^assurance/.test(next) || /^guarantee|^warrant|^ensure/.test(tokens[i + 2]?.text.toLowerCase() ?? '')) return;
    // "Neither X nor Y may ...", "No third party may ...": the whole sentence up to an exception is negated.
    const sentenceWide = i <= 2 && /^(neither|no|none|nothing)$/.test(t.text.toLowerCase());
    for (let j = 0; j < tokens.length; j++) {
      if (clauseOf[j] === clauseOf[i]) scope.add(j);
      else if (sentenceWide && j > i && !/^(unless|except|without)$/.test(tokens[j]!.text.toLowerCase())) scope.add(j);
    }
  });
  return scope;
}

const PROVIDER = /^(we|us|our|the company|the platform|the service)$/i;
const THIRD = /\b(third[- ]part(y|ies)|recipients?|partners?|advertisers?|affiliates?|others|other (users|companies)|vendors?|providers?|developers?|researchers?)\b/i;

/** Words that open a sentence without naming anyone ("The", "This", "Depending on ...", "Information about you ..."). */
const NOT_A_NAME = /^(the|this|these|that|those|such|any|all|each|some|no|your|our|their|its|a|an|if|in|for|to|as|when|where|while|with|by|on|at|from|please|registered|other|depending|subject|under|upon|after|before|following|similarly|also|however|additionally|further|furthermore|notwithstanding|information|content|data|details|personal|usage|messages|photos|posts|cookies)$/i;

function actorOf(tokens: Token[], clauseOf: number[], at: number): Actor {
  if (at < 0) return 'unknown';
  const clause = tokens.map((t, i) => ({ t, i })).filter(({ i }) => clauseOf[i] === clauseOf[at]);
  // Skip a fronted phrase ("Depending on your settings, we ..."): the subject comes after its comma.
  let from = 0;
  const first = clause[0]?.t.text ?? '';
  if (NOT_A_NAME.test(first) || /ing$/i.test(first)) {
    const comma = clause.findIndex(({ t }, k) => k < 10 && t.post.includes(','));
    if (comma >= 0 && clause[comma]!.i < at) from = comma + 1;
  }
  const words: string[] = [];
  for (const { t } of clause.slice(from)) {
    if (t.verb) break;
    words.push(t.text);
  }
  if (words.length === 0 && /^(do|don['’]?t|never)$/i.test(clause[from]?.t.text ?? '')) return 'user';
  return subjectActor(words);
}

const PREPOSITION = /^(?:about|of|from|on|regarding|concerning|relating|related|for|in)$/i;
/** "Each of you", "some of our partners": here the words after "of" are the subject. */
const QUANTIFIER = /^(?:each|any|all|some|none|one|many|most|both|either|neither|several|few|either|certain|two|three)$/i;

/** Who the subject words name. */
export function subjectActor(all: readonly string[]): Actor {
  // The subject's head, not what it is about: "information about you", "the content of users" is no act of the user.
  const of = all.findIndex((w, k) => k > 0 && PREPOSITION.test(w) && !QUANTIFIER.test(all[k - 1]!));
  const words = of > 0 ? all.slice(0, of) : all;
  const subject = words.join(' ');
  // "we" / "us" name the provider; "our partners" are third parties, "our Services" the provider's own.
  if (words.some((w) => /^(we|us)$/i.test(w))) return 'provider';
  if (THIRD.test(subject)) return 'third-party';
  if (/\b(you|users?|creators?|sellers?|uploaders?|members?|customers?|subscribers?|administrators?)\b/i.test(subject)) return 'user';
  if (words.some((w) => PROVIDER.test(w))) return 'provider';
  // A name: a capitalised word that is not just the first word of the sentence being capitalised.
  if (words.some((w, k) => /^[A-Z]/.test(w) && (k > 0 || !NOT_A_NAME.test(w)))) return 'provider';
  return 'unknown';
}

/** Terms repeat whole clauses (and versions of a page repeat everything): remember recent tags. */
const recent = new Map<string, Parse>();
/** Forget remembered tags (the benchmark does, so that repeated runs measure real tagging). */
export function clearTagCache(): void {
  recent.clear();
}
function cachedTag(clause: string): Parse {
  let p = recent.get(clause);
  if (!p) {
    p = tagClause(clause);
    if (recent.size >= 256) recent.delete(recent.keys().next().value!);
    recent.set(clause, p);
  }
  return p;
}

/**
 * Whether a clause holds a real negation, read lexically: the tagger would mark the same words (a negation's
 * scope is its whole clause), so tagging is not needed for it. A prefix ("no-charge", "non-exclusive"), "not only"
 * and "no guarantee that" negate nothing.
 */
function negatesClause(clause: string, offset: number): boolean {
  // The part of the clause that holds the offset: an opener ("but", "if", "however"...) or a ; or : starts a new one.
  let from = 0;
  let to = clause.length;
  for (const m of clause.matchAll(SUBCLAUSE_BREAK)) {
    // A relative "that" keeps its own negation ("insights that do not identify you" shares), but a denied head
    // reaches into it ("no terms that modify these").
    if (m.index <= offset) {
      if (!/^that$/i.test(m[0])) from = m.index;
    } else {
      to = m.index;
      break;
    }
  }
  const part = clause.slice(from, to);
  for (const m of part.matchAll(/\b(?:not|never|no|neither|nor|none|nothing|cannot)\b|n['’]t\b/gi)) {
    const after = part.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (after.startsWith('-')) continue;
    if (/^not$/i.test(m[0]) && /^\s+(?:only|limited to)\b/i.test(after)) continue;
    if (/^\s+(?:\S+\s+)?(?:guarantee|warrant|assurance|ensure)/i.test(after)) continue;
    return true;
  }
  return false;
}
// A colon that opens an enumeration ("in connection with: (1) ...") continues the clause it ends.
// "... and are obliged not to ...": a conjunction before a new auxiliary opens a verb phrase with its own negation.
// So do the semicolons between its numbered items ("...: (1) ...; (2) ...; or (3) ...").
const SUBCLAUSE_BREAK = /;(?!\s*(?:and\s+|or\s+)?\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))|:(?!\s*\(?(?:1|a|i)\))|\b(?:unless|without|except|which|who|that|if|provided|however|but|whereas|although|while|when|once|whether)\b|\b(?:and|or) (?=(?:are|is|will|must|shall|may|can|have|has|do|does)\b)/gi;

/** Words before a verb that mark it as a verb ("we share", "may disclose", "to sell"). */
const BEFORE_VERB = /\b(?:we|they|you|it|may|will|can|could|might|would|shall|must|to|also|not|never|generally|only|and|or|[A-Z][\w’'-]*)\s+$/;
const BEFORE_NOUN = /(?:\b(?:the|a|an|any|such|our|your|their|its|of|likes|,)\s+)$/i;

/**
 * A sentence read clause by clause: each question is answered lexically when it can be, and by tagging
 * the one clause concerned with compromise (at most once per clause) when it cannot.
 */
export function parse(sentence: string): Parse {
  const spans = clauseSpans(sentence);
  const tagged = new Map<number, Parse>();
  let whole: Parse | undefined;
  const indexOf = (offset: number) => {
    let i = 0;
    while (i < spans.length - 1 && offset >= spans[i + 1]!.start) i++;
    return i;
  };
  const tag = (i: number) => {
    let p = tagged.get(i);
    if (!p) tagged.set(i, (p = cachedTag(sentence.slice(spans[i]!.start, spans[i]!.end))));
    return p;
  };
  // "Neither X nor Y may ...", "No third party may ...": the whole sentence is negated, up to an exception.
  const sentenceWide = /^\W*(?:neither|no|none|nothing)\b/i.test(sentence);
  return {
    get tokens() {
      whole ??= tagClause(sentence);
      return whole.tokens;
    },
    negated: NEGATIVE_WORD.test(sentence),
    negatedAt(offset) {
      const i = indexOf(offset);
      const { start, end } = spans[i]!;
      const text = sentence.slice(start, end);
      if (sentenceWide && i > 0 && !/^\W*(?:unless|except|without)\b/i.test(text)) return true;
      return NEGATIVE_WORD.test(text) && negatesClause(text, offset - start);
    },
    actorAt(offset) {
      const i = indexOf(offset);
      const { start, end } = spans[i]!;
      const subject = lexicalSubject(sentence.slice(start, end), offset - start);
      if (subject !== null) return subject === '' ? 'unknown' : subjectActor(subject.split(/\s+/));
      return tag(i).actorAt(offset - start);
    },
    modalAt(offset) {
      const { start, end } = spans[indexOf(offset)]!;
      return /\b(?:may|might|can|could|will|would|shall|should|must)\b/i.test(sentence.slice(start, end));
    },
    verbAt(offset) {
      const before = sentence.slice(Math.max(0, offset - 30), offset);
      if (BEFORE_NOUN.test(before)) return false;
      if (BEFORE_VERB.test(before) || /^\w+ed\b/.test(sentence.slice(offset))) return true;
      // "before disclosing", "by sharing": a gerund after a preposition is the verb of its phrase.
      if (/\b(?:by|before|after|when|while|without|for|upon|from|in)\s+$/i.test(before) && /^\w+ing\b/.test(sentence.slice(offset))) return true;
      const i = indexOf(offset);
      return tag(i).verbAt(offset - spans[i]!.start);
    },
  };
}

/** Tags a whole text with compromise and returns its number of terms: the benchmark's baseline only. */
export function tagWholeText(text: string): number {
  return nlp(text).terms().length;
}
