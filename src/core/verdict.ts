// What a finished scan may honestly claim. A grade, or "nothing found", is a statement about a site's terms:
// it is only made when the terms text was read. Text in another language, too few words to be terms (a script
// shell, terms as an image, a PDF, a frame from another site), or a page that does not look like terms and
// was scanned anyway get no grade; the popup says what was read and, when it can, why no more.
// No imports but types: the content script uses isPdfUrl, and no classifier code may reach the page.
import type { Report } from './types';

/**
 * Below this many words of text read, Fine Print says it could not find the terms rather than grade them.
 * Real terms are far longer: the 42 real documents in ../shared/corpus/ai-clauses run from 996 words (a short
 * privacy policy) to 21,078, median about 5,000. What a page shows when its terms are elsewhere is a handful:
 * 0 in a script shell or a PDF viewer, 2 around a cross-origin frame, 4 around a shadow root, a caption
 * under an image, a few dozen in a teaser with a "read the full terms" link. 100 sits a tenth of the way to
 * the shortest real document and well above every shell.
 */
export const MIN_TERMS_WORDS = 100;

/** What the page shows that Fine Print cannot read as text (counted by src/content/read-stats.ts). */
export interface ReadStats {
  /** Visible frames showing a page from another origin, whose text a content script cannot reach. */
  crossOriginFrames: number;
  /** `embed`, `object` or `iframe` showing a PDF. */
  pdfEmbeds: number;
  /** The tab itself is a PDF in the browser's viewer. */
  pdfDocument: boolean;
  /** Large images and canvases: text drawn as pixels. */
  images: number;
  /** Scripts on the page: with little text, an app that has not rendered (or needs a click to show) its terms. */
  scripts: number;
}

export interface ReadContext {
  /** The page looks like terms (URL, title, legal language); false when the user scanned it anyway. */
  termsPage: boolean;
  stats: ReadStats;
}

export type NotFoundReason = 'pdf' | 'frame' | 'image' | 'script' | 'unknown';

export type Verdict =
  | { kind: 'graded' }
  | { kind: 'unsupported-language'; language: string }
  | { kind: 'terms-not-found'; reason: NotFoundReason }
  | { kind: 'page-scan' };

/** Which of the four a finished report is. Without a context (older reports) a page counts as terms. */
export function verdictFor(report: Pick<Report, 'words' | 'language'>, context?: ReadContext): Verdict {
  // A report stored before languages were detected has none: it was read as English.
  if (report.language && report.language !== 'en') return { kind: 'unsupported-language', language: report.language };
  if (context && !context.termsPage) return { kind: 'page-scan' };
  if (report.words < MIN_TERMS_WORDS) return { kind: 'terms-not-found', reason: likelyReason(context?.stats) };
  return { kind: 'graded' };
}

/** The likeliest reason the terms text was not found, most specific first: a PDF or a frame says exactly
 *  where the terms are; images say they are pixels; scripts only that the page builds itself. */
export function likelyReason(stats?: ReadStats): NotFoundReason {
  if (!stats) return 'unknown';
  if (stats.pdfDocument || stats.pdfEmbeds > 0) return 'pdf';
  if (stats.crossOriginFrames > 0) return 'frame';
  if (stats.images > 0) return 'image';
  if (stats.scripts > 0) return 'script';
  return 'unknown';
}

/** A URL whose path names a PDF file (the browser's viewer shows it; some browsers let no extension in). */
export function isPdfUrl(url: string): boolean {
  // The core has no URL class (no DOM types): the path ends before any query or fragment.
  return /^[a-z][\w+.-]*:\/\/[^?#]*\.pdf$/i.test(url.split(/[?#]/)[0] ?? '');
}
