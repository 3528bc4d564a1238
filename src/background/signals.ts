// AI signals: what the site tells machines, beside what its terms say. Meta tags come from the page with no
// request; robots.txt and tdmrep.json are fetched by the content script only when the user clicks "Check".
import mainScript from '../content/main.ts?iife';
import { browser } from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import type { MessageType, Request, Response } from '../shared/messages';
import { checkSite, readPageSignals, siteSignals, type SignalsResponse } from '../core/signals/index';
import { getTabReport } from './tab-reports';

/** Asks the tab's content script; loads it first on pages that were never scanned (it then waits, idle). */
async function askTab<T extends MessageType>(tabId: number, type: T, request: Request<T>): Promise<Response<T>> {
  try {
    return await sendToTab(tabId, type, request);
  } catch {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [mainScript] });
    return sendToTab(tabId, type, request);
  }
}

async function termsFindings(tabId: number) {
  return (await getTabReport(tabId))?.report?.findings ?? [];
}

function failure(error: unknown): SignalsResponse {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

handleMessages({
  'popup/read-signals': async ({ tabId }) => {
    try {
      const [meta, findings] = await Promise.all([askTab(tabId, 'tab/read-signals', {}), termsFindings(tabId)]);
      return { ok: true, signals: siteSignals(readPageSignals(meta.tags), findings) };
    } catch (error) {
      return failure(error);
    }
  },
  'popup/check-signals': async ({ tabId }) => {
    try {
      const meta = await askTab(tabId, 'tab/read-signals', {});
      const fetched = await askTab(tabId, 'tab/check-signals', {});
      const findings = await termsFindings(tabId);
      const page = readPageSignals(meta.tags, fetched.headers);
      return { ok: true, signals: siteSignals(page, findings, checkSite(fetched.site)), checkedAt: Date.now() };
    } catch (error) {
      return failure(error);
    }
  },
});
