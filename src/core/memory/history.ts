// Remembering versions of a document and keeping the whole memory under its cap. Pure: storage is the caller's.
import { diffFindings } from './diff';
import { formatShortDate, summariseChanges, unilateralTrend } from './summary';
import type { ChangesView, DocumentFingerprint, FindingPrint, RememberedDocument } from './types';

/** Versions kept per document: enough to show a trend, few enough to keep the cap meaningful. */
export const MAX_VERSIONS = 6;
export const MAX_DOCUMENTS = 200;
export const MAX_BYTES = 2_000_000;

export interface Visit {
  key: string;
  title: string;
  document: DocumentFingerprint;
  findings: FindingPrint[];
  at: number;
  /** The same page load sent more text (a late-loading page): update its version rather than add one. */
  replaceLatest?: boolean;
}

/** Adds a visit to a document's history; `fresh` says whether it brought a new version. */
export function recordVisit(existing: RememberedDocument | undefined, visit: Visit): { doc: RememberedDocument; fresh: boolean } {
  const version = {
    hash: visit.document.hash,
    words: visit.document.words,
    ...(visit.document.lastUpdated ? { lastUpdated: visit.document.lastUpdated } : {}),
    firstSeen: visit.at,
    lastSeen: visit.at,
    findings: visit.findings,
  };
  if (!existing || existing.versions.length === 0) {
    return { doc: { key: visit.key, title: visit.title, versions: [version] }, fresh: false };
  }
  const versions = [...existing.versions];
  const latest = versions[versions.length - 1]!;
  if (visit.replaceLatest && latest.hash !== visit.document.hash) {
    versions[versions.length - 1] = { ...version, firstSeen: latest.firstSeen };
    return { doc: { ...existing, title: visit.title || existing.title, versions }, fresh: versions.length > 1 };
  }
  if (latest.hash === visit.document.hash) {
    // Same text: refresh the findings too, since a newer classifier may read the same words better.
    versions[versions.length - 1] = { ...latest, lastSeen: visit.at, findings: visit.findings };
    return { doc: { ...existing, title: visit.title || existing.title, versions }, fresh: false };
  }
  versions.push(version);
  return { doc: { ...existing, title: visit.title || existing.title, versions: versions.slice(-MAX_VERSIONS) }, fresh: true };
}

/** The latest change of a document, or null when only one version is known. */
export function changesView(doc: RememberedDocument, fresh: boolean, nowMs: number = Date.now()): ChangesView | null {
  if (doc.versions.length < 2) return null;
  const before = doc.versions[doc.versions.length - 2]!;
  const after = doc.versions[doc.versions.length - 1]!;
  const diff = diffFindings(before.findings, after.findings);
  const trend = unilateralTrend(doc.versions, nowMs);
  return {
    key: doc.key,
    title: doc.title,
    fresh,
    since: before.firstSeen,
    now: after.firstSeen,
    summary: summariseChanges(diff, formatShortDate(before.firstSeen, nowMs)),
    dateUnchanged: Boolean(before.lastUpdated && before.lastUpdated === after.lastUpdated),
    ...(before.lastUpdated ? { lastUpdatedBefore: before.lastUpdated } : {}),
    ...(after.lastUpdated ? { lastUpdatedAfter: after.lastUpdated } : {}),
    diff,
    ...(trend ? { trend } : {}),
    versions: doc.versions.length,
  };
}

export interface MemoryEntry {
  key: string;
  lastSeen: number;
  bytes: number;
}

/** Keys to forget, oldest first, so that at most MAX_DOCUMENTS entries and MAX_BYTES remain. */
export function keysToEvict(entries: readonly MemoryEntry[], maxDocuments = MAX_DOCUMENTS, maxBytes = MAX_BYTES): string[] {
  const newestFirst = [...entries].sort((a, b) => b.lastSeen - a.lastSeen || a.key.localeCompare(b.key));
  const evict: string[] = [];
  let bytes = 0;
  newestFirst.forEach((entry, i) => {
    bytes += entry.bytes;
    if (i >= maxDocuments || bytes > maxBytes) evict.push(entry.key);
  });
  return evict;
}

/** Storage size of a document as JSON; UTF-16 code units, a fair stand-in for the browser's own count. */
export function sizeOf(doc: RememberedDocument): number {
  return JSON.stringify(doc).length;
}
