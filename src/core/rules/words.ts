// Shared vocabulary for the rules: the concepts (concepts.ts) compiled into the patterns other rule files
// import. Each is a family of words, not a phrase from one document.
import { pattern } from './concepts';

/** Artificial intelligence in its many names. */
export const AI = pattern('#AI');

/** Verbs that turn data into a model. "Improve" and "develop" count only before an AI word (DEVELOP_AI). */
export const TRAIN = pattern('#Train');

/** AI named by what it is or does, as DEVELOP_AI reads it. */
const AI_WORDS = String.raw`(?:artificial intelligence|machine[- ]learn(?:ing|ed)|AI|generative|(?:language|AI|ML|foundation|algorithmic|speech|voice|image|audio|music|vision|recognition|recommendation|prediction) models?|(?:image|music|text|video|voice|speech|art|content) generat\w+|(?:image|speech|voice|audio|face|facial|object|pattern) recognition)`;
/**
 * Building or improving AI as a purpose: "to develop new technologies such as AI", "for machine learning".
 * Left a regex: it reads a window of characters up to a clause break, and "not followed by 'to'" has no
 * compromise syntax.
 */
export const DEVELOP_AI = new RegExp(
  String.raw`\b(?:(?:develop|improv|build|inform|power)\w*[^.;:]{0,50}?\b${AI_WORDS}|for (?:the purposes? of )?(?:[\w,]+ ){0,4}(?:machine[- ]learning|artificial intelligence)(?! to))\b`,
  'i',
);

/** The data itself improving a system, no verb of use needed: "your recordings help our speech recognition get better". */
export const HELPS_AI = new RegExp(String.raw`\bhelp\w*\s+(?:our |the |its |their )?(?:[\w-]+\s+){0,2}?${AI_WORDS}\s+(?:to\s+)?(?:get better|improve|learn|become (?:smarter|better|more accurate))\b`, 'i');

/** What the user brings: content, uploads, posts, data, information, prompts, feedback, or "it". */
export const USER_STUFF = pattern('#YourContent');

/** Saying no: negation words and prohibitions. */
export const PROHIBITED = pattern('#Prohibition');

/** Consent requirements. */
export const CONSENT = pattern('#Consent');

export const OPT_OUT = pattern('#OptOut');

/** Parties other than the provider and the user. */
export const THIRD_PARTY = pattern('#ThirdParty');

/** The provider speaking about itself. Left a regex: a capitalised name is the provider ("Acme may"), and case is what tells it. */
export const PROVIDER_SUBJECT = /^(?:[^,;]{0,40}\b)?(we|us|our company|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)\s+(?:and (?:our|its) [\w\s-]{0,40}?\s+)?(?:may|will|can|could|might|shall|reserves?|retains?|is (?:free|entitled)|has the right|also|do|does|use|uses|would|must|are|is)\b/;
