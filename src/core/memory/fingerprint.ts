// Reduces a document and its findings to what terms memory keeps: small, and enough to diff later.
import type { Finding } from '../types';
import { extractLastUpdated } from './last-updated';
import { finishHash, hashText, normaliseText } from './text';
import type { DocumentFingerprint, FindingPrint } from './types';

/** Clause wording kept per finding; long enough to read, short enough that 200 documents fit in ~2 MB. */
export const MAX_CLAUSE_CHARS = 600;
/** Findings kept per version; a page with more is unusual and the rest would only repeat. */
export const MAX_FINDINGS_PER_VERSION = 150;

/**
 * One pass, no intermediate strings: a 100,000-word page must fingerprint well inside one 50 ms task.
 * Whitespace runs count as one space and case is ignored, so re-wrapped or restyled text hashes the same.
 */
export function fingerprintDocument(text: string): DocumentFingerprint {
  const { hash, words } = hashDocumentText(text);
  // "Last updated" sits at the top or the bottom; searching only there keeps long pages cheap.
  const lastUpdated = extractLastUpdated(text.length > 30_000 ? `${text.slice(0, 20_000)}\n${text.slice(-10_000)}` : text);
  return lastUpdated ? { hash, words, lastUpdated } : { hash, words };
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f) return 34;
  if (c >= 0x2010 && c <= 0x2015) return 45;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

export function hashDocumentText(text: string): { hash: string; words: number } {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let words = 0;
  let inWord = false;
  const feed = (c: number) => {
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (words > 0) feed(32);
      words++;
      inWord = true;
    }
    feed(foldChar(c));
  }
  return { hash: finishHash(h1, h2), words };
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
