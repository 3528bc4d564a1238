// Classifies a page's text for the content script. The classifier (compromise and the rules) runs here,
// in the extension's own worker, not on the page's main thread: loading compromise alone is one 150-200 ms
// task, and a step of the classifier can take tens of milliseconds, both of which would freeze the page.
// The work is still sliced, so badge, popup and probe messages are answered while a long page is read,
// and the tab's report shows how far it has got (the popup draws a progress bar from it).
import { analyzeSteps, findRoutes, type AnalyzeOptions, type Report } from '../core/index';
import { handleMessages } from '../shared/messaging';
import { unpackBlocks } from '../shared/block-wire';
import { getTabReport, putTabReport } from './tab-reports';

const SLICE_MS = 40;
const PROGRESS_EVERY_MS = 300;
/** The content script reports extraction as the first part of the bar; classification fills the rest. */
export const EXTRACTION_SHARE = 0.3;

handleMessages({
  'content/analyze': ({ text, options, blocks }, sender) => {
    const tabId = sender.tab?.id;
    // The page's structure, when the page sent it, is what the core reads the text by (headings, lists, tables).
    const withBlocks = blocks ? { ...options, blocks: unpackBlocks(blocks, text.length) } : options;
    const report = analyzeSliced(text, withBlocks, tabId === undefined ? undefined : (fraction) => showProgress(tabId, fraction));
    // "How to opt out" from the text; the content script adds the page's links (src/content/route-links.ts).
    return report.then((r) => ({ ...r, routes: findRoutes(text, r.findings, withBlocks.blocks) }));
  },
});

export async function analyzeSliced(text: string, options: AnalyzeOptions, progress?: (fraction: number) => Promise<void>): Promise<Report> {
  const steps = analyzeSteps(text, options);
  let deadline = performance.now() + SLICE_MS;
  let lastProgress = performance.now();
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      await writing;
      return next.value;
    }
    const now = performance.now();
    if (progress && typeof next.value === 'number' && now - lastProgress > PROGRESS_EVERY_MS) {
      lastProgress = now;
      const fraction = next.value;
      writing = writing.then(() => progress(fraction)).catch(() => undefined);
    }
    if (now > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + SLICE_MS;
    }
  }
}

/** Updates the tab's stored report while it is still scanning (never over a finished one). */
async function showProgress(tabId: number, fraction: number): Promise<void> {
  const current = await getTabReport(tabId);
  if (current?.status !== 'scanning') return;
  await putTabReport({ ...current, progress: EXTRACTION_SHARE + (1 - EXTRACTION_SHARE) * fraction, updatedAt: Date.now() });
}
