// Every built-in rule, grouped by category, with a cheap trigger per category: a sentence that does not
// match a category's trigger never reaches that category's rules (nor compromise).
import type { BuiltInCategory } from '../types';
import type { Rule, SentenceView } from './types';
import { aiTrainingRules } from './ai-training';
import { aiRestrictionRules } from './ai-restriction';
import { contentLicenseRules } from './content-license';
import { onlyNamesSomething, onlyOtherUsers, thirdPartySharingRules } from './third-party-sharing';
import { rightsWaiverRules } from './rights-waiver';
import { unilateralChangeRules } from './unilateral-change';
import { TIER2_RULES_BY_CATEGORY, TIER2_TRIGGERS } from './tier2/index';
import { underMeasuresLead } from './tier2/unilateral-termination';

export type { Rule, SentenceView } from './types';
export { licenceAttrs, changeAttrs, BROAD_LICENCE } from './attrs';

const AI_TRIGGER = /\b(?:AI|A\.I\.|ML|artificial|machine|learning|models?|algorithms?|generative|GAI|GenAI|LLMs?|neural|train\w*|mining|TDM|noai|noimageai|robots|recognition|synthetic|deepfakes?|clon(?:e|es|ed|ing)|generat(?:ion|or|ors)|teach\w*|taught|learn(?:s|ed|t)? from|fe(?:e)?d(?:s|ing)? (?:in)?to)\b/i;

export const TRIGGERS: Record<BuiltInCategory, RegExp> = {
  'ai-training': AI_TRIGGER,
  'ai-restriction': AI_TRIGGER,
  'content-license': /\b(?:licen[cs]|grant|permission|consent|remix|reus|republish|\b(?:can|we|also|only) (?:\w+ )?use\b|assign|compil|retain|\brights?\b|obtain|exercise|\bmay (?:\w+ )?use\b|\bwill (?:\w+ )?use\b|feedback|suggestion|ideas|surviv|compensation|royalty|revok|modif|adapt|translat|publish|distribut|monetiz|advertis|perpetual|remain available|even after|authori[sz]|entitled|property|\bkeep|\bcop(?:y|ies)\b|exploit|\bsell|\bedit|\blets? us\b|continues? even|\bremain|\bbe (?:\w+ )?(?:used|reused|copied|reproduced|edited|published|displayed|shown|quoted|excerpted|sold|featured|broadcast|performed)\b)/i,
  'third-party-sharing': /\b(?:third|partner|access|administrator|employer|work with|engage|permission|consent|opt(?:ed|ing)? out|provider|affiliat|advertis|vendor|supplier|processor|recipient|shar|disclos|\bsell|\bsold|transfer|authorit|law.enforcement|government|merger|acqui|others|sub-?licens|syndicat|\bthey\b|collect|receiv|consultant|(?:sub-?)?contractor|exchang|agenc|dump|dataset|compilation|licensing fees|large-scale|\bpass|\bsen[dt]|licen[cs]|\bshow|report|\bview|compan|police|courier|buyer|employer|manager|available|organi[sz]er|advis[eo]r|auditor|lawyer|agent)/i,
  'rights-waiver': /\b(?:waiv|moral|attribut|\bnames?\b|usernames?\b|personas?\b|trademark|likeness|voice|image|photo|logo|publicity|profile|identify|naming|credit|approve)/i,
  'unilateral-change': /\b(?:notice|notif|continu|keep|effect|\bnew\b|bound|basis|chang|modif|amend|revis|updat|alter|evolv|discontinu|continu|version|regularly|periodically|stop|suspend|limit|remov|introduc|increas|\brais(?:e|es|ing)\b|\badd(?:s|ing)?\b|replac|withdraw|eliminat|impos|adjust|\bvar(?:y|ies)\b|revalu|reissu)/i,
  ...TIER2_TRIGGERS,
};

export const RULES_BY_CATEGORY: Record<BuiltInCategory, readonly Rule[]> = {
  'ai-training': aiTrainingRules,
  'ai-restriction': aiRestrictionRules,
  'content-license': contentLicenseRules,
  'third-party-sharing': thirdPartySharingRules,
  'rights-waiver': rightsWaiverRules,
  'unilateral-change': unilateralChangeRules,
  ...TIER2_RULES_BY_CATEGORY,
};

export const RULES: readonly Rule[] = Object.values(RULES_BY_CATEGORY).flat();

/** What stops an item from carrying its lead-in's label: sharing "with other users" only is visibility, not sharing. */
export const NOT_CARRIED: Partial<Record<BuiltInCategory, (item: SentenceView, reading: SentenceView) => boolean>> = {
  'third-party-sharing': (item, reading) => onlyOtherUsers(reading) || onlyNamesSomething(item),
  'unilateral-termination': underMeasuresLead,
};
