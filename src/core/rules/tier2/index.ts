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
  'limitation-of-liability': /liab|responsib|accountab|damage|\bloss\b|\blost (?:profit|data|revenue|saving)|refund|compensat|remed|procurement|entitled to claim/i,
  'unilateral-termination': /terminat|suspen|deactivat|disabl|\bclos(?:e|ing|ure)|cancel|delet|block|restrict|withdraw|revok|discontinu|stop(?:ping)? provid|refus|\bden(?:y|ying)\b|prevent you|\bban|disqualif/i,
  'content-removal': /remov|delet|\bedit|block|disabl|disallow|refus|reject|take ?down|taking down|reclaim|reassign|eliminat|\bscreen|purg|obligation to (?:store|retain|keep|back ?up|maintain)/i,
  'contract-by-using': /^(?=[^]*?(?:agree|accept|consent|acknowledg|indicat|confirm|signif|represent|deemed|bound))(?=[^]*?\b(?:us(?:e|es|ing)|access|visit|brows|download|install|regist|sign|creat|open|join|continu|keep)\b)/i,
  'choice-of-law': /govern|constru|interpret|\blaws? of\b|\blaws? (?:will |shall )?appl/i,
  jurisdiction: /jurisdiction|court|venue|tribunal/i,
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
