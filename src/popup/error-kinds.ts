// Which kind of failure a raw browser error is, so the popup can say it in plain words with the one action
// that helps. The raw text (Chrome's or Firefox's wording) is kept only for a "Details" toggle.
export type ErrorKind = 'browser-page' | 'no-access' | 'error-page' | 'tab-gone' | 'no-answer' | 'no-tab' | 'failed';

/** Pages no extension may read: the browser's own (chrome://, about:, extension pages) and the extension stores. */
const BROWSER_PAGE = /\b(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|chrome-search|chrome-untrusted|devtools|view-source|resource):|extensions gallery|webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com/i;
/** An ordinary page Fine Print was not given: no activeTab grant (the toolbar click) and no site access. */
const NO_ACCESS = /cannot access contents of (?:the page|url)|must request permission|missing host permission|missing activetab|permission to access/i;

export function errorKind(raw: string, url?: string): ErrorKind {
  if ((url && !/^(https?|file):/i.test(url)) || BROWSER_PAGE.test(raw)) return 'browser-page';
  if (/showing error page|error page/i.test(raw)) return 'error-page';
  if (/no tab with id|tab was closed|invalid tab id/i.test(raw)) return 'tab-gone';
  if (NO_ACCESS.test(raw)) return 'no-access';
  return 'failed';
}

/** Whether trying the scan again can help: not on a browser page, nor for a tab that is gone. */
export function canRetry(kind: ErrorKind): boolean {
  return kind !== 'browser-page' && kind !== 'tab-gone' && kind !== 'no-tab';
}
