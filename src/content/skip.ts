// Which elements are not part of the document a reader reads: code, media, form controls, hidden things,
// site chrome (navigation, site header / footer) and cookie banners. Cheap checks first; computed style last.

// Frames are not here: extract.ts reads a same-origin frame's document as part of the page.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'textarea', 'input', 'button', 'img', 'picture', 'head', 'link', 'meta',
]);
/** Our own UI; its text must never be read back as page text. */
export const OWN_UI_TAG = 'fine-print-card';
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog']);
const COOKIE = /cookie|consent|gdpr|onetrust|cookiebot|didomi|truste|\bcmp\b|cc-banner|privacy-banner/i;
/** A cookie banner is short; a long element with "cookie" in its id is a cookie policy, which we must read. */
const BANNER_MAX_CHARS = 2000;
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del', 'label', 'fine-print-mark',
]);

export interface SkipContext {
  /** True when the walk starts at <body>, so site header / footer are site chrome, not the document. */
  rootIsBody: boolean;
}

export function shouldSkip(element: Element, context: SkipContext): boolean {
  const tag = element.localName;
  if (SKIP_TAGS.has(tag) || tag === OWN_UI_TAG) return !(tag === 'button' && isHeadingButton(element));
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (tag === 'nav') return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role) && !isLong(element)) return true;
  if (context.rootIsBody && (tag === 'footer' || tag === 'header') && !element.closest('article, main, [role="main"]')) {
    // A site header holds the logo and menu; an h1 inside it is usually the page's title, so keep headers without menus.
    if (tag === 'footer' || element.querySelector('nav, [role="navigation"], ul')) return true;
  }
  if (looksLikeCookieBanner(element)) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
  return false;
}

/** An accordion's section title is a button inside a heading (the ARIA accordion pattern): its words are the
 *  heading's, and the section's context. */
function isHeadingButton(button: Element): boolean {
  return button.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') !== null;
}

function looksLikeCookieBanner(element: Element): boolean {
  const label = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
  return label.length > 2 && COOKIE.test(label) && !isLong(element);
}

function isLong(element: Element): boolean {
  return (element.textContent?.length ?? 0) > BANNER_MAX_CHARS;
}

/** Whether an element starts a new block of text (paragraph, list item, table cell...), so its text is not
 *  run into its neighbours'. Computed display is the truth; the tag list covers engines without layout. */
export function isBlock(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'br') return true;
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
  if (display && display !== 'inline' && display !== 'contents' && !display.startsWith('inline')) return true;
  if (display.startsWith('inline-') || display === 'contents') return false;
  return !INLINE_TAGS.has(tag) && !tag.includes('-');
}
