// The small vocabulary tier 2 speaks: concepts as word lists, read from a normalised sentence so that
// page text ("don't", "“Service”") and the corpus's lower-cased tokenised text ("do n't", "`` service ''",
// " , ") read the same.
import type { SentenceView } from '../types';

const normalised = new WeakMap<SentenceView, string>();

/** The sentence lower-cased, with tokenised contractions, quotes and spaced punctuation put back together. */
export function plain(s: SentenceView): string {
  let text = normalised.get(s);
  if (text === undefined) {
    text = normalise(s.text);
    normalised.set(s, text);
  }
  return text;
}

function normalise(raw: string): string {
  const text = raw.toLowerCase();
  // Most page sentences need nothing more than lower case: skip the rewrites unless one can apply.
  if (!TOKENISED.test(text)) return text;
  return text
    .replace(/``|''|[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+(n't|'s|'re|'ll|'ve|'d|'m)\b/g, '$1')
    .replace(/\bcan not\b/g, 'cannot')
    .replace(/\s+([,;:.!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ');
}

/** A list item that starts with the verb its lead-in's power governs ("We reserve the right to:" + "terminate ..."). */
const ITEM_VERB = /^(?:[-*•]\s*|\(?[a-z0-9]{1,4}[.)]\s*)?(?:terminat|suspend|cancel|clos|disabl|delet|remov|reject|refus|block|restrict|edit|modify|chang|monitor|review|deny|discontinu|revok|withdraw|ban|deactivat|freez|hid(?:e|ing)|take down|taking down|limit|stop|purg|screen|reclaim|unpublish|declin|expel|disconnect|prevent|bar|end)\w*\b/;

/**
 * The item read with the lead-in it completes, when it begins with a verb ("... reserves the right, without
 * notice, to:" + "(a) terminate your account"); otherwise the sentence as it stands.
 */
export function withLeadIn(s: SentenceView): string {
  const item = plain(s);
  const lead = s.context.leadIn;
  if (!lead || !ITEM_VERB.test(item)) return item;
  const leadIn = normalise(lead);
  if (!/:\s*$/.test(leadIn)) return item;
  return `${leadIn.replace(/\s*:\s*$/, '')} ${item.replace(/^(?:[-*•]\s*|\(?[a-z0-9]{1,4}[.)]\s*)/, '')}`;
}

const TOKENISED = /``|''|[“”‘’]|\s[,;:.!?)']|\(\s|\bcan not\b|\s\s/;

/** A modal of power: what the provider may do, not what it promises or must do. */
export const MAY = String.raw`(?:may|might|can|could|will|shall|we'll|reserves? the right|ha(?:s|ve) the right|(?:is|are|shall be) entitled|retains? the right|at (?:its|our) (?:sole |absolute )?discretion)`;

/** Attributes: the power needs no warning (`without-notice`) or no reason (`without-reason`). */
export const WITHOUT_NOTICE = /\bwithout (?:any )?(?:prior |advance |further )?(?:notice|notification|warning)\b|\bwith or without (?:prior )?notice\b/;
export const WITHOUT_REASON = /\b(?:for any (?:or no )?reason|for no reason|without (?:any )?(?:reason|cause|explanation)|with or without cause|at (?:its|our) (?:sole |absolute )?discretion|in (?:its|our) (?:sole |absolute )?discretion|(?:sole|absolute) discretion)\b/;

/** The user as the one acting ("you may terminate ..."), which makes a power the user's, not the provider's. */
export const USER_ACTS = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:you|users?|subscribers?|either (?:party|you or [a-z]+)|each party) (?:\w+ )?(?:may|can|have the right to|are entitled to|are free to)\b(?! not\b)/;

/**
 * A line that reads as an item of a list: a marker ("(a)"), a lead-in before it, or an item's own ending (";",
 * ", and"). A sentence that only starts like an item ("Termination of your account does not affect ...") is none.
 */
export const isListItem = (s: SentenceView) => {
  if (s.context.leadIn !== '') return true;
  const t = plain(s);
  // Only the line's two ends are read: a test anchored at the end would be tried at every position of the line.
  return /^(?:[-*•]|\(?[a-z0-9]{1,4}[.)])/.test(t) || /(?:[;,]|\b(?:and|or))\s*$/.test(t.slice(-8));
};

/**
 * MAY, and the other ways terms grant the provider a power ("is free to", "is allowed to", "has the option to",
 * "nothing prevents us from"). The user as the subject of those ("you are free to") grants the user one instead.
 */
export const POWER = String.raw`(?:${MAY}|(?<!\b(?:you|users?|members?|customers?) )(?:is|are) (?:free|allowed|permitted|authori[sz]ed) to|(?<!\b(?:you|users?|members?|customers?) )ha(?:s|ve) the (?:option|discretion|power|authority) to|retains? the (?:discretion|power|option) to|nothing (?:\w+ ){0,3}prevents? (?:us|the company|it) from)`;

/** The user named in the third person as the one acting ("The Customer may cancel the subscription at any time"). */
export const USER_NAMED_ACTS = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?(?:user|customer|member|subscriber|licensee|buyer|client|player|account holder|consumer|purchaser|participant)s? (?:\w+ )?(?:may|can|has the right to|is entitled to|is free to|shall be entitled to)\b(?! not\b)/;

/** A question ("When can we suspend your account?") is a heading that asks, not a clause that grants. */
export const isQuestion = (s: SentenceView) => /\?\s*$/.test(plain(s).slice(-4));
