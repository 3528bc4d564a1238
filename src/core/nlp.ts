// The one place the core touches compromise (`two`: tagger only, much smaller than the full build). We tag a
// candidate sentence once and answer the questions keyword matching gets wrong: is this verb under a
// negation ("will not use ... to train"), who is the subject of its clause (we / you / third parties), and
// is it said with a modal ("may", "will"). Offsets come from compromise but are checked against the text.
import nlp from 'compromise/two';

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

export function parse(sentence: string): Parse {
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
        negative: (t.tags.includes('Negative') && lower !== 'non' && !(t.post ?? '').startsWith('-')) || NEGATORS.has(lower),
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

/** Words that open a sentence without naming anyone ("The", "This", "Depending on ..."). */
const NOT_A_NAME = /^(the|this|these|that|those|such|any|all|each|some|no|your|our|their|its|a|an|if|in|for|to|as|when|where|while|with|by|on|at|from|please|registered|other|depending|subject|under|upon|after|before|following|similarly|also|however|additionally|further|furthermore|notwithstanding)$/i;

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
  const subject = words.join(' ');
  // "we" / "us" name the provider; "our partners" are third parties, "our Services" the provider's own.
  if (words.some((w) => /^(we|us)$/i.test(w))) return 'provider';
  if (THIRD.test(subject)) return 'third-party';
  if (/\b(you|users?|creators?|sellers?|uploaders?|members?|customers?|subscribers?|administrators?)\b/i.test(subject)) return 'user';
  if (words.some((w) => PROVIDER.test(w))) return 'provider';
  // An imperative addressed to the reader: "Do not copy ...", "Don't modify ...".
  if (words.length === 0 && /^(do|don['’]?t|never)$/i.test(clause[from]?.t.text ?? '')) return 'user';
  // A name: a capitalised word that is not just the first word of the sentence being capitalised.
  if (words.some((w, k) => /^[A-Z]/.test(w) && (k > 0 || !NOT_A_NAME.test(w)))) return 'provider';
  return 'unknown';
}
