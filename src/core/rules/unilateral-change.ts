// unilateral-change: the provider may change the terms, policies, fees or features on its own; how it
// gives notice; continued use counts as acceptance; disagree means stop. Not account suspension, not
// automatic software updates, not "no liability for modifications", not a table of contents line.
import type { Rule, SentenceView } from './types';
import { CONTINUED_USE } from './attrs';
import { mayChangeOffering, mayChangeTerms } from './change-power';

const CHANGE_VERB = /\b(chang(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|rais(?:e|es|ing)|modif(?:y|ies|ied|ying|ications?)|amend\w*|revis(?:e|es|ed|ing|ions?)|updat(?:e|es|ed|ing)|alter\w*|evolv\w*|discontinu\w*|stop(?:s|ping)?|limit(?:s|ing)?|remov(?:e|es|ing)|add(?:ing)?|introduc\w*|impose|creat\w* limits|offer and discontinue)\b/i;
const DOCUMENT = /\b(terms|agreement|polic(?:y|ies)|guidelines|statements|notices)\b/i;
const OFFER = /\b(services?|features?|functionalit\w*|products?|fees?|prices?|pricing|charges|rates|subscription(?: fee)?s?|payment terms|promotions?|discounts?|offers?|support|limits|plans?|trials?|platform|site|website|apps?)\b/i;
const NOTICE = /\b(notif\w*|notice|inform\w*|let you know|tell you|post\w*|publish\w*|indicate\w*|e-?mail|pop-up|alert\w*|bring it to your attention|remind)\b/i;
const CHANGE_NOUN = /\b(changes?|changing|revisions?|revised|updated|updates|modifications?|amendments?|amended|discontinuation|new (?:version|terms|fees)|material(?:ly)? chang\w*)\b/i;
/** A dated version: "last updated", "the version date at the top". */
const VERSION_DATE = /\b(?:version|effective|revision) date\b|\bdate of (?:the )?last (?:modification|update|revision)\b|\blast (?:updated|modified|revised)\b/i;
const ADVANCE_NOTICE = /(?<!\bwithout (?:any )?(?:a )?)\b(?:advance notice|prior notice|notice period|notify you in advance|days['’]? (?:prior )?notice|reasonable notice)\b/i;
const STOP = /\b(?:do not (?=terminate|cancel|reject)|do not (?:agree|accept|consent|wish to (?:accept|pay|continue|be bound))|do ?n['’]t (?:agree|accept)|disagree|not agree|object|unacceptable)\b[^.]{0,120}\b(?:stop|cease|discontinue|terminate|cancel|reject|close your account|opt out)\w*/i;
/** A section about changes ("Changes to this policy", "Updates"): its notice and timing sentences are about changes. */
const CHANGES_SECTION = /\b(?:changes?|updates?|modifications?|amendments?|revisions?)\b/i;
const SECTION_MECHANICS = /\b(?:let you know|notif\w*|notice|inform\w*|revis\w* the date|effective|take effect|continu\w* (?:to )?us\w*|post\w*|email|in-app)\b/i;
/** Topics of their own: under a stale "Updates" heading these still are not about changes. */
const OTHER_TOPIC = /\b(?:liab\w*|warrant\w*|indemn\w*|contact (?:us|our)|questions|ship\w*|refund\w*)\b/i;
/** A service described as always changing: "we are constantly improving the service", "subject to change". */
const EVOLVES = /\b(?:constantly|continuously|continually|always|regularly)\b[^.;]{0,40}?\b(?:improv|develop|chang|evolv|updat)\w*|\bsubject to (?:modification(?:s)? (?:and|or) )?change\b/i;
const NOT_THIS = /\bsend you (?:\w+ ){0,3}?(?:notices|updates)\b|\bautomatically (?:\w+ ){0,3}?(?:upgrades?|updates?)\b|\b(?:keep|kept|ensure|maintain)\w*\b[^.]{0,60}\b(?:up-?to-?date|current and accurate)\b|\bupdated (?:registration|contact|account|payment|profile) information\b|\bstatus updates\b|\b(?:perform|install|download)\w* (?:\w+ )?(?:updates|upgrades)\b|\bupdates? remotely\b|\bmodification,? (?:\w+ )?(?:or|and) (?:\w+ )?of any content\b|\bif your (?:[\w-]+ ){0,2}(?:address|details|information|payment method) changes?\b|\b(?:edit|update) your payment\b|\bsecurity alerts\b|\b(?:could|may|might) (?:affect|limit the ability|impact)\b|\b(?:recommend|suggest)\w* (?:\w+ )?changes\b|\b(?:suspend|terminat)\w* (?:or \w+ )?(?:your )?access\b|\byou (?:may not|must not|cannot|shall not|agree not to|will not)\b|\b(?:this section|it also|this (?:document|page|policy)) (?:\w+ )?(?:explains|includes|describes|sets out|deals|makes it clear)\b|\b(?:automatic|software) updates?\b|\bupdate automatically\b|\b(?:remov\w*|block\w*|refuse \w+|limit\w*|modify|adapt|changes to|suspend\w*)\b[^.]{0,25}\b(?:content|users|accounts?|your (?:access|services|posts|publication|name|logos?))\b|\bprovision\b[^.]{0,80}\b(?:invalid|unenforceable|unlawful)\b|\bstatute of limitations\b|\b(?:not|no) (?:be )?liab\w*\b[^.]{0,80}\b(?:modif|chang|suspen|discontinu)|\bdeemed (?:amended|modified)\b|\byour (?:password|account information|registration|phone number|profile|settings)\b|\barbitration\b/i;

/**
 * "Modification" as one of the things done to content or data ("access, modification or deletion of your
 * information", "use, reproduction, modification and distribution of any content") is not a change to the
 * terms; nor is a law "as amended by" another.
 */
const OPERATION = String.raw`(?:access|use|reproduction|copying|distribution|display|deletion|review|storage|correction|rectification|erasure|disclosure|transmission|publication|translation|adaptation|removal|editing)`;
const NOT_A_CHANGE_OF_TERMS = new RegExp(String.raw`\b${OPERATION} ?,? (?:(?:and/or|or|and) )?(?:\w+ ?,? (?:(?:and/or|or|and) )?){0,3}modifications?\b|\bmodifications? ?,? (?:(?:and/or|or|and) )?${OPERATION}\b|\bas amended by (?:the )?[^,.;]{0,60}\b(?:act|law|regulation|directive|code)\b`, 'i');

/** Capitals shouting a disclaimer ("ANY CHANGES ... SHALL NOT BE LIABLE") are about liability. */
const SHOUTED_DISCLAIMER = /\b(?:LIABLE|LIABILITY|DAMAGES|WARRANT\w*)\b/;

/**
 * The change is made by the provider, or said of the terms / service in the passive, not by the user.
 * The actor is read where the change verb is, not where the match starts. Mechanics of a change ("will
 * not apply retroactively") stay relevant under negation; a denied change does not.
 */
function providerChanges(s: SentenceView, pattern: RegExp, allowNegation = false): boolean {
  const m = pattern.exec(s.text);
  if (!m || NOT_THIS.test(s.text) || NOT_A_CHANGE_OF_TERMS.test(s.text) || SHOUTED_DISCLAIMER.test(s.text)) return false;
  const verb = CHANGE_VERB.exec(m[0]) ?? CHANGE_NOUN.exec(m[0]);
  const at = m.index + (verb?.index ?? 0);
  return s.parse.actorAt(at) !== 'user' && (allowNegation || !s.parse.negatedAt(at));
}

export const unilateralChangeRules: Rule[] = [
  {
    id: 'unilateral-change.may-change-terms',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'They can rewrite these terms or policies on their own, whenever they choose.',
    example: 'We may revise this agreement from time to time at our sole discretion.',
    counterExample: 'We will not change this agreement without asking for your agreement first.',
    match: (s) => mayChangeTerms(s) && !NOT_THIS.test(s.text) && !SHOUTED_DISCLAIMER.test(s.text),
  },
  {
    id: 'unilateral-change.may-change-service-or-fees',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'They can change, limit or drop features, or change prices, on their own.',
    example: 'We can change or discontinue any feature, and raise prices, at any time.',
    counterExample: 'You can change your display name and picture at any time.',
    match: (s) => mayChangeOffering(s) && !NOT_THIS.test(s.text) && !SHOUTED_DISCLAIMER.test(s.text),
  },
  {
    id: 'unilateral-change.notice-of-changes',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'How (and whether) they tell you about changes; often just a new date on the page.',
    example: 'When we make material changes we will let you know by email or with a notice in the app.',
    counterExample: 'When you change your email address we will send a confirmation to the new one.',
    match: (s) => (NOTICE.test(s.text) && providerChanges(s, CHANGE_NOUN, true)) || (VERSION_DATE.test(s.text) && /\b(?:we|will|indicat\w*|stated|posted|shows?)\b/i.test(s.text)),
  },
  {
    id: 'unilateral-change.advance-notice',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'How much warning they give before a change applies to you.',
    example: 'We will give you at least thirty days prior notice by email.',
    counterExample: 'You must give us thirty days notice before you close a business account.',
    match: (s) => ADVANCE_NOTICE.test(s.text) && !/\bterminat\w*|\bassign\w*|\btransfer\w*|\bsuspension\b|\binterruption\b|\bremedy\b|\byou (?:must|may|shall) (?:also )?(?:provide|give|send)\b/i.test(s.text) && !NOT_THIS.test(s.text),
  },
  {
    id: 'unilateral-change.changes-take-effect',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'When a change they make starts to apply to you.',
    example: 'Updated terms apply from the moment they are posted on this page.',
    counterExample: 'Your settings apply from the moment you save them.',
    match: (s) => /\b(?:effective|take effect|apply|retroactive\w*|in effect)\b/i.test(s.text) && providerChanges(s, CHANGE_NOUN, true),
  },
  {
    id: 'unilateral-change.continued-use-is-acceptance',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'Simply keeping on using the service counts as agreeing to the changed terms.',
    example: 'If you keep using the app after the new terms take effect, you accept them.',
    counterExample: 'If you keep using the app on a shared computer, remember to sign out.',
    match: (s) => (CONTINUED_USE.test(s.text) || /\bkeep (?:on )?using\b/i.test(s.text)) && /\b(chang|revis|updat|new|modif|amend|effective)\w*/i.test(s.text) && !NOT_THIS.test(s.text),
    attrs: () => ['continued-use'],
  },
  {
    id: 'unilateral-change.bound-by-revisions',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'You agree in advance to be bound by whatever changed version they publish.',
    example: 'You agree to be bound by any amended version of these terms.',
    counterExample: 'You agree to follow the community rules when you post.',
    match: (s) => /\bbound by\b[^.]{0,60}\b(?:including )?any (?:changes|amendments|modifications|updates|revisions)\b|\bbound by (?:any |all |the )?(?:such )?(?:amended|revised|updated|modified|new|changed)\b|\b(?:amended|revised|updated|modified) (?:\w+ )?(?:terms|agreement|version)\b[^.]{0,40}\bbind/i.test(s.text) && !NOT_THIS.test(s.text),
  },
  {
    id: 'unilateral-change.disagree-then-leave',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'If you do not like a change, your only option is to stop using the service.',
    example: 'If you do not accept the updated terms, you must stop using the service.',
    counterExample: 'If you do not accept cookies, some pages may load more slowly.',
    match: (s) => STOP.test(s.text) && (CHANGE_NOUN.test(s.text) || DOCUMENT.test(s.text)) && !NOT_THIS.test(s.text),
  },
  {
    id: 'unilateral-change.check-for-changes',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'It is up to you to keep checking the terms for changes.',
    example: 'You are responsible for reviewing this page regularly for updates.',
    counterExample: 'You are responsible for keeping your password safe.',
    match: (s) => (/\b(?:your responsibility|responsible) (?:to|for) (?:review|check)\w* (?:these|this|the) (?:terms|agreement|polic)/i.test(s.text) || /\b(?:regularly|periodically) (?:review|check|consult|visit)\w*\b|\b(?:review|check)\w*\b[^.]{0,80}\bon a (?:\w+ (?:and \w+ )?)?basis\b/i.test(s.text) || /\b(review|check|consult|revisit|look at)\w*\b[^.]{0,100}\b(regularly|periodically|from time to time|for (?:any )?(?:updates|changes)|(?:any |such )?(?:modifications|changes|updates|revisions)|most (?:recent|current|up to date))\b/i.test(s.text)) && !NOT_THIS.test(s.text),
  },
  {
    id: 'unilateral-change.in-changes-section',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'This explains how they tell you about changes they make to these terms on their own.',
    example: 'Sometimes we will tell you by revising the date at the top of this page.',
    counterExample: 'You can download a copy of this page for your own records.',
    exampleHeading: 'Changes to this policy',
    // Read in its section: under "Changes to this policy" the sentence is about changes without saying so.
    match: (s) => !CHANGE_NOUN.test(s.text) && !OTHER_TOPIC.test(s.text) && CHANGES_SECTION.test(`${s.context.heading} ${s.context.label}`) && !/\byour\b/i.test(s.context.heading) && SECTION_MECHANICS.test(s.text) && !NOT_THIS.test(s.text),
  },
  {
    id: 'unilateral-change.service-evolves',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'The service keeps changing, so features you rely on can change or go away.',
    example: 'We are constantly changing the app, so features may look different over time.',
    counterExample: 'We constantly check our servers for security problems.',
    match: (s) => EVOLVES.test(s.text) && OFFER.test(s.text) && !NOT_THIS.test(s.text) && s.parse.actorAt(Math.max(0, s.text.search(EVOLVES))) !== 'user',
  },
];
