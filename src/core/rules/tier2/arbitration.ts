// arbitration: disputes go to (binding) arbitration instead of a court, mandatory or by default, often with a
// class-action waiver. Not: the arbitration procedure's details (fees, the arbitrator's powers, where to
// file), nor an offer of optional mediation.
import type { Rule, SentenceView } from '../types';
import { plain } from './words';

/** Disputes are sent to arbitration: "resolved by binding arbitration", "agree to arbitrate". */
const SENDS = /\b(?:binding|mandatory|final(?:ly)?(?: and binding)?|individual|exclusive|confidential) (?:\w+ )?arbitration\b|\b(?:resolved?|settled?|decided|determined|conducted|submitted|referred|heard|brought|handled|sent)\b[^.;]{0,60}?\b(?:(?:by|through|to|in|under|via) (?:a |an |the )?(?:\w+ ){0,3}|before (?:a|an|the|one) (?:\w+ ){0,2})arbitrat\w*|\b(?:will|shall|must) go (?:to|through) (?:\w+ ){0,2}arbitration\b|\b(?:will|shall|must) be (?:arbitrated|subject to (?:\w+ )?arbitration)\b|\bsubmit\b[^.;]{0,60}\b(?:to|before) (?:a|an|the|one) (?:\w+ ){0,2}arbitrator\b[^.;]{0,40}\bnot (?:to )?(?:sue|go|litigate)\b|\bagree(?:s|d|ing)?\b[^.;]{0,80}?\b(?:to |through |by |in |via |submit to )(?:\w+ )?arbitrat(?:e|ion)\b|\b(?:only|exclusively|solely) (?:through|by|in) arbitration\b|\barbitration (?:agreement|clause|provision) and class[- ]action waiver\b|\bexclusive means of resolving\b[^.;]{0,120}\barbitration\b|\barbitration (?:shall be|will be|is) the (?:sole|exclusive|only)\b[^.;]{0,30}\b(?:forum|means|method|way|remedy)\b|\b(?:requires?|contains?|includes?) (?:you )?(?:\w+ )?(?:binding )?(?:individual )?arbitration\b/;
/** What is sent, and a verb that sends it: a bare heading ("Binding arbitration.") sends nothing. */
const DISPUTE = /\b(?:disputes?|claims?|controvers\w*|relief|disagreements?)\b/;
const ACTS = /\b(?:agree\w*|resolv\w*|settl\w*|submit\w*|requir\w*|conducted|decided|determined|will be|shall be|must|exclusive means|waive\w*)\b/;
/**
 * Details of the procedure, not the sending itself: "The arbitration will be held in ..." (already agreed), who
 * decides whether a claim is arbitrable, the time limit for bringing a claim.
 */
const PROCEDURE = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?arbitrator\b|^(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:the|any|such|all|each|an) (?:\w+ )?arbitrations? (?:will|shall|is|must|may|proceedings?|hearings?|awards?)\b|\b(?:arbitration|arbitrator)(?:'s)? (?:fees|costs|award)\b|\bfiling fees?\b|\bconfirm,? modify,? or vacate\b|\bnot (?:take|taking) part in\b|\bagree\w* not to\b|\b(?:start|starts|starting|initiat\w*|commenc\w*|begin\w*|fil(?:e|es|ing)|seek\w*|demand\w*) (?:an? |the |binding |individual )*arbitration\b(?![^.;]{0,20}\b(?:sole|exclusive|only) (?:means|method|way|forum))|\barbitrator (?:shall|will|may|can) (?:also )?(?:decide|determine)\b|\barbitration (?:agreement|provision|clause)s? (?:shall|will|is) (?:be )?governed\b|\b(?:whether|scope|arbitrability|enforceability|validity|interpretation|applicability)\b[^.;]{0,100}\b(?:decided|determined|resolved) by (?:the |an )?arbitrat(?:or|ion (?:provider|administrator|body|forum|organi[sz]ation))\b|\bwithin (?:one|two|1|2|\w+) (?:\(\d+\) )?(?:years?|months?)\b/;
/**
 * Carve-outs and mentions: the courts for what arbitration leaves out, an opt-out, a clause found void, a sending
 * denied ("disputes with residents of the EU will not be resolved by arbitration").
 */
const ASIDE = /\bnot (?:be )?(?:subject to|bound by) (?:this |the )?arbitration\b|\b(?:will not|won't|shall not|do not|does not|don't|doesn't|need not|is not|are not|cannot|may not) (?:\w+ ){0,2}(?:be )?(?:(?:resolved|settled|decided|determined|submitted|referred) (?:by|through|in|to|via)|required?|subject to|forced|compelled)\b(?: \w+){0,5} arbitrat|\bopt(?:ed)?[- ]out of (?:this |the )?(?:agreement to )?arbitrat\w*[^.;]{0,40}\b(?:courts?|jurisdiction)\b|\bfound (?:to be )?(?:unenforceable|invalid|void|null)\b|\bsmall[- ]claims?\b[^.;]*\bor (?:in )?arbitration\b|\b(?:exclusive|personal) jurisdiction\b|\bjurisdiction and venue\b|\bnot preclude\b|\binjunctive\b|\bjudicial proceeding\b/;
/** The sending itself, said outright: it stands even with carve-outs in the same sentence. */
const OUTRIGHT = /\b(?:will|shall|must) be (?:finally )?(?:(?:referred|submitted) to and (?:finally )?)?(?:resolved|settled|decided|determined)\b[^.;]{0,30}\b(?:by|through|in) (?:(?:final|binding|individual|confidential),? (?:and )?)*arbitration\b|\b(?:will|shall|must) be (?:finally )?(?:resolved|settled|decided|determined)\b[^.;]{0,30}\bunder the (?:\w+ )?(?:rules of arbitration|arbitration rules)\b|\bagree(?:s|d)? to (?:resolve|settle|submit)\b[^.;]{0,120}\b(?:(?:final|binding|individual),? (?:and )?)+arbitration\b/;

/**
 * Who hears the case ("resolved before a neutral arbitrator", "submit the dispute to a single arbitrator at ..."):
 * a detail of the procedure the agreement set up, unless the sentence also sends disputes to arbitration outright
 * or sets the arbitrator against a court ("decided by an arbitrator, not a judge").
 */
const BEFORE_ARBITRATOR = /\b(?:before|to|by) (?:a|an|the|one) (?:\w+ ){0,2}arbitrator\b/;
const NOT_A_COURT = /\b(?:not|instead of|rather than) (?:in |by )?(?:a |an |the )?(?:judge|court|jury)\b|\b(?:not|instead of|rather than) (?:to )?(?:sue|suing|go|going|litigat\w*)\b[^.;]{0,20}\bcourts?\b|\b(?:waiv\w*|giv(?:e|es|ing) up) (?:your |any |the |our )?rights? to (?:go to |sue in |a trial in )?(?:court|sue)\b/;
/**
 * Set against a court, the arbitrator sends only when the parties agree to it: "you agree that disputes will be
 * decided by an arbitrator, not a judge". Without the agreement it explains what arbitration is ("instead, a
 * neutral arbitrator decides, not a judge or jury").
 */
const AGREES = /\b(?:agree(?:s|d)?|agreeing|requires?|must)\b/;
/**
 * A pointer to the agreement, not the agreement: "please read", what a notice must state ("a statement that ..."),
 * "notwithstanding our agreement to arbitrate", an explanation of what arbitration is, a summary of the section,
 * and the fallback when a change is rejected ("as of the date you first accepted", "in accordance with the
 * provisions of this section").
 */
const POINTER = /^(?:please read|how)\b|\ba statement that\b|\bnotwithstanding (?:the |this |our |any )?(?:parties'? )?(?:\w+ )?agreement to\b|^(?:in )?arbitrations?,? (?:is|are|means|uses|involves|allows|has|differs|can|may|works)\b|^in (?:an? )?arbitration\b|\b(?:this|that|the following) (?:section|provision|clause|part|paragraph)\b[^.;]{0,30}\b(?:explains|describes|sets out|summari[sz]es|tells you)\b|\b(?:first|originally|previously) accepted\b|\bin the event of (?:such|a|any) rejection\b|\bin accordance with the (?:provisions|terms|language|version|wording|text) of (?:this|the|that)\b[^.;]{0,60}\bsection\b/;

/**
 * A notice at the top of the terms restates the agreement ("Important notice: disputes must be resolved by binding
 * arbitration"), unless it has the user agree in it ("Important: you agree that disputes will be resolved by ...").
 */
const NOTICE = /^(?:important|notice|note)\b/;
const USER_AGREES = /\byou (?:\w+ )?agree\b/;

/**
 * Not the agreement either, wherever it stands in the sentence: how an arbitration already agreed is held ("you
 * agree that any arbitration will be held in ..."), what happens to the rest of a claim when part of it is severed
 * for a court, a forum the consumer may choose ("you may choose to have the dispute decided by an arbitration
 * scheme"), courts named "subject to the arbitration provisions below", a class waiver ("whether in court or in
 * arbitration", "does not agree to class arbitration"), and what opting out leads to.
 */
const NOT_THE_AGREEMENT = /\b(?:the|any|such|each) arbitration(?: of [^.;]{0,40}?)? (?:will|shall|must|may) (?:be (?:held|conducted|administered|located|limited|confidential)|take place|proceed)\b|\bsever(?:ed|able)\b|\b(?:remaining|rest of the) (?:claims?|parts?|portions?)\b|\bthe rest (?:proceeding|will proceed)\b|\byou (?:may|can|have the (?:right|option) to) (?:also )?(?:choose|elect|opt|decide|request|refer|submit)\b|\breject(?:s|ed|ing)? (?:any|a|the|such|this) (?:future )?(?:change|modification|amendment)|\bsubject to (?:the |these |our )?(?:\w+ )?arbitration (?:provisions?|agreement|clause|section)\b|\b(?:whether )?in (?:a )?court or (?:in )?arbitration\b|\b(?:does|do|did) not (?:\w+ )?(?:agree|consent)\b|\b(?:agree|consent)\w* (?:\w+ ){0,2}to (?:class|class-wide|collective|consolidated|representative|joint|mass) arbitrat|\bby opting[- ]out\b|(?<!\b(?:except|unless) )\bif you (?:do )?opt[- ]out\b/;

const sendsToArbitration = (s: SentenceView) => {
  const t = plain(s);
  // What is sent may be named only as the suit the parties give up ("agree to binding arbitration and not to sue in court").
  if (!SENDS.test(t) || !(DISPUTE.test(t) || NOT_A_COURT.test(t)) || !ACTS.test(t) || PROCEDURE.test(t) || POINTER.test(t) || (NOTICE.test(t) && !USER_AGREES.test(t)) || NOT_THE_AGREEMENT.test(t) || t.endsWith(':')) return false;
  return OUTRIGHT.test(t) || (!ASIDE.test(t) && (!BEFORE_ARBITRATOR.test(t) || (NOT_A_COURT.test(t) && AGREES.test(t))));
};

const attrs = (s: SentenceView) => {
  const t = plain(s);
  return [
    ...(/\bclass[- ]?(?:action|arbitration|wide)|\brepresentative (?:action|proceeding)|\bjury\b/.test(t) ? ['class-action-waiver'] : []),
    ...(/\bopt[- ]?out\b/.test(t) ? ['opt-out-window'] : []),
  ];
};

export const arbitrationRules: Rule[] = [
  {
    id: 'arbitration.disputes-to-arbitration',
    category: 'arbitration',
    // Medium like the other tier-2 rules: they count lightly, and the badge's red stays for AI training.
    severity: 'medium',
    explain: 'Disputes go to private arbitration, not a court; you often also give up joining a class action.',
    example: 'You and we agree to resolve any dispute through final and binding individual arbitration, and you waive any right to a class action.',
    counterExample: 'The arbitrator may award the same damages as a court could.',
    match: sendsToArbitration,
    attrs,
  },
];
