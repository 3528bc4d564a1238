// Is this a terms / privacy / licence page? Cheap signals only, decided in the probe before the classifier
// loads: URL path, title, top headings, and the density of legal vocabulary in a sample of the text.
// Runs on every page, so it reads at most SAMPLE_CHARS of text and never walks the DOM.

import { namesForeignLegalDocument } from './legal-names';

const PATH =
  /\/(terms|tos|legal|privacy|eula|user-?agreement|policies|license|licence|agb|datenschutz|cgu|cgv)(?:[./?#]|$)|\/(terms|privacy|cookie|data|legal|acceptable-use)[-_]((of|and)[-_])?(service|use|policy|notice|conditions|statement|terms)/i;
/** Phrases that name a legal document. "privacy" or "terms" alone also appear in news titles. */
const DOC_NAME =
  /\b(terms (of (service|use|sale)|and conditions|& conditions)|privacy (policy|notice|statement)|cookie (policy|notice)|user agreement|(end[- ]user )?licen[cs]e agreement|eula|legal (notice|terms)|acceptable use policy|data (processing|protection) (agreement|policy|addendum)|conditions of use|terms)\b/i;
const LEGAL_WORDS =
  /\b(hereby|herein|hereunder|thereof|liabilit(y|ies)|indemnif\w*|warrant(y|ies)|governing law|arbitration|jurisdiction|licen[cs]e[sd]?|sublicens\w*|royalty-free|irrevocable|perpetual|you agree|terminat\w+|personal (data|information)|third[- ]part(y|ies)|pursuant|shall|disclaim\w*|consent)\b/gi;
const SAMPLE_CHARS = 20_000;
/** Legal words per 1,000 words: terms pages sit at 25-60, articles and shops below 5. */
const DENSE = 15;
const SOMEWHAT_DENSE = 6;
const MIN_WORDS = 150;
/** One word said often ("licensed" on a docs page) is not legal language; terms use many different ones. */
const MIN_DISTINCT = 4;

export interface LegalSignals {
  path: boolean;
  title: boolean;
  heading: boolean;
  /** Legal words per 1,000 words of the sampled text (0 when too little text or too few different legal words). */
  density: number;
}

export function legalSignals(doc: Document, url: string): LegalSignals {
  const path = pathOf(url);
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return {
    path: PATH.test(path),
    title: DOC_NAME.test(doc.title),
    heading: DOC_NAME.test(heading.slice(0, 200)),
    density: legalDensity(sampleText(doc)),
  };
}

/** One rule a reader can check: the URL alone, a document name plus some legal language, or dense legal language. */
export function isLegal(signals: LegalSignals): boolean {
  if (signals.path) return true;
  if ((signals.title || signals.heading) && signals.density >= SOMEWHAT_DENSE) return true;
  return signals.density >= DENSE;
}

/** The same decision as isLegal(legalSignals(...)), but stops at the first signal that settles it: the URL
 *  alone settles most terms pages, so their text is never sampled here. */
export function looksLegal(doc: Document, url: string): boolean {
  if (PATH.test(pathOf(url))) return true;
  // A legal document named in another language: the density below is of English words, so it cannot confirm it.
  if (namesForeignLegalDocument(doc.title) || namesForeignLegalDocument(doc.querySelector('h1')?.textContent ?? '')) return true;
  const named = DOC_NAME.test(doc.title) || DOC_NAME.test((doc.querySelector('h1')?.textContent ?? '').slice(0, 200));
  const density = legalDensity(sampleText(doc));
  return named ? density >= SOMEWHAT_DENSE : density >= DENSE;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Up to SAMPLE_CHARS of the main text, read node by node: textContent of a 100,000-word body would build a
 *  600 kB string to keep 20 kB of it. Not innerText, which forces layout. */
function sampleText(doc: Document): string {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < SAMPLE_CHARS; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const text = (node as Text).data;
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

export function legalDensity(text: string): number {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words < MIN_WORDS) return 0;
  const hits = text.match(LEGAL_WORDS) ?? [];
  const distinct = new Set(hits.map((hit) => hit.toLowerCase().slice(0, 6)));
  return distinct.size < MIN_DISTINCT ? 0 : (hits.length * 1000) / words;
}
