// Terms memory: fingerprints, version history, clause-level diffs. Pure; storage lives in the background.
export * from './types';
export { normaliseText, hashText, similarity, documentKey } from './text';
export { extractLastUpdated } from './last-updated';
export { fingerprintDocument, fingerprintFinding, fingerprintFindings, fingerprintFromFindings, MAX_CLAUSE_CHARS } from './fingerprint';
export { diffFindings, clausesOf, isEmptyDiff, REWORD_THRESHOLD, SAME_WORDS_THRESHOLD } from './diff';
export { wordDiff, type WordPart } from './word-diff';
export { summariseChanges, describeDiff, unilateralTrend, formatShortDate, categoryNoun, rank as categoryRank } from './summary';
export { recordVisit, changesView, keysToEvict, sizeOf, MAX_VERSIONS, MAX_DOCUMENTS, MAX_BYTES, type Visit, type MemoryEntry } from './history';
