// The core's public surface: everything outside src/core imports from here.
export * from './types';
export { analyze, analyzeSteps, countWords } from './classify';
export { segment, type Segment } from './segment';
export { summarize } from './score';
export { compileKeywords, phrasePattern, MAX_PHRASE_LENGTH, type KeywordMatcher } from './keywords';
export * from './memory/index';
export * from './signals/index';
export type { Block, BlockKind } from './blocks';
export { findRoutes, noWayOut, routesFor, ROUTE_KIND_ORDER } from './routes';
export { isRouteLink, isOptOutSentence, routeTargets } from './route-words';
