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

/** One clause of a version: its wording once, with every category it was found under (a licence that can be
 *  sublicensed is also sharing; it is still one sentence to read). */
export interface ClausePrint {
  hash: string;
  text: string;
  /** The riskiest of its categories: what lists sort and label it by. */
  category: Category;
  /** Riskiest first. */
  categories: Category[];
  /** Each category's print, for its attributes. */
  prints: FindingPrint[];
}

export interface ClauseChange {
  before: ClausePrint;
  after: ClausePrint;
  /** 1 for the same wording (only categories or attributes changed). */
  similarity: number;
  attrsAdded: string[];
  attrsRemoved: string[];
  categoriesAdded: Category[];
  categoriesRemoved: Category[];
}

/** Each clause appears once: added, removed, or changed (old and new wording paired). */
export interface FindingsDiff {
  added: ClausePrint[];
  removed: ClausePrint[];
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
