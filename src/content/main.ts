// The real content script, injected only into pages that look legal (or on the user's request).
// Wires the pieces: scans (scanner.ts) when asked, when the page changes (page-watch.ts) and when settings
// change; reports status to the background (contract 2 attributes on <html>, contract 3 via the badge);
// shows cards and scrolls to clauses on request (interact.ts).
import type { AnalyzeOptions } from '../core/types';
import { handleMessages, sendToBackground } from '../shared/messaging';
import { browser } from '../shared/browser';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { analyzeOptionsFrom } from '../shared/settings';
import type { PageStatus } from '../shared/report';
import type { Report } from '../core/types';
import { looksLegal } from './legal-page';
import { clearScan, emptyState, scanPage, MAX_WAIT_FOR_TEXT_MS } from './scanner';
import { watchPage } from './page-watch';
import { Interactions } from './interact';
import { applyUserColours } from './highlight';
import { Cancelled } from './slices';
import './signals';
// The module itself, not the core's index: through the index the page's bundle kept every rule, and rules now
// compile their patterns with compromise when they load, on every page.
import { fingerprintDocument } from '../core/memory/fingerprint';
import type { DocumentFingerprint } from '../core/memory/types';
import type { ReadContext } from '../core/verdict';
import { readStats } from './read-stats';

const PROGRESS_EVERY_MS = 300;
/** Extraction's share of the progress bar; src/background/page-analysis.ts reports the rest. */
const EXTRACTION_SHARE = 0.3;

declare global {
  interface Window {
    __finePrintLoaded?: boolean;
  }
}

if (!window.__finePrintLoaded) {
  window.__finePrintLoaded = true;
  start();
}

function start(): void {
  const state = emptyState();
  const watch = watchPage(() => void requestScan('change'));
  const interactions = new Interactions(state, (key, subs) => browser.i18n.getMessage(key, subs));
  let options: AnalyzeOptions | null = null;
  /** The user asked for this page: keep scanning it even where it does not look legal. */
  let forced = false;
  let scannedUrl = '';
  let legalRoute = true;
  let waitingSince = 0;
  let running: Promise<void> | null = null;
  let lastProgress = 0;
  let again: 'change' | 'request' | null = null;
  /** Contract 2 from the finished report: a text not in English is `unsupported-language`, not `done`. */
  const setStatus = (status: PageStatus, findings: number) => setPageStatus(status, findings, status === 'done' ? state.report : null);
  /** After "Forget everything": nothing here is shown, used or reported again until the user asks for a scan. */
  let forgotten = false;
  /** Bumped by "Forget everything", so a scan already under way finishes without showing or reporting anything. */
  let generation = 0;

  handleMessages({
    'tab/scan': ({ force }) => {
      // A scan the user asked for (popup, shortcut, menu) ends the quiet after "Forget everything".
      forgotten = false;
      if (force) forced = true;
      void requestScan('request');
      return { ok: true };
    },
    'tab/jump': ({ direction }) => ({ ok: interactions.jump(direction) }),
    'tab/show-finding': ({ index }) => ({ ok: interactions.showFinding(index) }),
    'tab/settings-changed': () => {
      options = null;
      if (!forgotten) void requestScan('request');
      return { ok: true };
    },
    'tab/forget': () => {
      forget();
      return { ok: true };
    },
  });
  onSettingsChanged((settings) => {
    applyUserColours(settings.userCategories);
    options = analyzeOptionsFrom(settings);
    if (!forgotten) void requestScan('request');
  });

  /** Takes every highlight and card away and drops what this page knew (report, settings), without reporting:
   *  the background has just deleted everything, and reporting would remember the page again at once. */
  function forget(): void {
    forgotten = true;
    generation++;
    forced = false;
    options = null;
    scannedUrl = '';
    again = null;
    interactions.hide();
    clearScan(state, watch);
    for (const name of ['data-fine-print', 'data-fine-print-findings', 'data-fine-print-words', 'data-fine-print-lang']) {
      document.documentElement.removeAttribute(name);
    }
  }

  function requestScan(reason: 'change' | 'request'): Promise<void> {
    // Page changes after "Forget everything" wake nothing: only the user's own scan request does.
    if (forgotten && reason === 'change') return running ?? Promise.resolve();
    if (running) {
      if (again !== 'request') again = reason;
      return running;
    }
    running = run(reason).finally(() => {
      running = null;
      const next = again;
      again = null;
      if (next) void requestScan(next);
    });
    return running;
  }

  async function run(reason: 'change' | 'request'): Promise<void> {
    const url = location.href;
    const ours = generation;
    const urlChanged = url !== scannedUrl;
    // Unless the user asked for this page, every new URL (the first one included: the popup asks for a scan of
    // whatever tab it opens on) is checked for looking legal before any text is read.
    if (forced) legalRoute = true;
    else if (urlChanged) legalRoute = looksLegal(document, url);
    if (urlChanged) waitingSince = 0;
    scannedUrl = url;
    if (!legalRoute) {
      // A single-page app left its terms for an ordinary route: take our highlights away and say so
      // (and answer a request, so the popup does not wait for a scan that will not come).
      if (urlChanged || reason === 'request') {
        interactions.hide();
        clearScan(state, watch);
        setStatus('not-legal', 0);
        await report('not-legal', {});
      }
      return;
    }
    if (urlChanged || reason === 'request' || !state.report) setStatus('scanning', state.report?.findings.length ?? 0);
    if (!waitingSince) waitingSince = performance.now();
    const began = performance.now();
    try {
      if (!options) {
        const settings = await loadSettings();
        applyUserColours(settings.userCategories);
        options = analyzeOptionsFrom(settings);
      }
      // A legal page with almost no text is usually an app still rendering it: wait a little for the text.
      const waitForText = !forced && !state.report && performance.now() - waitingSince < MAX_WAIT_FOR_TEXT_MS;
      const outcome = await scanPage(state, options, {
        setStatus,
        progress: (fraction) => {
          if (generation !== ours || performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
          lastProgress = performance.now();
          void report('scanning', { progress: EXTRACTION_SHARE * fraction });
        },
        // The page's lang attribute is a hint for the language detection, never the answer (src/core/language.ts).
        classify: (text, analyzeOptions, blocks) => sendToBackground('content/analyze', { text, options: { ...analyzeOptions, languageHint: document.documentElement.lang }, blocks }),
        quietly: watch.quietly,
        readRoot: watch.setRoot,
        readTrees: watch.setTrees,
        cancelled: () => location.href !== url || generation !== ours,
      }, waitForText);
      if (generation !== ours) return;
      watch.setLastScanCost(performance.now() - began);
      if (outcome === 'waiting-for-text') return void watch.poke(500);
      if (outcome === 'unchanged' && reason !== 'request' && !urlChanged) return;
      if (outcome === 'unchanged') setStatus('done', state.report?.findings.length ?? 0);
      if (state.report?.language === 'en') await report('done', { report: state.report, document: fingerprintDocument(state.extraction?.text ?? ''), reading: readingOf() });
      else if (state.report) await report('unsupported-language', { report: state.report, reading: readingOf() });
    } catch (error) {
      if (error instanceof Cancelled) {
        if (generation === ours) again = 'change';
        return;
      }
      if (generation !== ours) return;
      setStatus('error', 0);
      await report('error', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

function setPageStatus(status: PageStatus, findings: number, finished: Report | null = null): void {
  const html = document.documentElement;
  const foreign = finished !== null && finished.language !== 'en';
  html.setAttribute('data-fine-print', foreign ? 'unsupported-language' : status);
  html.setAttribute('data-fine-print-findings', String(findings));
  if (finished && !foreign) html.setAttribute('data-fine-print-words', String(finished.words));
  else html.removeAttribute('data-fine-print-words');
  if (foreign) html.setAttribute('data-fine-print-lang', finished.language);
  else html.removeAttribute('data-fine-print-lang');
}

/** Whether the page looks like terms (a page scanned anyway is not graded) and what on it is not text. */
function readingOf(): ReadContext {
  return { termsPage: looksLegal(document, location.href), stats: readStats(document, location.href) };
}

function report(status: PageStatus, extra: { progress?: number; report?: Report; error?: string; document?: DocumentFingerprint; reading?: ReadContext }): Promise<unknown> {
  return sendToBackground('content/status', { status, url: location.href, title: document.title, ...extra }).catch(() => undefined);
}
