// unilateral-termination: the provider may suspend or end the account, the service or the contract on its
// own, at any time, at its discretion, without reason or notice. Not: the user's own right to leave.
import type { Rule, SentenceView } from '../types';
import { MAY, POWER, USER_ACTS, USER_NAMED_ACTS, isQuestion, WITHOUT_NOTICE, WITHOUT_REASON, isListItem, plain, withLeadIn } from './words';

/** Verb forms only: "restrictions" or "termination of this licence" as nouns are not a power to end. */
const END_VERB = String.raw`(?:terminat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|deactivat(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|delet(?:e|es|ed|ing)|block(?:s|ed|ing)?|restrict(?:s|ed|ing)?|withdraw(?:s|n|ing)?|revok(?:e|es|ed|ing)|discontinu(?:e|es|ed|ing)|stop(?:ping)? provid\w*|ceas(?:e|es|ed|ing) (?:to provide|providing|to offer|offering)|refus\w* (?:service|access)|declin\w* (?:service|access)|den(?:y|ying) (?:you )?access|prevent (?=you from (?:accessing|using|logging|signing))|lock(?:s|ed|ing)? (?=you\b|your (?:account|access))|(?:refus|declin)\w* to renew|bar you|ban(?:s|ned|ning)?|disqualif(?:y|ies|ied|ying)|freez(?:e|es|ing)|put (?=(?:your |the |any |an )?(?:\w+ )?(?:accounts?|access|membership|subscription) on hold)|end(?:s|ed|ing)? (?=your|the|this|these|any|all)|disconnect(?:s|ing)?|expel(?:s|led|ling)?|kick(?:s|ed|ing)? (?:\w+ )?out|stop you from|remov(?:e|es|ing) (?=you\b|(?:any )?(?:users?|members?|players?)\b(?! (?:content|submissions?|posts?|materials?|data)\b)))`;
const WHAT = String.raw`(?:accounts?|access|services?|agreements?|relationship|membership|subscriptions?|registration|right to (?:use|access)|(?:your |the )?use of|(?:your |the )?ability to (?:use|access|post|log ?in|sign in|participate)|licen[cs]e|profile|this eula|these terms|this agreement|the terms|(?:this |the )?contract|you|players?|users?|members?|account holders|all or (?:any )?part)`;
/** The provider's power to end: "may terminate your account", "reserves the right to suspend access". */
const MAY_END = new RegExp(String.raw`\b${POWER}\b(?! (?:not|never|only)\b)[^.;]{0,120}?\b${END_VERB}\b[^.;]{0,50}?\b${WHAT}\b`);
/**
 * A lead-in to the measures a breach can bring ("... may result in our taking any of the following actions:"): such
 * lists name the end of the account among them. Its items carry no label from it: each one says its own measure.
 */
const MEASURES_LEAD = /\b(?:result in|lead to|take|taking)\b[^.;]{0,30}\b(?:any|all|one or more) (?:or (?:any|all) )?of the following (?:actions|measures|steps|sanctions)\b|\b(?:may|reserves? the right to|can) (?:\w+ )?take (?:the|these) following (?:actions|measures|sanctions)\b/;
/**
 * An item under such a lead-in keeps the lead-in's label only when it is itself a sanction on the account or what
 * it holds (removal, blocking, suspension); a warning or a lawsuit is not the end of anything.
 */
const SANCTION = /\b(?:remov|delet|disabl|block|suspen|withdraw|terminat|ban|bar|clos|cancel|revo)\w*/;
export const underMeasuresLead = (item: SentenceView, reading: SentenceView) =>
  !plain(item).endsWith(':') && MEASURES_LEAD.test(plain(reading)) && !SANCTION.test(plain(item));
/** Said as a consequence: "may result in suspension", "grounds for termination", "will automatically terminate". */
const CONSEQUENCE = /\b(?:result in|lead to|grounds for|cause for|reason for|subject to)\b[^.;]{0,40}\b(?:immediate |the |temporary |permanent )*(?:suspension|termination|cancellation|deactivation|closure|withdrawal)\b|\bget (?:your )?(?:accounts?|access|membership) (?:\w+ )?(?:closed|banned|suspended|terminated|deleted|disabled)\b|\b(?:access|right to (?:use|access)|accounts?|membership|subscription)\b[^.;]{0,40}\b(?:(?:will|shall|may) (?:\w+ )?(?:end|cease)|(?:ends|ceases) (?:immediately|automatically|at once))\b[^.;]{0,40}\b(?:if|when|in the event|should)\b[^.;]{0,40}\b(?:breach|break|violat|fail|misus|abus|infring)\w*|\b(?:result in|lead to)\b[^.;]{0,20}\b(?:accounts?|access|membership)\b (?:\w+ )?being (?:\w+ )?(?:suspended|terminated|closed|deactivated|disabled|banned|blocked|cancell?ed)\b|\b(?:will|shall|may) (?:automatically )?(?:terminate|be (?:cancelled|canceled|terminated|suspended|closed|deactivated|deleted))\b[^.;]{0,40}\b(?:automatically|if|without|upon|when|in the event)\b|\bpolicy (?:is )?to (?:\w+ ){0,4}terminate\b|\b(?:actions?|measures?|steps|remedies)\b[^.;]{0,120}\b(?:including|such as)\b[^.;]{0,20}\b(?:(?:termination|suspension|closure|deactivation) of (?:your |the )?(?:account|access|membership)|(?:account|membership) (?:suspension|termination|closure|deactivation))|\bdiscretion\b[^.;]{0,40}\bto terminate\b/;
/** A list item that names the end of an account or access ("immediate withdrawal of your right to use"). */
const ITEM = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?(?:immediate|temporary|permanent|immediate, temporary or permanent)?,? ?(?:withdrawal|termination|suspension|closure|deactivation) of (?:your )?(?:right|account|access)/;
/** Terminate or suspend with its object named first ("your account may be terminated"). */
const PASSIVE = new RegExp(String.raw`\b${WHAT}\b[^.;]{0,40}\b(?:may|will|can|shall|might) (?:\w+ )?be (?:immediately |permanently |temporarily )?(?:terminated|suspended|cancell?ed|deactivated|closed|disabled|restricted|blocked|revoked|deleted|banned|frozen)\b`);

/** The end named as a noun: "suspension or termination of your account", "closure of any account". */
const END_NOUN = String.raw`(?:\w+ (?:or|and|and\/or) )?(?:suspension|termination|closure|deactivation|cancell?ation|disabling|blocking|withdrawal|revocation) of (?:your |the |any |an |all |a )?(?:user )?${WHAT}\b`;
/** A cheap test before END_AS_NOUN: one of its nouns. */
const END_NOUN_WORD = /\b(?:suspension|termination|closure|deactivation|cancell?ation|disabling|blocking|withdrawal|revocation)s?\b/;
/**
 * A right kept to that end ("we reserve the right to suspension or termination of your account"), or the end as
 * the subject, with the provider's latitude beside it ("suspension of your account may occur at any time").
 */
const END_AS_NOUN = new RegExp(String.raw`\b(?:reserves? the right|ha(?:s|ve) the right|retains? the right|(?:is|are) entitled) to (?:the )?${END_NOUN}|^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?${END_NOUN}[^.;]{0,80}?(?:\bat any time\b|\bwithout (?:\w+ )?(?:notice|warning|reason|cause)\b|\b(?:sole|absolute|own) discretion\b|\bfor any (?:or no )?reason\b)|\b(?:terminations?|suspensions?)\b[^.;]{0,60}\b(?:made |decided )?(?:in|at) (?:our|its|[\w.]+'s) (?:sole |absolute |sole and absolute )?discretion\b`);

/**
 * The user's own power to leave, and what happens after they do; someone else's power (a third party, an
 * administrator, other users); a pause for maintenance; an order or booking cancelled, not the account; a
 * provision struck out as invalid; what termination does not relieve you of; the user's option to end it.
 */
const NOT_THIS = /\b(?:unless|until|once|after|when|if) you (?:\w+ )?(?:cancel|terminate|close|delete|deactivate)\b|\b(?:explains?|describes?|sets? out|for|see|learn|tells? you|details (?:of|on)) how\b|\bif you (?:wish|want|decide|choose|would like) to (?:terminate|cancel|close|delete|deactivate)\b|^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:upon|after|following) (?:any |the )?(?:such )?termination\b|\b(?:at|upon|on) your (?:request|instruction)\b|\byour (?:\w+ ){0,2}?\w+ (?:may|can|might|could|will) (?!be\b|not\b|only\b)(?:\w+ )?(?:disable|suspend|terminate|close|cancel|block|restrict|remove|delete|deactivate|end)\b|\b(?:you|either party)(?: or (?:your|a|an|the) (?:\w+ )?\w+)? (?:may|can) (?:\w+ )?(?:terminate|cancel|close|delete|end)\b|\bsurviv\w*\b|\b(?:cancell?ed|terminated|closed|deleted|ended) by (?:you|either)\b|\blicen[cs]e\b[^.;]{0,160}\bterminat\w* (?:in accordance|at the time|when|automatically when)|\bafter (?:your|the) (?:account|subscription) (?:is|has been)\b|(?:^|[,;:] |\b(?:if|when|then|and) )you (?:(?!that\b|or\b|and\b)\w+ ){0,2}(?:can|may|have the right to|elect to|ask us to|choose to|wish to|request)\b[^.;]{0,40}\b(?:cancel|close|delete|terminate|disable|deactivate|withdraw)|\b(?:organi[sz]ation|administrators?|mobile carrier|co-custodian)\b[^.;]{0,40}\bmay\b|\bpre-?paid\b|\bauto-?renew|\b(?:not (?:be )?liable|no liability|in no event)\b[^.;]{0,80}\b(?:suspension|termination|discontinu\w*|modification|removal|disabling)\b|\b(?:wish|want|decide|choose|would like) to (?:\w+ or )?(?:terminate|cancel|close|delete)\b|\byou (?:are entitled|will have the right)\b|\bparents? can\b|\b(?:once|when|after|upon) (?:\w+ )?(?:removed|deleted|you (?:remove|delete))\b|\buntil (?:it's|it is) cancell?ed\b|\b(?:maintenance|repairs?|upgrades?|testing)\b|\b(?:third part(?:y|ies)|they|such users|users|who|administrators?) (?:\w+ )?(?:may|might|could|have the right|can)\b(?! be\b)|\bnothing in\b|\b(?:invalid|unenforceable)\b|\brelieve\w*\b|\boption to (?:\w+ )?(?:terminate|cancel)\b/;
/** Removing or blocking content, with no account or access to the service in view, is content-removal's. */
/**
 * An order, booking or purchase cancelled is not the account ended: it counts only when the account or access is
 * named beside it ("refuse service, terminate accounts, ... or cancel orders").
 */
/**
 * A promise to warn or explain ("We will notify you before we suspend your account"): "will" governs the notice, not
 * the suspension. It stays a power when a "may", a discretion or "without notice" is said beside it.
 */
const PROMISE = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:we|the company|it|[a-z]+) (?:will|shall) (?:always |first |promptly )?(?:notify|tell|inform|let you know|give you|email|warn|explain|contact)\b/;
const promiseOnly = (t: string) => PROMISE.test(t) && !/\b(?:may|might|can|reserves? the right|discretion|without (?:\w+ )?notice)\b/.test(t);
const ORDER = /\bcancel\w* (?:any |an |the |your )?(?:orders?|reservations?|bookings?|auctions?|purchases?)\b|\b(?:orders?|reservations?|bookings?|auctions?|purchases?)\b[^.;]{0,100}\b(?:be|been|are|is) cancel/;
const orderOnly = (t: string) => ORDER.test(t) && !/\b(?:accounts?|membership|access to|right to use)\b/.test(t);
const CONTENT_ONLY = /\b(?:remov\w*|delet\w*|block\w*|disabl\w*|disallow\w*)\b[^.;]{0,40}\b(?:content|material|submissions?|postings?|posts?|communications?)\b/;
const ACCOUNT = /\b(?:accounts?|terminat\w*|suspen\w*|access to (?:the|our|all|any part)\b(?! (?:\w+ )?(?:content|material|submissions?|postings?|posts?|information)\b)|right to (?:use|access))\b/;

/**
 * The licence ends by itself when the user breaks it ("this licence terminates automatically if you fail to comply",
 * "use in breach of the licence will result in its termination"): the law of the licence, not a power of theirs
 * over the account; it stays theirs when they need give no notice.
 */
const LICENCE_ENDS = /\b(?:licen[cs]es?|eula)\b[^.;]{0,40}\b(?:terminat\w*|ceases?)\b|\btermination of (?:this|the|your) (?:\w+ )?(?:licen[cs]e|eula)\b/;
const NOT_LICENCE_ONLY = /\b(?:accounts?|access|services?|membership|subscriptions?)\b/;
const licenceOnly = (t: string) => t.includes('licen') || t.includes('eula') ? LICENCE_ENDS.test(t) && !NOT_LICENCE_ONLY.test(t) && !WITHOUT_NOTICE.test(t) : false;

function endsOnItsOwn(pattern: RegExp): (s: SentenceView) => boolean {
  const ends = (t: string) =>
    pattern.test(t) && !NOT_THIS.test(t) && !USER_ACTS.test(t) && !USER_NAMED_ACTS.test(t) && !orderOnly(t) && !promiseOnly(t) && !(CONTENT_ONLY.test(t) && !ACCOUNT.test(t)) && !licenceOnly(t);
  return (s) => {
    if (isQuestion(s)) return false;
    const t = plain(s);
    if (ends(t)) return true;
    const read = withLeadIn(s);
    return read !== t && ends(read);
  };
}

const attrs = (s: SentenceView) => {
  const t = plain(s);
  return [...(WITHOUT_NOTICE.test(t) ? ['without-notice'] : []), ...(WITHOUT_REASON.test(t) ? ['without-reason'] : [])];
};

// Built once: a rule's match runs for every sentence that passes the trigger.
const consequence = endsOnItsOwn(CONSEQUENCE);
const measuresLead = endsOnItsOwn(MEASURES_LEAD);
const listedItem = endsOnItsOwn(ITEM);
const endAsNoun = endsOnItsOwn(END_AS_NOUN);

export const unilateralTerminationRules: Rule[] = [
  {
    id: 'unilateral-termination.may-end-account',
    category: 'unilateral-termination',
    severity: 'medium',
    explain: 'They can suspend or close your account, or cut you off the service, on their own say-so.',
    example: 'We may suspend or terminate your account at any time, for any reason, without notice.',
    counterExample: 'You may close your account at any time from the settings page.',
    match: endsOnItsOwn(MAY_END),
    attrs,
  },
  {
    id: 'unilateral-termination.ends-as-consequence',
    category: 'unilateral-termination',
    severity: 'medium',
    explain: 'Breaking a rule, or what they judge to be one, can get your account ended.',
    example: 'Selling your account is forbidden and may result in the immediate termination of your account.',
    counterExample: 'Selling your account is forbidden.',
    match: (s) => consequence(s) || (plain(s).endsWith(':') && measuresLead(s)),
    attrs,
  },
  {
    id: 'unilateral-termination.listed-measure',
    category: 'unilateral-termination',
    severity: 'medium',
    explain: 'One of the measures they can take against you is ending your access.',
    example: '(a) immediate, temporary or permanent withdrawal of your right to use the service;',
    counterExample: '(a) a warning sent to your email address;',
    match: (s) => listedItem(s) && isListItem(s),
    attrs,
  },
  {
    id: 'unilateral-termination.end-as-noun',
    category: 'unilateral-termination',
    severity: 'medium',
    explain: 'They keep the right to suspend or close your account, whenever they choose.',
    example: 'Suspension or termination of your account may occur at any time and without notice.',
    counterExample: 'We will always tell you in advance about any suspension of your account.',
    match: (s) => END_NOUN_WORD.test(plain(s)) && endAsNoun(s),
    attrs,
  },
  {
    id: 'unilateral-termination.account-may-be-ended',
    category: 'unilateral-termination',
    severity: 'medium',
    explain: 'Your account or access can be ended or suspended, by their decision.',
    example: 'Accounts that stay inactive for a year may be closed without warning.',
    counterExample: 'Accounts that stay inactive for a year stay open.',
    match: endsOnItsOwn(PASSIVE),
    attrs,
  },
];
