// Reduces a document and its findings to what terms memory keeps: small, and enough to diff later.
import type { Finding } from '../types';
import { extractLastUpdated } from './last-updated';
import { hashText, normaliseText } from './text';
import type { DocumentFingerprint, FindingPrint } from './types';

/** Clause wording kept per finding; long enough to read, short enough that 200 documents fit in ~2 MB. */
export const MAX_CLAUSE_CHARS = 600;
/** Findings kept per version; a page with more is unusual and the rest would only repeat. */
export const MAX_FINDINGS_PER_VERSION = 150;

export function fingerprintDocument(text: string): DocumentFingerprint {
  const normalised = normaliseText(text);
  const words = normalised ? normalised.split(' ').length : 0;
  const lastUpdated = extractLastUpdated(text);
  return lastUpdated ? { hash: hashText(normalised), words, lastUpdated } : { hash: hashText(normalised), words };
}

export function fingerprintFinding(finding: Finding): FindingPrint {
  const text = finding.text.replace(/\s+/g, ' ').trim();
  return {
    category: finding.category,
    hash: hashText(normaliseText(finding.text)),
    attrs: [...new Set(finding.attrs)].sort(),
    severity: finding.severity,
    text: text.length > MAX_CLAUSE_CHARS ? `${text.slice(0, MAX_CLAUSE_CHARS - 1)}…` : text,
  };
}

/** The same clause found twice (by two rules) is one clause to remember. */
export function fingerprintFindings(findings: readonly Finding[]): FindingPrint[] {
  const seen = new Set<string>();
  const prints: FindingPrint[] = [];
  for (const finding of findings) {
    const print = fingerprintFinding(finding);
    const id = `${print.category}|${print.hash}`;
    if (seen.has(id)) continue;
    seen.add(id);
    prints.push(print);
    if (prints.length >= MAX_FINDINGS_PER_VERSION) break;
  }
  return prints;
}

/**
 * When the content script sent no document fingerprint, the findings stand in for the text: a change in
 * them is a change in the terms as far as Fine Print can tell.
 */
export function fingerprintFromFindings(prints: readonly FindingPrint[], words: number): DocumentFingerprint {
  return { hash: hashText(prints.map((p) => `${p.category}|${p.hash}|${p.attrs.join(',')}`).join('\n')), words };
}
