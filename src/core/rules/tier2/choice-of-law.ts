// choice-of-law: a law other than that of the consumer's home applies ("governed by the laws of California"
// for everyone). Not: the law of where you live, a company's place of incorporation, nor compliance duties.
import type { Rule, SentenceView } from '../types';
import { plain } from './words';

/** A kind of law, not a place's: "governed by data protection law" names no law chosen for the user. */
const KIND_OF_LAW = String.raw`(?:protection|consumer|copyright|privacy|competition|criminal|property|tax|export|securities|employment|patent|trademark|contract|statutory|common|case|federal|international|national|domestic)\b`;
const GOVERNED = new RegExp(String.raw`\b(?:governed|construed|interpreted|enforced|read)\b[^.;]{0,60}?\b(?:by|in accordance with|according to|pursuant to|under)\b(?:[^.;]{0,30}?\b(?:laws? of|(?!applicable|local|mandatory|any|other|${KIND_OF_LAW})[a-z]+ laws?)\b|[^.;]{30,90}?\band (?:the )?laws? of\b)|\bsubject to (?:the )?(?:exclusive |substantive |internal )?(?:laws? of\b|(?!applicable|local|mandatory|any|other|${KIND_OF_LAW})[a-z]+ law\b)|\b(?:resolved|decided|determined|adjudicated|settled) (?:exclusively |solely )?(?:under|in accordance with|according to|pursuant to) (?:the )?laws? of\b|\blaw applicable to\b[^.;]{0,60}\b(?:is|shall be|will be) (?:the )?(?:laws? of|(?!applicable|local|mandatory|any|other|${KIND_OF_LAW})[a-z]+ law)\b|\b(?:the )?laws? of (?:the )?(?!(?:some|certain|many|other|those|these|such|any|all|each|your|their|its|most|different|various)\b)(?:[^.;]|\.(?=[a-z,])){1,80}?(?<!\b(?:not|never|may|might|could) )\b(?:governs?|will govern|shall govern|will apply|shall apply|apply|applies)\b|\b(?!${KIND_OF_LAW})[a-z]+ (?:law|laws)(?:,[^.;]{0,80},)? (?:governs?|will govern|shall govern|applies|will apply|shall apply)\b|\bgoverning law\b[^.;]{0,40}\b(?:is|shall be|will be|provisions? shall apply)\b|\bgoverning law: (?:the )?(?:laws? of\b|(?!applicable|local|mandatory|any|other|${KIND_OF_LAW})[a-z]+ laws?\b)`);
/**
 * The user's own law, a company's incorporation, compliance with local law, a non-law "governed by", or which
 * language version of the terms prevails when translations differ.
 */
const NOT_THIS = /\bnot by any\b|^as (?:stated|set out|set forth|described|provided) in\b|\b(?:laws?|courts?) (?:applicable |in force )?(?:in|of) (?:your|the) (?:country|state|place|county|jurisdiction) (?:of|where|in which) (?:your )?(?:residence|you (?:live|reside|are resident))|\blaws? of (?:your|that|this|the same) (?:home )?(?:country|state|province|jurisdiction)\b|(?<!\b(?:regardless|irrespective) of )\bwhere you (?:live|reside)\b|\byour (?:country|state|place) of residence\b|\b(?:incorporated|organi[sz]ed|registered|established) (?:under|in accordance with)\b|\bin accordance with (?:all )?(?:applicable )?laws?\b(?! of)|\b(?:comply|compliance) with\b|\bprotected by\b|\bbarred\b|\bexport\b|\blocal laws of the consumer\b|\blanguage versions?\b|\bversions? in (?:another|other|any other) languages?\b/;

const governs = (s: SentenceView) => {
  const t = plain(s);
  return GOVERNED.test(t) && !NOT_THIS.test(t) && !t.endsWith(':');
};

export const choiceOfLawRules: Rule[] = [
  {
    id: 'choice-of-law.governed-by-their-law',
    category: 'choice-of-law',
    severity: 'low',
    explain: 'A law they picked (often of their home state or country) decides any dispute, not the law where you live.',
    example: 'These terms are governed by the laws of the State of Delaware, without regard to its conflict of law rules.',
    counterExample: 'These terms are governed by the laws of the country where you live.',
    match: governs,
  },
];
