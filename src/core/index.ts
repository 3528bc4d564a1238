// The core's public surface: everything outside src/core imports from here.
export * from './types';
export { analyze, analyzeSteps, countWords } from './classify';
export { segment, type Segment } from './segment';
export { summarize } from './score';
export { detectLanguage, isEnglish, languageName, LANGUAGE_CODES } from './language';
export { compileKeywords, phrasePattern, MAX_PHRASE_LENGTH, type KeywordMatcher } from './keywords';
export * from './memory/index';
export * from './signals/index';
export type { Block, BlockKind } from './blocks';
export { verdictFor, likelyReason, isPdfUrl, MIN_TERMS_WORDS, type ReadStats, type ReadContext, type Verdict, type NotFoundReason } from './verdict';
export { findRoutes, noWayOut, routesFor, ROUTE_KIND_ORDER } from './routes';
export { isRouteLink, isOptOutSentence, routeTargets } from './route-words';
