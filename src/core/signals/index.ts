// What a site signals to machines about AI: meta tags, headers, robots.txt, TDMRep, AI preferences. Pure.
export { AI_BOTS, findBot, type AiBot } from './bots';
export { parseUsagePrefs, refusesTraining, allowsTraining, USAGE_CATEGORIES, type UsagePrefs, type UsageCategory } from './usage';
export {
  parseRobots, isAllowed, usageFor, groupsFor, matchesPattern, MAX_ROBOTS_CHARS,
  type RobotsTxt, type RobotsGroup, type RobotsRule, type UsageRule,
} from './robots';
export { readPageSignals, pageRefusesAi, type MetaTag, type PageSignals, type BotDirective } from './meta';
export { parseTdmRep, tdmRuleFor, type TdmRule } from './tdmrep';
export {
  checkSite, siteSignals, blockedTrainingBots,
  type FetchStatus, type FetchedFile, type SiteFetch, type BotVerdict, type CheckedSignals, type SiteSignals, type TermsFindingLike,
} from './evaluate';
export type { PageMetaRead, SameSiteCheck, SignalsResponse } from './wire';
