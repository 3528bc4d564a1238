// jurisdiction: disputes go to courts away from the consumer's home, or one venue is made exclusive.
// Not: the courts of where you live, small-claims options, nor "a court of competent jurisdiction" in a
// severability clause.
import type { Rule, SentenceView } from '../types';
import { plain } from './words';

const COURT_WORDS = String.raw`(?:courts?|tribunals?|judicial district|district court|venue)`;
const EXCLUSIVE = /(?<!non-)\bexclusive (?:personal )?(?:jurisdiction|venue)\b|\b(?:(?:to|of|in) (?:the )?(?:exclusive |sole )?(?:personal )?jurisdiction and venue|(?:jurisdiction and venue|venue and (?:personal )?jurisdiction) (?:of|in|for|shall|will|is|lies?)\b|(?:to|of|in) (?:the )?(?:exclusive |sole )?venue and (?:personal )?jurisdiction)\b/;
const SUBMIT = /\b(?:submit|consent|agree|irrevocably agree|irrevocably submit)\w* to (?:the )?(?:exclusive |non-exclusive )?(?:personal )?(?:jurisdiction|venue)\b/;
const COURTS_HAVE = new RegExp(String.raw`\b${COURT_WORDS}\b[^.;]{0,80}\b(?:shall|will|has|have) (?:\w+ )?jurisdiction\b|\bsubject to the (?:\w+ )?jurisdiction of (?:the )?[^.;]{0,40}\b${COURT_WORDS}\b`);
/**
 * Claims "brought", "litigated", "submitted" ... in courts that are named: "in the courts of X", "in a state court
 * located in X", "in federal court"; a bare "in court" names no place ("brought in court or arbitration"). A long
 * description of the claims may stand before "exclusively in" the courts.
 */
const BROUGHT_IN = new RegExp(String.raw`\b(?:brought|litigated|resolved?|commenced|filed|heard|adjudicated|decided|settled|instituted|maintained)\b[^.;]{40,160}?\b(?:exclusively|only|solely) (?:in|before) (?:a |the |any )?(?:(?!(?:a|an|the|any) )(?:[a-z.,]+ ){1,6}${COURT_WORDS}\b|${COURT_WORDS}\b(?= (?:of|in|located|sitting|situated|for|at|within|serving)\b))|\b(?:brought|litigated|resolved?|commenced|filed|heard|adjudicated|decided|settled|instituted|maintained|submitted|referred|takes? place)\b[^.;]{0,40}?\b(?:exclusively |only |solely )?(?:in|before|by|to) (?:a |the |any )?(?:(?!(?:a|an|the|any) )(?:[a-z.,]+ ){1,6}(?<!small[- ]claims? )${COURT_WORDS}\b|${COURT_WORDS}\b(?= (?:of|in|located|sitting|situated|for|at|within|serving)\b))`);
/**
 * The forum said another way: the courts "shall hear" disputes, jurisdiction "lies with" them, a "place of
 * jurisdiction" or a venue that "shall be in" a place, the courts as "the sole forum", objections to a venue in named
 * courts waived.
 */
const FORUM = new RegExp(String.raw`\b${COURT_WORDS}\b[^.;]{0,60}\b(?:shall|will|must) (?:exclusively |solely |only )?(?:hear|decide|settle|resolve|determine|adjudicate) (?:any |all |the )?(?:\w+ )?(?:disputes?|claims?|actions?|proceedings?|matters?)\b|\bjurisdiction\b[^.;]{0,60}\b(?:lies?|rests?|is vested|vests)\b|\b(?:place|seat) of jurisdiction\b|\bvenue\b[^.;]{0,80}?\b(?:shall|will|must) (?:be|lie) (?:exclusively |solely |only )?(?:in|with|before)\b|\b${COURT_WORDS}\b[^.;]{0,80}\b(?:is|are|shall be|will be) the (?:sole|exclusive|only)(?: and exclusive)? (?:forum|venue|place)\b|\bwaive\w* (?:any |all )?objections? to (?:the )?(?:venue|(?:personal )?jurisdiction)\b[^.;]{0,30}\bin (?:the |any )?(?:[a-z.,]+ ){0,4}${COURT_WORDS}\b`);
/**
 * The user's own courts (residence, domicile), a small-claims option (not one excepted: "other than small claims"),
 * severability ("a court of competent jurisdiction", unless it is "located in" a named place), courts for an
 * arbitration ("to compel arbitration", "in arbitration or court"), and a waiver of court for arbitration.
 */
const NOT_THIS = /\b(?:courts?|jurisdiction) (?:of|in) (?:your|the) (?:country|county|state|place) (?:of|where|in which) (?:your )?(?:residence|you (?:live|reside))|\bwhere you (?:live|reside)\b|\b(?:your|the consumer's) (?:place of )?domicile\b|\b(?:country|county|state|place) of (?:your )?(?:main |habitual |usual |principal )?residence\b|\b(?:arbitration|arbitrator) or (?:in )?(?:a )?court\b|\bcourt or (?:in )?arbitration\b|\bto (?:compel|stay|confirm|enforce|vacate)\b[^.;]{0,40}\barbitrat|(?<!\b(?:other than|except for|except|not|excluding)\b[^.;()]{0,30})\bsmall[- ]claims?\b|\bcompetent jurisdiction\b(?! (?:located|sitting|situated|seated|based) in\b)|\b(?:we|company) (?:retain|reserve)s? the right to bring\b|\bany court (?:with|having|that has) (?:competent )?jurisdiction\b|\b(?:waiv\w*|giv(?:e|es|ing) up) (?:your |any |the |our )?rights? to\b[^.;]{0,60}\b(?:courts?|judge|jury)\b|\b(?:instead of|rather than) (?:in )?(?:a )?court\b|\bcommenced in any court\b/;

/**
 * Not the clause itself: what a copyright counter-notice must state ("a statement that you consent to the
 * jurisdiction of ..."), and a heading with no verb ("Jurisdiction and venue").
 */
const POINTER = /\ba statement that\b[^.;]{0,80}\bconsents? to\b/;
/** Where an arbitration sits ("the venue of the arbitration shall be in ..."): the arbitration's procedure, not a court. */
const ARBITRATION_SEAT = /\b(?:venue|place|seat|location) (?:of|for) (?:the |any |such )?arbitration\b/;
const VERB = /\b(?:shall|will|is|are|be|lies|rests|waive\w*|agree\w*|submit\w*|consent\w*|must|may|can|have|has)\b/;

const sendsToCourt = (pattern: RegExp) => (s: SentenceView) => {
  const t = plain(s);
  return pattern.test(t) && !NOT_THIS.test(t) && !t.endsWith(':') && !POINTER.test(t) && VERB.test(t) && !ARBITRATION_SEAT.test(t);
};

export const jurisdictionRules: Rule[] = [
  {
    id: 'jurisdiction.exclusive-courts',
    category: 'jurisdiction',
    severity: 'low',
    explain: 'Any case must be heard in courts of their choosing, which may be far from where you live.',
    example: 'All disputes shall be subject to the exclusive jurisdiction of the courts of Dublin, Ireland.',
    counterExample: 'You may bring a claim in the courts of the country where you live.',
    match: sendsToCourt(EXCLUSIVE),
  },
  {
    id: 'jurisdiction.submit-to-courts',
    category: 'jurisdiction',
    severity: 'low',
    explain: 'You agree in advance to go to court where they say.',
    example: 'You and we both consent to personal jurisdiction in the courts of San Mateo County.',
    counterExample: 'You and we both agree to try to settle disputes informally first.',
    match: sendsToCourt(SUBMIT),
  },
  {
    id: 'jurisdiction.named-courts',
    category: 'jurisdiction',
    severity: 'low',
    explain: 'A named court (usually near them, not you) decides disputes.',
    example: 'The courts of Stockholm will have jurisdiction over any claim arising from these terms.',
    counterExample: 'If a court finds a part of these terms invalid, the rest stays in force.',
    match: sendsToCourt(COURTS_HAVE),
  },
  {
    id: 'jurisdiction.forum-named',
    category: 'jurisdiction',
    severity: 'low',
    explain: 'They name the only place where a case can be heard, which may be far from where you live.',
    example: 'Venue for any action relating to these Terms shall be in Travis County, Texas.',
    counterExample: 'The venue of the arbitration shall be in the county where you live.',
    match: sendsToCourt(FORUM),
  },
  {
    id: 'jurisdiction.brought-only-there',
    category: 'jurisdiction',
    severity: 'low',
    explain: 'Claims may only be brought in the courts they name.',
    example: 'Any claim relating to these terms must be litigated exclusively in the federal or state courts of Travis County, Texas.',
    counterExample: 'Any claim relating to these terms can be brought in a small claims court.',
    match: sendsToCourt(BROUGHT_IN),
  },
];
