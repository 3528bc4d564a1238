// What terms memory keeps about a document, and how two versions differ.
import type { Category, Severity } from '../types';

/** What the content script tells the background about the text it analysed (optional in `content/status`). */
export interface DocumentFingerprint {
  hash: string;
  words: number;
  lastUpdated?: string;
}

/** One finding, reduced to what is needed to recognise it later and to show its wording. */
export interface FindingPrint {
  category: Category;
  /** Hash of the normalised clause text. */
  hash: string;
  attrs: string[];
  severity: Severity;
  /** The clause wording, capped (see MAX_CLAUSE_CHARS), for side-by-side views. */
  text: string;
}

export interface DocumentVersion {
  hash: string;
  words: number;
  lastUpdated?: string;
  /** Epoch ms when this browser first saw this version, and last saw it. */
  firstSeen: number;
  lastSeen: number;
  findings: FindingPrint[];
}

export interface RememberedDocument {
  /** documentKey(url): origin + path. */
  key: string;
  title: string;
  /** Oldest first; capped (see MAX_VERSIONS). */
  versions: DocumentVersion[];
}

export interface ClauseChange {
  before: FindingPrint;
  after: FindingPrint;
  similarity: number;
  attrsAdded: string[];
  attrsRemoved: string[];
}

export interface FindingsDiff {
  added: FindingPrint[];
  removed: FindingPrint[];
  changed: ClauseChange[];
  unchanged: number;
}

/** What the popup shows about a remembered document. */
export interface ChangesView {
  key: string;
  title: string;
  /** True when this visit found a different version from the last one seen. */
  fresh: boolean;
  /** The previous version's first-seen time and the current one's. */
  since: number;
  now: number;
  summary: string;
  /** The text changed but its "Last updated" date did not. */
  dateUnchanged: boolean;
  lastUpdatedBefore?: string;
  lastUpdatedAfter?: string;
  diff: FindingsDiff;
  /** "This site could change its terms without asking you, and it has: ..." or undefined. */
  trend?: string;
  versions: number;
}
