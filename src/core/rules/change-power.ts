// The power to change, read as grammar rather than as words that happen to share a sentence: a modal of
// power ("may", "reserves the right to", "needs to") that governs a change verb ("change, suspend or
// discontinue") whose object is the terms or the offer, or the terms / the offer as the subject of a change
// ("these terms may be updated by us", "prices are subject to change"). A sentence that only mentions
// changes ("we will tell you about changes", "the terms as amended") grants no power; a modal whose verb
// only ends something ("we may stop providing the service to you") is termination, not change.
// Read on the normalised sentence (tier2/words.ts), so page text and the corpus's tokenised text agree.
import { plain } from './tier2/words';
import type { SentenceView } from './types';

/** Who may act: the provider's modals of power (a promise to notify is not one). */
const MODAL = String.raw`(?:may|might|can|could|will|shall|needs? to|ha(?:s|ve) to|(?:reserves?|retains?|ha(?:s|ve)|need) the (?:right|flexibility|ability)[^.;]{0,60}? to|(?:is|are) (?:entitled|free) to|(?<=\b(?:we|it) )(?=(?:often|regularly|periodically|occasionally|sometimes|constantly|continually) ))`;
/** What may stand between the modal and its verb. */
const FILLER = String.raw`(?:(?:also|even|often|regularly|sometimes|occasionally|periodically|constantly|continually|further|at any time|and|(?:(?:and|or) )?from time to time|(?:in|at) (?:its|our|their) (?:sole |absolute |reasonable )?(?:discretion|option)|without (?:prior |any )?notice(?: to you)?|need to|have to|as (?:we|it) sees? fit|for any reason|\(?[a-z0-9]{1,4}\))(?:,?\s+|,\s*))*`;
/** Verbs that change something (as opposed to verbs that only end it). */
const CHANGE = String.raw`(?:change|modify|amend|revise|update|alter|add|remove|replace|supplement|adjust|increase|raise|introduce|impose (?:\w+ )?limits(?: on)?|(?:create|establish|set) (?:\w+ )?limits(?: on| concerning)?|revalue|reissue|make (?:\w+ ){0,2}(?:changes|modifications|alterations|corrections|amendments)(?: to)?|charge (?:(?:a|new|additional) )?(?:fees? )?for)`;
/** Verbs that may stand in a list with a change verb ("change, suspend or discontinue"). */
const OTHER = String.raw`(?:limit|suspend|disable access to|(?:cease|stop) (?:\(permanently or temporarily\) )?(?:providing|offering)(?: access to)?|discontinue|stop|withdraw|eliminate|terminate|disable|restrict|delete|manage|regulate|control|offer|cancel|reduce|improve|develop|upgrade|enhance)`;
const VERB = `(?:${CHANGE}|${OTHER})`;
const LIST_JOIN = String.raw`(?:,? (?:and/or|and|or) (?:to )?|, |/)(?:\(?[a-z0-9]{1,4}\) )?(?:temporarily or permanently,? )?`;
/** A modal, then a list of verbs with at least one change verb in it. */
const GOVERNED = new RegExp(String.raw`\b${MODAL}(?:,?\s+|,\s*)?${FILLER}(${VERB}(?:${LIST_JOIN}${VERB})*)\b`, 'g');
const HAS_CHANGE = new RegExp(String.raw`\b${CHANGE}\b`);
/** Ending a part of the offer ("discontinue any feature") changes it, when it is not an end for one user. */
const ENDS = /\b(?:discontinue|withdraw|eliminate|limit|(?:cease|stop) (?:\S+ )*?(?:providing|offering))\b/;
const FOR_ONE_USER = /^[^.;]{0,80}?\b(?:to you\b(?! or to \w+ generally)|(?:your|their|his|her|\w+'s) (?:access|use|account|membership)\b)/;

/** What the terms are. */
const TERMS = String.raw`(?:terms|agreements?|eula|polic(?:y|ies)|guidelines|rules|statements?|conditions|notices|this page)`;
/** What the provider offers: the service, its parts and its prices. */
const OFFERING = String.raw`(?:services?|features?|functions?|functionalit(?:y|ies)|products?|fees?|prices?|pricing|charges|rates|subscriptions?|payment methods|promotions?|discounts?|offers?|offerings?|support|limits|plans?|trials?|platform|site|website|apps?|software|availability|virtual (?:items|goods|money|currency)|rewards|game|practices)`;

/** The object right after the verbs: "... modify these terms", "... discontinue any feature". */
const object = (what: string) => new RegExp(String.raw`^[^.;:]{0,70}?\b${what}\b`);
/**
 * The terms or offer as the subject of a change: "which may be updated by us", "are subject to change". "May
 * vary" is a change only over time ("from time to time"), not from place to place ("depending on where you live").
 */
const passive = (what: string) =>
  new RegExp(String.raw`\b${what}\b[^.;:]{0,80}?\b(?<!\byou )(?:(?:may|might|can|will|shall) (?:also |from time to time |at any time )?(?:be (?:(?:posted|published) and )?(?:changed|modified|amended|updated|revised|altered|varied|adjusted|replaced|supplemented|withdrawn)|change|evolve|vary (?:from time to time|over time|at any time))\b|(?:is|are|remain) subject to (?:\w+ )?change\b(?! of)|(?:change|vary|evolve)s? (?:frequently|constantly|from time to time))`);

/** A habit stated as fact: "we update this policy from time to time" (not "if we change ..."). */
const PRACTICE = new RegExp(String.raw`(?<!\b(?:if|when|whenever|before|after|once|unless) )\bwe (?:change|update|revise|modify|amend) (?:this|these|our) (?:\w+ )?${TERMS}\b[^.;]{0,30}?\b(?:from time to time|periodically|regularly|occasionally)\b`);

/** The subject of the modal is the user ("you may change your settings"): the power is theirs. */
const USER_SUBJECT = /\b(?:you|users?|subscribers?|members?|licensee|customers?)(?: (?:also|further|alone|only))? $/;
const USERS_OWN = /^,?\s*(?:to |of |in )?your (?:\w+ )?(?:settings|password|profile|preferences|account information|display name|email address|payment (?:method|details|information)|subscription|order|booking|reservation|content|posts?)\b/;

const TERMS_RE = { word: new RegExp(String.raw`\b${TERMS}\b`), object: object(TERMS), passive: passive(TERMS) };
const OFFERING_RE = { word: new RegExp(String.raw`\b${OFFERING}\b`), object: object(OFFERING), passive: passive(OFFERING) };
type What = typeof TERMS_RE;

/** "may limit your ability to ..." is a consequence for someone, not a change to the offer. */
const ABILITY = /^ (?:our|your|the|its|their) ability\b/;

function governs(text: string, what: What): boolean {
  GOVERNED.lastIndex = 0;
  for (let m = GOVERNED.exec(text); m; m = GOVERNED.exec(text)) {
    const verbs = m[1]!;
    const after = text.slice(m.index + m[0].length);
    const changes = HAS_CHANGE.test(verbs) || (ENDS.test(verbs) && !FOR_ONE_USER.test(after));
    if (!changes || USER_SUBJECT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (USERS_OWN.test(after) || ABILITY.test(after)) continue;
    if (what.object.test(after) || what.word.test(verbs)) return true;
  }
  return false;
}

/** The provider may change the terms. */
export function mayChangeTerms(s: SentenceView): boolean {
  const text = plain(s);
  // Every way of saying it names the terms: a sentence that does not is settled by one cheap test.
  if (!TERMS_RE.word.test(text)) return false;
  return governs(text, TERMS_RE) || TERMS_RE.passive.test(text) || PRACTICE.test(text);
}

/** The provider may change the service, its features or its prices. */
export function mayChangeOffering(s: SentenceView): boolean {
  const text = plain(s);
  if (!OFFERING_RE.word.test(text)) return false;
  return governs(text, OFFERING_RE) || OFFERING_RE.passive.test(text);
}
