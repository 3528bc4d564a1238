// HTML and markdown read as the extension reads a page. HTML goes through a real parser (happy-dom, with
// scripts, style sheets, images and frame pages never loaded: nothing leaves the machine) into the SAME
// extraction the content script runs (src/content/extract.ts): navigation, site headers and footers, hidden
// elements skipped; headings, list items, table cells and definitions kept apart as blocks. Markdown goes
// through marked into HTML, then the same way, so its headings and list items become blocks too.
import { Window } from 'happy-dom';
import { marked } from 'marked';
import { documentRoot, extractText } from '../content/extract';
import type { Block } from '../core/blocks';

export interface ReadText {
  /** The text the core analyses; findings' offsets point into it. */
  text: string;
  /** Its structure, for HTML and markdown; plain text has none (the core infers it from lines). */
  blocks?: Block[];
}

/** Parses an HTML document and extracts its text and blocks. `url` resolves relative links; nothing is fetched. */
export async function htmlToDocument(html: string, url = 'http://localhost/'): Promise<ReadText> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    // happy-dom's DOM is a faithful DOM, typed on its own: the extraction sees it as the page's.
    const doc = window.document as unknown as Document;
    const { text, blocks } = extractText(documentRoot(doc));
    return { text, blocks };
  } finally {
    await window.happyDOM.close();
  }
}

/** Markdown (GitHub flavour) to HTML with marked, then the HTML path: "# Title" is a heading, "- item" a list item. */
export function markdownToDocument(markdown: string): Promise<ReadText> {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return htmlToDocument(`<!doctype html><html><body>${html}</body></html>`);
}
