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

const AI_TRIGGER = /\b(?:a(?:i|\.i\.|rtificial|lgorithms?)|m(?:l|achine|odels?|ining)|l(?:earning|lms?|earn(?:s|ed|t)? from)|g(?:enerat(?:ive|ion|or|ors)|ai|enai)|n(?:eural|oai|oimageai)|t(?:rain\w*|dm|each\w*|aught)|r(?:obots|ecognition)|synthetic|deepfakes?|clon(?:e|es|ed|ing)|fe(?:e)?d(?:s|ing)? (?:in)?to)\b/i;

// Triggers are tested on every sentence: their alternatives are grouped by first letter, which the regex engine
// rules out faster than a flat alternation (the same words, 5-30% less time).
export const TRIGGERS: Record<BuiltInCategory, RegExp> = {
  'ai-training': AI_TRIGGER,
  'ai-restriction': AI_TRIGGER,
  'content-license': /\b(?:a(?:ssign|dapt|dvertis|uthori[sz]|lso (?:\w+ )?use\b)|be (?:\w+ )?(?:used|reused|copied|reproduced|edited|published|displayed|shown|quoted|excerpted|sold|featured|broadcast|performed)\b|c(?:onsent|ompil|ompensation|op(?:y|ies)\b|an (?:\w+ )?use\b|ontinues? even)|distribut|e(?:xercise|ven after|ntitled|xploit|dit)|feedback|grant|ideas|keep|l(?:icen[cs]|ets? us\b)|m(?:odif|onetiz|ay (?:\w+ )?use\b)|o(?:btain|nly (?:\w+ )?use\b)|p(?:ermission|ublish|erpetual|roperty)|r(?:emix|eus|epublish|etain|ights?\b|oyalty|evok|emain)|s(?:uggestion|urviv|ell)|translat|w(?:e (?:\w+ )?use\b|ill (?:\w+ )?use\b))/i,
  'third-party-sharing': /\b(?:a(?:ccess|dministrator|dvertis|ffiliat|uthorit|cqui|genc|gent|vailable|dvis[eo]r|uditor)|buyer|c(?:onsent|ollect|onsultant|ontractor|ompilation|ompan|ourier)|d(?:isclos|ump|ataset)|e(?:mployer|ngage|xchang)|government|l(?:aw.enforcement|arge-scale|icen[cs]|awyer)|m(?:erger|anager)|o(?:pt(?:ed|ing)? out|thers|rgani[sz]er)|p(?:artner|ermission|rovider|rocessor|ass|olice)|re(?:cipient|ceiv|port)|s(?:har|ell|old|ub-?licens|yndicat|en[dt]|how|upplier|ub-?contractor)|t(?:hird|ransfer|hey\b)|v(?:endor|iew)|work with)/i,
  'rights-waiver': /\b(?:waiv|moral|attribut|na(?:mes?\b|ming)|usernames?\b|p(?:ersonas?\b|hoto|ublicity|rofile)|trademark|l(?:ikeness|ogo)|voice|i(?:mage|dentify)|credit|approve)/i,
  'unilateral-change': /\b(?:a(?:mend|lter|dd(?:s|ing)?\b|djust)|b(?:ound|asis)|c(?:ontinu|hang)|discontinu|e(?:ffect|volv|liminat)|i(?:ntroduc|ncreas|mpos)|keep|limit|modif|n(?:o(?:tice|tif)|ew\b)|periodically|r(?:evis|egularly|emov|ais(?:e|es|ing)\b|eplac|evalu|eissu)|s(?:top|uspend)|updat|v(?:ersion|ar(?:y|ies)\b)|withdraw)/i,
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
