// The words that make a sentence, a link or an address part of a way out ("How to opt out"). Kept apart from
// routes.ts and free of imports, so the content script (which must stay small and never loads the
// classifier) can judge the page's links with exactly the same words the core judges text with.
import type { Finding } from './types';

/** Something the user does to say no: opt out, object, withdraw consent, switch a control off (or a NoAI tag on). */
const ACTION =
  /\b(?:opt(?:s|ing|ed)?[\s-]?(?:out|in)|object(?:s|ing|ion)?|withdraw(?:ing|al)?\s+(?:of\s+)?(?:your\s+)?consent|revok(?:e|ing)\s+(?:your\s+)?consent|(?:turn|switch)(?:ing)?\s+(?:it\s+|this\s+|that\s+)?off|deselect|untick|uncheck|toggle|unsubscribe|do\s+not\s+(?:sell|share)|no[\s-]?ai|noimageai)\b/i;

/** "You cannot opt out", "there is no way to object": a sentence that closes the way out rather than naming it. */
const CLOSED =
  /\b(?:cannot|can\s?not|can't|unable\s+to|no\s+(?:way|option|ability|mechanism|means|right)\s+to|not\s+(?:be\s+)?(?:able|possible|permitted)\s+to|(?:do|does|will)\s+not\s+(?:offer|provide|give)\b[^.]{0,40}?\b(?:way|option|ability|mechanism|means))\b[^.]{0,30}?\b(?:opt(?:ing)?[\s-]?out|object|withdraw|turn\s+(?:it\s+)?off)/i;

/** The user can act: "you can / may ...", "to opt out, ...", "by emailing ...", "please ...". */
const USER_ACTS =
  /\b(?:you\s+(?:can|may|could|must|should|need\s+to|have\s+the\s+right\s+to|are\s+(?:able|free|entitled)\s+to|will\s+be\s+able\s+to)|to\s+(?:opt|object|withdraw|turn|switch|unsubscribe|stop|prevent)|if\s+you\s+(?:do\s+not|don't|would\s+rather\s+not)\s+want|look\s+(?:under|in)|by\s+(?:e-?mailing|writing|visiting|going|turning|switching|using|clicking|selecting|contacting|updating|changing)|please|go\s+to|visit|contact\s+us|write\s+to|e-?mail\s+us)\b/i;

/** Link text or an address's sentence about the way out itself: settings, choices, controls, objecting. */
const TOPIC =
  /\b(?:opt(?:ing)?[\s-]?out|object(?:ion)?|withdraw\s+consent|settings?|preferences|(?:your|privacy|ai|data)\s+(?:choices|controls?|dashboard|center|centre|request|portal)|privacy\s+(?:choices|controls?|settings|dashboard|center|centre|request\s+form|portal|form)|do\s+not\s+(?:sell|share|train)|no[\s-]?ai|(?:ai|model)\s+training)\b/i;

/** An address path or mail box that names the way out (`/settings/privacy`, `/opt-out`, `privacy@`, `dpo@`). */
const URL_TOPIC = /opt[-_]?out|object|settings|preferences|choices|controls|consent|do[-_]?not[-_]?(?:sell|share|train)|no[-_]?ai|unsubscribe|dsar|data[-_]?request/i;
const MAILBOX_TOPIC = /^(?:privacy|dpo|data[-_.]?protection|gdpr|opt[-_.]?out|choices|rights|dataprivacy|privacyrequests?)\b/i;

/** Ways out of something else (newsletters, cookies, ads, arbitration): near a training clause, they are not its way out. */
const ELSEWHERE = /\b(?:marketing|newsletters?|promotional|cookies?|advertis\w*|ads|notifications?|text\s+messages|sms|arbitration|class[\s-]action|jury)\b/i;
const AI_OR_DATA = /\b(?:AI|artificial\s+intelligence|machine\s+learning|models?|train(?:ing|s|ed)?|generative|data|content|uploads?|personal\s+information|processing)\b/i;

/** Words about saying no to something other than AI use of your work or data. */
export function aboutSomethingElse(words: string): boolean {
  return ELSEWHERE.test(words) && !AI_OR_DATA.test(words);
}

const UNLESS_YOU_SAY_NO = /\b(?:unless|until|if)\s+you\s+(?:\w+\s+){0,2}?(?:opt(?:[\s-]?out)?|object|withdraw|revoke|turn|switch|disable|untick|uncheck|deselect|toggle|unsubscribe)\b/i;

/** A sentence that tells the user how to say no (and does not say that they cannot). */
export function isOptOutSentence(text: string): boolean {
  const sentence = plain(text);
  if (CLOSED.test(sentence) || !ACTION.test(sentence) || aboutSomethingElse(sentence)) return false;
  // "unless you opt out" makes training the default with a way out; "unless you give your consent" needs nothing of the user.
  return USER_ACTS.test(sentence) || UNLESS_YOU_SAY_NO.test(sentence);
}

/** Pages often glue a clause number to its first word ("5.3You can ..."): part them, so words are words. */
function plain(text: string): string {
  return text.replace(/(\d)([A-Za-z])/g, '$1 $2');
}

/** Whether words (link text, a heading) are about the way out. */
export function aboutWayOut(text: string): boolean {
  const words = plain(text);
  if (aboutSomethingElse(words)) return false;
  return TOPIC.test(words) || (ACTION.test(words) && !CLOSED.test(words));
}

/**
 * A link (or address) is offered only when its text, its address or the sentence around it is about the way
 * out: a "Community Guidelines" link in the same paragraph as a training clause is not.
 */
export function isRouteLink(text: string, href: string, sentence: string): boolean {
  if (!/^(?:https?:|mailto:)/i.test(href)) return false;
  if (aboutSomethingElse(`${text} ${sentence}`)) return false;
  if (aboutWayOut(text) || isOptOutSentence(sentence)) return true;
  if (/^mailto:/i.test(href)) return MAILBOX_TOPIC.test(href.slice(7));
  // Only the path and what follows: a host such as settings.example does not make every page of it a way out.
  return URL_TOPIC.test(href.replace(/^https?:\/\/[^/?#]*/i, ''));
}

/** A mail box or its sentence about the way out ("privacy@", or "to object, write to legal@"). */
export function isRouteAddress(address: string, sentence: string): boolean {
  if (aboutSomethingElse(sentence)) return false;
  return MAILBOX_TOPIC.test(address) || isOptOutSentence(sentence) || (/\b(?:privacy|data protection)\b/i.test(sentence) && /\b(?:request|rights?|object|consent)\b/i.test(sentence));
}

/**
 * The clauses that call for a way out: every AI-training clause, and a protection that works only if the user
 * acts (switch on a NoAI tag, object by e-mail, opt out). A plain promise ("we will not train without your
 * consent") asks nothing of the user.
 */
export function needsRoute(finding: Pick<Finding, 'category' | 'text'>): boolean {
  if (finding.category === 'ai-training') return true;
  return finding.category === 'ai-restriction' && isOptOutSentence(finding.text) && !/\bwithout\s+your\b[^.]{0,30}\bopt[\s-]?in\b/i.test(finding.text);
}

/** Indexes of the findings that call for a way out. */
export function routeTargets(findings: ReadonlyArray<Pick<Finding, 'category' | 'text'>>): number[] {
  const out: number[] = [];
  findings.forEach((f, i) => needsRoute(f) && out.push(i));
  return out;
}
