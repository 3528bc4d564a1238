// The real content script, injected only into pages that look legal (or on the user's request).
// Extracts the text, runs the core in slices so the page never freezes, highlights, reports status.
import { analyzeSteps } from '../core/index';
import type { Report } from '../core/types';
import { extractText } from './extract';
import { highlightFindings } from './highlight';
import { handleMessages, sendToBackground } from '../shared/messaging';
import type { PageStatus } from '../shared/report';

const SLICE_MS = 30;

declare global {
  interface Window {
    __finePrintLoaded?: boolean;
  }
}

if (!window.__finePrintLoaded) {
  window.__finePrintLoaded = true;
  handleMessages({
    'tab/scan': async () => {
      void scan();
      return { ok: true };
    },
  });
}

async function scan(): Promise<void> {
  setStatus('scanning', 0);
  try {
    const extraction = extractText(document.body ?? document.documentElement);
    const steps = analyzeSteps(extraction.text);
    let deadline = performance.now() + SLICE_MS;
    let report: Report | undefined;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        report = next.value;
        break;
      }
      if (performance.now() > deadline) {
        void report_('scanning', { progress: next.value });
        await new Promise((resolve) => setTimeout(resolve, 0));
        deadline = performance.now() + SLICE_MS;
      }
    }
    highlightFindings(extraction, report.findings);
    setStatus('done', report.findings.length);
    await report_('done', { report });
  } catch (error) {
    setStatus('error', 0);
    await report_('error', { error: error instanceof Error ? error.message : String(error) });
  }
}

function setStatus(status: PageStatus, findings: number): void {
  document.documentElement.setAttribute('data-fine-print', status);
  document.documentElement.setAttribute('data-fine-print-findings', String(findings));
}

function report_(status: PageStatus, extra: { progress?: number; report?: Report; error?: string }) {
  return sendToBackground('content/status', { status, url: location.href, title: document.title, ...extra });
}
