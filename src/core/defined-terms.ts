// The document's own names for things: terms define "Materials", "Inputs", "Your Stuff" or "Customer
// Content" once and use them everywhere after. A rule that only knows "your content" misses every later
// sentence, so the definitions are read first and the user's content terms join the vocabulary.

export interface DefinedTerms {
  /** Terms that name what the user brings (uploads, prompts, posts...). */
  userContent: string[];
  /** Names the provider gives itself ("Acme", alongside "we" / "us"). */
  provider: string[];
}

export const NO_TERMS: DefinedTerms = { userContent: [], provider: [] };

/** A parenthesis holding quoted terms: (“Inputs”), (together, "Your Content"), (“Acme,” “we,” or “us”). */
const PAREN = /\(([^()]{0,60}?[“"][^”"()]{1,40}[”"][^()]{0,80}?)\)/g;
/** "“Content” means ...", "'Submissions' refers to ...". */
const MEANS = /[“"‘']([A-Z][^”"’']{1,40})[”"’'] (?:means|refers to|shall mean|is defined as|includes)\b/g;
/** "(we call these “Inputs”)", "Inputs and Outputs collectively are “Materials”". */
const CALLED = /\b(?:we call (?:these|this|them|it)|(?:collectively|together),? (?:they )?(?:are|as)|(?:are|is) (?:collectively |together )?(?:called|known as|referred to as)|referred to as) [“"‘']([A-Z][^“”"‘’'.,;]{1,40})/g;
/** "The prompts you enter are "Input"": a quoted name right after "is" / "are" (a second, simpler scan is faster). */
const IS_QUOTED = /\b(?:are|is) [“"‘']([A-Z][^“”"‘’'.,;]{1,40})/g;
const QUOTED = /[“"‘']([^“”"‘’']{1,40}?)[,]?[”"’']/g;
/** What a user's content is called: a content noun, not an account, a payment or data about use. */
const CONTENT_NAME = /\b(?:content|materials?|inputs?|outputs?|submissions?|assets|stuff|uploads?|posts?|prompts?|works?|files?|contributions?|media|recordings?|creations?|data)\b/i;
const NOT_CONTENT = /\b(?:usage|technical|device|log|payment|confidential|account|documentation|limitation|personal|third-party|pre-release|aggregated|anonymous|dump|administrative)\b/i;
const PROVIDER_CUE = /\b(?:provided|made available|offered|owned|licensed) (?:to you )?by (?!you\b)(?:us\b|[A-Z])/;
const USER_NAMED = /^(?:your|user|customer|member|creator|subscriber)\b/i;
const PROVIDER_PRONOUN = /^(?:we|us|our)$/i;
const GENERIC = /^(?:you|your|terms|agreement|services?|site|platform|policy)$/i;

export function readDefinedTerms(text: string): DefinedTerms {
  const userContent = new Set<string>();
  const provider = new Set<string>();
  const consider = (terms: string[], around: string) => {
    if (terms.some((t) => PROVIDER_PRONOUN.test(t))) {
      for (const t of terms) if (!PROVIDER_PRONOUN.test(t) && /^[A-Z]/.test(t)) provider.add(t);
      return;
    }
    for (const t of terms) {
      if (GENERIC.test(t) || !/^[A-Z]/.test(t) || !CONTENT_NAME.test(t) || NOT_CONTENT.test(t)) continue;
      if (/^Our\b/.test(t) || [...provider].some((p) => t.startsWith(`${p} `))) continue;
      // "Inputs and Outputs collectively are Materials": made of the user's terms, so the user's too.
      const madeOfUsers = [...userContent].some((u) => new RegExp(`\\b${escape(u)}\\b`).test(around.slice(0, around.indexOf(t))));
      if (USER_NAMED.test(t) || madeOfUsers || (/\b(?:you|your)\b/i.test(around) && !PROVIDER_CUE.test(around))) userContent.add(t);
    }
  };
  for (const m of text.matchAll(PAREN)) {
    const terms = [...m[1]!.matchAll(QUOTED)].map((q) => q[1]!.trim());
    consider(terms, sentenceAround(text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(CALLED)) consider([m[1]!.trim()], sentenceAround(text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(IS_QUOTED)) consider([m[1]!.trim()], sentenceAround(text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(MEANS)) consider([m[1]!.trim()], text.slice(m.index, m.index + 240));
  // A term the document also calls the provider's ("Our Content") is not the user's.
  for (const t of [...userContent]) if (new RegExp(`\\b(?:Our|our|its) ${escape(t)}\\b`).test(text) && !USER_NAMED.test(t)) userContent.delete(t);
  return { userContent: [...userContent], provider: [...provider] };
}

/** The clause a definition sits in: back to the previous sentence end, forward a little. */
function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(text.lastIndexOf('. ', from), text.lastIndexOf('\n', from), from - 300, 0);
  return text.slice(start, Math.min(text.length, to + 80));
}

export function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence as the vocabulary reads it: the user's defined content terms become "your content", so every
 * rule that knows "your content" knows "Materials" too. Only the reading changes; spans stay the sentence's.
 */
const patterns = new WeakMap<DefinedTerms, { present: RegExp; replace: RegExp }>();
/**
 * One pattern per document ("your" before a term is swallowed, so "your Content" does not become "your your
 * content"), and a plain one without the look-behind that tells first whether the sentence names a term at all.
 */
function plainTermsPatterns(terms: DefinedTerms): { present: RegExp; replace: RegExp } {
  let pair = patterns.get(terms);
  if (!pair) {
    // A term defined in one number is used in the other: "(each a “Contribution”)", then "Contributions".
    const forms = terms.userContent.flatMap((t) => (/s$/.test(t) ? [escape(t), escape(t.slice(0, -1))] : [`${escape(t)}s`, escape(t)]));
    const words = `\\b(?:${forms.join('|')})\\b`;
    pair = { present: new RegExp(words), replace: new RegExp(`(?<!\\b(?:[Oo]ur|[Ii]ts|[Tt]heir) )(?:\\b[Yy]our )?${words}`, 'g') };
    patterns.set(terms, pair);
  }
  return pair;
}

export function withPlainTerms(sentence: string, terms: DefinedTerms): string {
  if (terms.userContent.length === 0) return sentence;
  const { present, replace } = plainTermsPatterns(terms);
  return present.test(sentence) ? sentence.replace(replace, 'your content') : sentence;
}
