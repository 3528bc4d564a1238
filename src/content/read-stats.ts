// What the page shows that is not text Fine Print can read: frames from other sites, PDFs, large images and
// canvases, and scripts. Counted after a scan, so a popup that found too little text can say why
// (src/core/verdict.ts). Cheap: a few selector queries and one bounding box per candidate element.
import type { ReadStats } from '../core/verdict';
import { isPdfUrl } from '../core/verdict';

/** Smaller than this (in CSS pixels) is an icon, a tracking pixel or an ad slot, not a document. */
const MIN_AREA = 200 * 150;
const PDF_TYPE = 'application/pdf';

export function readStats(doc: Document, url: string): ReadStats {
  return {
    crossOriginFrames: [...doc.querySelectorAll('iframe, frame')].filter((f) => large(f) && !isPdfFrame(f) && crossOrigin(f as HTMLIFrameElement)).length,
    pdfEmbeds: [...doc.querySelectorAll('embed, object, iframe')].filter(isPdfFrame).length,
    // Chromium's viewer runs our script in a document of this type; other browsers keep extensions out.
    pdfDocument: doc.contentType === PDF_TYPE || isPdfUrl(url),
    images: [...doc.querySelectorAll('img, canvas, svg image, picture')].filter((e) => e.localName !== 'picture' && large(e)).length,
    scripts: [...doc.querySelectorAll('script')].filter((s) => !/json|template/i.test(s.getAttribute('type') ?? '')).length,
  };
}

function large(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width * box.height >= MIN_AREA;
}

function isPdfFrame(element: Element): boolean {
  const type = element.getAttribute('type')?.toLowerCase();
  if (type === PDF_TYPE) return true;
  const source = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
  if (source === '') return false;
  try {
    return isPdfUrl(new URL(source, element.ownerDocument.baseURI).href);
  } catch {
    return false;
  }
}

/** A frame whose document this script cannot open: another origin (or sandboxed without same-origin). */
function crossOrigin(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument === null;
  } catch {
    return true;
  }
}
