// arbitration: disputes go to (binding) arbitration instead of a court, mandatory or by default, often with a
// class-action waiver. Not: the arbitration procedure's details (fees, the arbitrator's powers, where to
// file), nor an offer of optional mediation.
import type { Rule, SentenceView } from '../types';
import { plain } from './words';

/** Disputes are sent to arbitration: "resolved by binding arbitration", "agree to arbitrate". */
const SENDS = /\b(?:binding|mandatory|final(?:ly)?(?: and binding)?|individual|exclusive|confidential) (?:\w+ )?arbitration\b|\b(?:resolved?|settled?|decided|determined|conducted|submitted|referred|heard|brought)\b[^.;]{0,60}?\b(?:by|through|to|in|before|under) (?:a |an |the )?(?:\w+ ){0,3}arbitrat\w*|\bagree\w*\b[^.;]{0,80}?\b(?:to |through |by |submit to )?(?:\w+ )?arbitrat(?:e|ion)\b|\b(?:only|exclusively|solely) (?:through|by|in) arbitration\b|\barbitration (?:agreement|clause|provision) and class[- ]action waiver\b|\bexclusive means of resolving\b[^.;]{0,120}\barbitration\b|\b(?:requires?|contains?|includes?) (?:you )?(?:\w+ )?(?:binding )?(?:individual )?arbitration\b/;
/** What is sent, and a verb that sends it: a bare heading ("Binding arbitration.") sends nothing. */
const DISPUTE = /\b(?:disputes?|claims?|controvers\w*|relief|disagreements?)\b/;
const ACTS = /\b(?:agree\w*|resolv\w*|settl\w*|submit\w*|requir\w*|conducted|decided|determined|will be|shall be|must|exclusive means|waive\w*)\b/;
/** Details of the procedure, not the sending itself. */
const NOT_THIS = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?arbitrator\b|\b(?:arbitration|arbitrator)(?:'s)? (?:fees|costs|award)\b|\bfiling fees?\b|\bconfirm,? modify,? or vacate\b|\bnot (?:be )?(?:subject to|bound by) (?:this |the )?arbitration\b|\bopt(?:ed)?[- ]out of (?:this |the )?(?:agreement to )?arbitrat\w*[^.;]{0,40}\b(?:courts?|jurisdiction)\b|\bnot (?:take|taking) part in\b|\bfound (?:to be )?(?:unenforceable|invalid|void|null)\b|\bsmall[- ]claims?\b[^.;]*\bor (?:in )?arbitration\b|\bagree\w* not to\b|\barbitration (?:agreement|provision|clause)s? (?:shall|will|is) (?:be )?governed\b|\b(?:exclusive|personal) jurisdiction\b|\bjurisdiction and venue\b|\bcommence\w* an arbitration\b|\bnot preclude\b|\binjunctive\b/;

const sendsToArbitration = (s: SentenceView) => {
  const t = plain(s);
  return SENDS.test(t) && DISPUTE.test(t) && ACTS.test(t) && !NOT_THIS.test(t) && !t.endsWith(':');
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
