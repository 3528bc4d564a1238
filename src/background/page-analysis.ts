// Classifies a page's text for the content script. The classifier (compromise and the rules) runs here,
// in the extension's own worker, not on the page's main thread: loading compromise alone is one 150-200 ms
// task, and a step of the classifier can take tens of milliseconds, both of which would freeze the page.
// The work is still sliced, so badge, popup and probe messages are answered while a long page is read.
import { analyzeSteps, type AnalyzeOptions, type Report } from '../core/index';
import { handleMessages } from '../shared/messaging';

const SLICE_MS = 40;

handleMessages({
  'content/analyze': ({ text, options }) => analyzeSliced(text, options),
});

export async function analyzeSliced(text: string, options: AnalyzeOptions): Promise<Report> {
  const steps = analyzeSteps(text, options);
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + SLICE_MS;
    }
  }
}
