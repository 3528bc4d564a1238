// limitation-of-liability: the provider excludes or caps what it owes you: damages, lost content, breaches,
// harm from the service or other users. Not: the user's own liability, nor a sentence that keeps liability
// ("nothing here limits our liability for death or fraud").
import type { Rule, SentenceView } from '../types';
import { isListItem, isQuestion, plain } from './words';

/**
 * A denial of liability or responsibility ("shall not be liable", "in no event ... liable", "no responsibility").
 * "Won't" and "aren't" deny as "not" does; "can't be held liable", which the train documents read each time as no
 * limitation (an inability, said of what may go wrong), is left out.
 */
const NOT_LIABLE = /\bnot (?:be )?subject to (?:any )?liability\b|\b(?:not|never) (?:\w+ ){0,2}(?:accept|assume|bear|take|undertake)s? (?:any )?(?:legal )?(?:liability|responsibility)\b|(?:\b(?:not|never|no event|no circumstances|no way|neither)|(?<!ca)n't)\b[^.;]{0,120}?\b(?:be |are |is )?(?:held )?(?:liable|responsible|accountable)\b|\b(?:no|any) (?:legal )?(?:liability|responsibility)\b(?! (?:to|for) you\b[^.;]{0,20}\bexcept)|\bwithout (?:any )?(?:liability|obligation)\b|\bwithout (?:\w+ )?(?:notice )?(?:or|and) liability\b|\bonly (?:be )?(?:liable|responsible)\b|\bresponsible to you only\b/;
const DISCLAIMS = /\b(?:disclaim|exclude|waive|release|discharge|relieve)\w*\b[^.;]{0,80}\b(?:liability|liable|responsibility)\b|\b(?:liability|responsibility)\b[^.;]{0,60}\b(?:limited|excluded|disclaimed|shall not exceed|will not exceed|is limited)\b/;
/**
 * A plain "not responsible for" (third-party sites, accuracy, what users post) is a disclaimer of a duty, not
 * of liability to you: it counts only when it names a loss or harm.
 */
const LOSS_WORD = /\b(?:damages?|loss(?:es)?|lost|injur\w*|harm\w*|delet\w*|corrupt\w*|failures?|fail|security (?:breach|incident)\w*)\b/;
/** A cap on what the provider pays. */
const CAP = /\b(?:aggregate|total|maximum|entire|collective|cumulative|sole and exclusive|exclusive) (?:\w+ ){0,2}(?:liability|remedy)\b|\b(?:total|maximum|aggregate) amount\b[^.;]{0,60}\b(?:(?:is|are|shall be|will be) limited to|(?:shall|will) not exceed)\b|\bliability[^.;]{0,120}\b(?:exceed|limited to)\b|\bclaims? against (?:us|the company)\b[^.;]{0,40}\blimited to\b|\b(?:limit|cap) (?:our|its|their) (?:total |aggregate )?liability\b|\bliability (?:\w+ ){0,8}(?:is|are|shall be|will be) limited to\b/;
/** Kinds of loss named in a disclaimer or one of its list items. */
const LOSSES = /\b(?:indirect|incidental|special|consequential|punitive|exemplary) (?:(?:or|and|,) (?:\w+ )?)*(?:damages?|loss(?:es)?)\b|\bloss of (?:your |any )?(?:profits?|income|revenue|data|goodwill|business|reputation|use|content|opportunity)\b|\blost (?:profits|data|revenues?|savings)\b|\bcost of procurement\b/;
/**
 * Losses named outside a list ("back up your files to prevent loss of data") exclude nothing unless the sentence
 * denies, excludes or waives something.
 */
/** A fragment that opens on the loss itself, as the items of a list of excluded losses do. */
const LOSS_FIRST = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:any |all |the )?(?:(?:direct|indirect|incidental|special|consequential|punitive|exemplary|actual|anticipated|or|and|,)\s*)*(?:loss|lost|cost of procurement|damages?)\b/;
const DENIES = /\b(?:liab\w*|responsib\w*|exclu\w*|disclaim\w*|waive\w*|not|no|never|neither|nor|compensat\w*|recover\w*|claims?|risk|includ\w*)\b|n't\b/;
const NO_REFUND = /\bnot (?:be )?(?:required|obliged|obligated) to (?:provide|give|issue|pay) (?:a |any )?(?:refunds?|compensation)\b|\b(?:will|shall) not (?:receive|be entitled to) (?:any )?(?:money|compensation|refunds?|claim damages)\b|\bnot be entitled to claim\b|\bnot (?:\w+ ){0,3}compensate (?:you|users?|customers?)\b/;
/**
 * No refund when the user ends or changes something themselves (asks to delete the account, withdraws from a
 * purchase, pays late): an ordinary refund policy. It limits what they owe when it is their own act that ends it.
 */
const USERS_OWN_ACT = /\bif you (?:request|ask|cancel|change|choose|decide|delete|close)\b|\byour own risk\b|\bright (?:\w+ ){0,3}to withdraw\b/;
/** A disclaimer's reach: "these limitations apply even if ...". */
const REACH = /\b(?:these|the|the above|the foregoing|this|such) (?:\w+ )?(?:limitations?|exclusions?|disclaimers?)(?: (?:and|or) (?:\w+ )?(?:limitations?|exclusions?|disclaimers?))?\b[^.;]{0,40}\b(?:appl(?:y|ies)|will apply|shall apply)\b/;

/**
 * The user's own liability or duty (anywhere in the sentence: "... and you are solely responsible for any
 * damage to your device"), a carve-out that keeps the provider liable, or limits said not to apply to you.
 */
const NOT_THIS = /^(?:\(?[a-z0-9]{1,4}\)\s*)?you (?:are|will be|shall be|agree to be|remain) (?:solely |fully |entirely )?(?:liable|responsible)\b|\bnothing in (?:these|this)\b[^.;]{0,80}\b(?:limit|exclude|affect)|\b(?:do(?:es)?|will|shall) not (?:limit|exclude|affect) (?:our |its |any )?liability\b|\b(?:don't|doesn't|won't) (?:exclude|limit)\b|\b(?:some|certain) (?:states|jurisdictions|countries|places)\b[^.;]{0,40}\b(?:do not|don't|may not) allow\b|\blaw (?:may|does) not allow\b|\bdoes not (?:include or )?limit\b|\bit is your responsibility\b|\baccepts? full responsibility\b|\bwe are responsible for\b|\blimited liability (?:company|partnership)\b|\bsurviv\w*\b|\byou (?:will be|are|shall be|remain) (?:solely|fully|entirely) responsible\b|\b(?:limitations?|exclusions?|disclaimers?)\b[^.;]{0,40}\b(?:may not|do not|does not|don't|will not) apply\b/;

/** The user indemnifies the provider: a duty of the user's, not a limit on what the provider owes. */
const INDEMNITY = /\b(?:indemnif\w*|hold (?:\w+ )?harmless)\b/;
/** A warranty disclaimer ("provided as is", "no warranty that ...") that names no liability, damage or loss. */
const WARRANTY = /\b(?:warrant\w*|representations?|as is|as available)\b/;
const LIABILITY_OR_LOSS = /\b(?:liab\w*|damages?|loss(?:es)?|lost)\b/;

/**
 * Other people's sites and services: "not responsible or liable for third-party websites" disclaims a duty over
 * what the provider does not run; it limits what the provider owes only when it names a loss or harm.
 */
const THIRD_PARTY_SITES = /\bthird[- ]party (?:websites?|sites|services|applications|apps|products|content|links|resources)\b|\bexternal (?:sites|websites|links|resources)\b|\blinked (?:sites|websites)\b|\b(?:websites?|sites|resources) (?:operated|owned|controlled) by (?:third|others)\b/;

/**
 * Force majeure: no one is in breach for a delay or failure to perform caused by events beyond anyone's control.
 * That excuses performance; it does not cap what they owe you for a loss.
 */
const FORCE_MAJEURE = /\b(?:delay|non-?performance|failure to perform|unable to (?:provide|perform))\b[^.;]{0,160}\b(?:beyond|outside) (?:\w+ ){0,3}control\b/;

/**
 * The limits named as clauses of the terms ("we set our prices in reliance on these warranty disclaimers, releases,
 * and limitations of liability", "limitation of liability in section 6"): a sentence about the clauses, not one.
 * When it says the limits apply ("the foregoing limitation of liability will apply ..."), REACH reads it.
 */
const CLAUSE_NAMES = /\b(?:disclaimers?|releases)\b[^.;]{0,40}\blimitations? of liability\b|\blimitations? of liability (?:in|set (?:forth|out) in|under) (?:section|paragraph|clause)\b|\bliability (?:to you )?is limited by\b/;

/**
 * A duty they do not take on ("not responsible for addressing claims", "for providing travel options") or the
 * quality of what others publish ("not responsible or liable for the accuracy of any information"): a disclaimer
 * of a task or of a warranty, which limits what they owe you only when it names a loss or harm.
 */
const NOT_A_DUTY = /\bnot (?:\w+ )?responsible for (?:addressing|providing|setting)\b|\b(?:responsible|liable) for (?:the )?(?:accuracy|availability|reliability|usefulness|legality|timeliness|conduct|actions)\b/;

const hits = (pattern: RegExp) => (s: SentenceView) => {
  const t = plain(s);
  return (
    !isQuestion(s) &&
    pattern.test(t) &&
    !(t.includes('control') && FORCE_MAJEURE.test(t)) &&
    !(CLAUSE_NAMES.test(t) && !/\bappl(?:y|ies)\b/.test(t)) &&
    !NOT_THIS.test(t) &&
    !INDEMNITY.test(t) &&
    !(WARRANTY.test(t) && !LIABILITY_OR_LOSS.test(t)) &&
    !(THIRD_PARTY_SITES.test(t) && !LOSS_WORD.test(t)) &&
    !(NOT_A_DUTY.test(t) && !LOSS_WORD.test(t))
  );
};

/** The cap's amount, in the words of the sentence ("$100", "the amount you paid"), as a `cap:` attribute. */
export function capAmount(text: string): string | null {
  const money = /(?:(?:us|u\.s\.)?\$ ?\d[\d,]*(?:\.\d+)?(?: ?usd)?|(?:€|£) ?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)? ?(?:usd|eur|euros?|dollars|pounds)\b|\b(?:one|two|three|five|ten|fifty|twenty)(?: hundred| thousand)? (?:united states |u\.s\. |us )?(?:dollars|euros?|pounds)\b)/.exec(text);
  if (money) return money[0].replace(/\s+/g, ' ').trim();
  const paid = /\b(?:the )?(?:amounts?|fees?|price|sums?) (?:(?:actually |that )?(?:you )?(?:have )?paid|paid (?:by you )?)[^.;,)]{0,40}/.exec(text);
  return paid ? paid[0].trim() : null;
}

// Built once: a rule's match runs for every sentence that passes the trigger.
const notLiable = hits(NOT_LIABLE);
const excludedLosses = hits(LOSSES);
const noRefund = hits(NO_REFUND);

export const limitationOfLiabilityRules: Rule[] = [
  {
    id: 'limitation-of-liability.not-liable',
    category: 'limitation-of-liability',
    severity: 'medium',
    explain: 'If their service fails, loses your work or lets others harm you, they say they owe you nothing.',
    example: 'We will not be liable for any loss of your content, or for what other users do.',
    counterExample: 'You will be liable for any loss you cause to other users.',
    // A lead-in ("... not responsible for any of the following:") names its losses in the items below.
    match: (s) => notLiable(s) && (/\bliab|accountab/.test(plain(s)) || LOSS_WORD.test(plain(s)) || plain(s).endsWith(':')),
  },
  {
    id: 'limitation-of-liability.disclaims',
    category: 'limitation-of-liability',
    severity: 'medium',
    explain: 'They exclude or limit their responsibility for damage and losses you suffer.',
    example: 'To the fullest extent the law allows, the company excludes all liability for lost data.',
    counterExample: 'Nothing in these terms excludes our liability for death or personal injury caused by our negligence.',
    match: hits(DISCLAIMS),
  },
  {
    id: 'limitation-of-liability.cap',
    category: 'limitation-of-liability',
    severity: 'medium',
    explain: 'However much you lose, what they would pay you is capped, often at a small sum.',
    example: 'Our total liability to you for all claims will not exceed one hundred dollars ($100).',
    counterExample: 'You may claim a refund of the fees you paid in the last month.',
    match: hits(CAP),
    attrs: (s) => {
      const amount = capAmount(plain(s));
      return amount ? ['cap', `cap:${amount}`] : ['cap'];
    },
  },
  {
    id: 'limitation-of-liability.excluded-losses',
    category: 'limitation-of-liability',
    severity: 'medium',
    explain: 'Whole kinds of loss (lost profits, lost data, indirect damage) are excluded from what they owe you.',
    example: '(b) any loss of data, profits or goodwill, whether direct or indirect;',
    counterExample: 'Some states do not allow the exclusion of incidental or consequential damages.',
    match: (s) => excludedLosses(s) && (isListItem(s) || LOSS_FIRST.test(plain(s)) || plain(s).endsWith(':') || DENIES.test(plain(s))),
  },

  {
    id: 'limitation-of-liability.no-refund',
    category: 'limitation-of-liability',
    severity: 'low',
    explain: 'You get no refund or compensation, whatever the reason.',
    example: 'You acknowledge that we are not required to provide a refund for any reason.',
    counterExample: 'We will give you a full refund if you cancel within fourteen days.',
    match: (s) => noRefund(s) && !USERS_OWN_ACT.test(plain(s)),
  },

  {
    id: 'limitation-of-liability.reach',
    category: 'limitation-of-liability',
    severity: 'low',
    explain: 'Their limits on what they owe you are stretched to every claim and as far as the law allows.',
    example: 'These limitations and exclusions apply even if we knew the loss was possible.',
    counterExample: 'These house rules apply to every account holder.',
    match: hits(REACH),
  },
];
