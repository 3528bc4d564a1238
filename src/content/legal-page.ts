// Is this a terms / privacy / licence page? Cheap signals only, decided in the probe before the classifier
// loads: URL path, title, top headings, and the density of legal vocabulary in a sample of the text.
// Runs on every page, so it reads at most SAMPLE_CHARS of text and never walks the DOM.

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
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    path = '';
  }
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

export function looksLegal(doc: Document, url: string): boolean {
  return isLegal(legalSignals(doc, url));
}

function sampleText(doc: Document): string {
  const main = doc.querySelector('main, [role="main"], article') ?? doc.body;
  // textContent, not innerText: innerText forces layout, which costs real time on big pages.
  return (main?.textContent ?? '').slice(0, SAMPLE_CHARS);
}

export function legalDensity(text: string): number {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words < MIN_WORDS) return 0;
  const hits = text.match(LEGAL_WORDS) ?? [];
  const distinct = new Set(hits.map((hit) => hit.toLowerCase().slice(0, 6)));
  return distinct.size < MIN_DISTINCT ? 0 : (hits.length * 1000) / words;
}
