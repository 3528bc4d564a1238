// Runs on every page where automatic scanning is allowed. It must stay tiny (no core import): it only asks
// "is this a legal page?" and tells the background, which decides whether to load the real content script.
// Single-page apps render their terms late or reach them by pushState, so a page that does not look legal
// yet is checked again, cheaply, when its title or URL changes and once shortly after load.
import { looksLegal } from './legal-page';
import { sendProbe } from './probe-messaging';

const LATE_CHECK_MS = 1500;
const MAX_RECHECKS = 10;

let recheckCount = 0;
let lastUrl = '';
let timer: ReturnType<typeof setTimeout> | undefined;

function check(): void {
  lastUrl = location.href;
  const legal = looksLegal(document, location.href);
  void sendProbe({ url: location.href, legal }).then(({ scan }) => {
    if (scan) return stopWatching();
    if (document.documentElement.getAttribute('data-fine-print') === null) {
      document.documentElement.setAttribute('data-fine-print', 'not-legal');
      document.documentElement.setAttribute('data-fine-print-findings', '0');
    }
  }, () => undefined);
}

function recheckSoon(): void {
  if (recheckCount >= MAX_RECHECKS || document.documentElement.getAttribute('data-fine-print') === 'done') return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    recheckCount++;
    if (looksLegal(document, location.href)) check();
  }, 300);
}

// The title changes on nearly every SPA route change; watching only <head> keeps this cheap.
const titleWatcher = new MutationObserver(() => {
  if (location.href !== lastUrl || recheckCount === 0) recheckSoon();
});

function stopWatching(): void {
  titleWatcher.disconnect();
  removeEventListener('popstate', recheckSoon);
  removeEventListener('hashchange', recheckSoon);
  recheckCount = MAX_RECHECKS;
}

check();
if (document.head) titleWatcher.observe(document.head, { childList: true, subtree: true, characterData: true });
addEventListener('popstate', recheckSoon);
addEventListener('hashchange', recheckSoon);
setTimeout(recheckSoon, LATE_CHECK_MS);
