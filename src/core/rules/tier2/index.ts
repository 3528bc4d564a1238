// Tier 2 (TAXONOMY.md): the CLAUDETTE categories of potentially unfair terms, rules by category and one
// cheap trigger per category, merged into the classifier's tables by rules/index.ts. `unilateral-change`
// is tier 1's and is not repeated here.
import type { Tier2Category } from '../../types';
import type { Rule } from '../types';
import { limitationOfLiabilityRules } from './limitation-of-liability';
import { unilateralTerminationRules } from './unilateral-termination';
import { contentRemovalRules } from './content-removal';
import { contractByUsingRules } from './contract-by-using';
import { choiceOfLawRules } from './choice-of-law';
import { jurisdictionRules } from './jurisdiction';
import { arbitrationRules } from './arbitration';

export { capAmount } from './limitation-of-liability';

// Each trigger is a necessary condition of every rule of its category (the tests check that each rule's
// example passes it), so most sentences of a page are dropped after one cheap test.
export const TIER2_TRIGGERS: Record<Tier2Category, RegExp> = {
  // A leading \b and alternatives grouped by first letter: several times faster than a flat alternation.
  'limitation-of-liability': /\b(?:liab|re(?:sponsib|fund|med)|accountab|damage|loss\b|lost (?:profit|data|revenue|saving)|compensat|procurement|entitled to claim|limitation|exclusion|disclaim|claims? against|(?:is|are|be) limited to|not exceed)/i,
  'unilateral-termination': /\b(?:terminat|s(?:uspen|top(?:ping)? provid)|d(?:e(?:activat|let|n(?:y|ying)\b|clin\w* (?:service|access))|is(?:abl|continu|qualif|connect(?:s|ing)?\b))|c(?:los(?:e|ing|ure)|ancel)|b(?:lock|an)|re(?:strict|vok|vocation|fus)|withdraw|prevent you|following (?:actions|measures|steps|sanctions)|f(?:reez|rozen)|on hold|end(?:s|ed|ing)? (?:your|th|any|all)|expel|kick|stop you|ceas|lock|declin\w* to renew|(?:will|shall|may) (?:\w+ )?end\b|ends (?:immediately|automatically|at once)|get (?:your )?(?:account|access|membership)|remov(?:e|es|ing) (?:you|(?:any )?(?:users?|members?|players?))\b)/i,
  'content-removal': /\b(?:re(?:mov|fus|ject|claim|assign)|d(?:elet|isabl|isallow)|edit|block|hid(?:e|es|ing|den)\b|unpublish|stop(?:ping)? (?:display|host|publish|show|distribut)|ceas\w* to (?:display|host|publish|show|distribut)|restrict\w* (?:the )?(?:visibility|distribution|availability)|limit\w* (?:the )?(?:visibility|distribution|reach)|demot|declin\w* to|not to (?:post|publish|display)|no longer be (?:accessible|available)|be (?:lost|forfeited)|take ?down|taken down|taking down|eliminat|screen|purg|terminat|cancel|suspend|clos)|obligation to (?:store|retain|keep|back ?up|maintain)/i,
  'contract-by-using': /^(?=[^]*?\b(?:agree|accept|consent|acknowledg|indicat|confirm|signif|represent|deemed|bound|binding|enter(?:s|ing)? into))(?=[^]*?\b(?:us(?:e|es|ing)\b|access|visit|brows|download|install|regist|sign|creat|open|join|continu|keep))/i,
  'choice-of-law': /\b(?:govern|constru|interpret|laws? (?:of\b|(?:will |shall )?appl)|subject to (?:the )?(?:\w+ )?law\b)/i,
  jurisdiction: /\b(?:jurisdiction|court|venue|tribunal)/i,
  arbitration: /arbitra/i,
};

export const TIER2_RULES_BY_CATEGORY: Record<Tier2Category, readonly Rule[]> = {
  'limitation-of-liability': limitationOfLiabilityRules,
  'unilateral-termination': unilateralTerminationRules,
  'content-removal': contentRemovalRules,
  'contract-by-using': contractByUsingRules,
  'choice-of-law': choiceOfLawRules,
  jurisdiction: jurisdictionRules,
  arbitration: arbitrationRules,
};
