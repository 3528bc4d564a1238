// Our highlight styles in every tree that holds a highlighted clause. `::highlight()` and wrapper rules are
// ordinary CSS: a rule in the page's stylesheet does not reach into a shadow root, and a frame is a document of
// its own. So a document gets our <style> element, and a shadow root adopts a constructed stylesheet (no DOM
// change inside the component; a <style> element in it where a browser refuses the adoption).
export const STYLE_ID = 'fine-print-highlight-style';

const sheets = new WeakMap<Document, CSSStyleSheet>();
const sheetText = new WeakMap<CSSStyleSheet, string>();

/** Puts `css` in force in the tree `root` (a Document or a ShadowRoot); cheap when it already is. */
export function styleTree(root: Node, css: string): void {
  if (root.nodeType === 9) styleDocument(root as Document, css);
  else if (root.nodeType === 11 && 'host' in root) styleShadowRoot(root as ShadowRoot, css);
}

function styleDocument(doc: Document, css: string): void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

function styleShadowRoot(root: ShadowRoot, css: string): void {
  const sheet = sheetFor(root.ownerDocument);
  if (sheet) {
    if (sheetText.get(sheet) !== css) {
      sheet.replaceSync(css);
      sheetText.set(sheet, css);
    }
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // A sheet made in the content script's world that the page's tree will not adopt: use an element instead.
    }
  }
  let style = root.getElementById(STYLE_ID);
  if (!style) {
    style = root.ownerDocument.createElement('style');
    style.id = STYLE_ID;
    root.append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

/** One constructed sheet per document: a sheet can only be adopted by trees of the document it was made for. */
function sheetFor(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet) return sheet;
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  try {
    sheet = Sheet ? new Sheet() : undefined;
  } catch {
    sheet = undefined;
  }
  if (!sheet || typeof sheet.replaceSync !== 'function') return null;
  sheets.set(doc, sheet);
  return sheet;
}
