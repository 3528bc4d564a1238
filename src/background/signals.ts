// AI signals: what the site tells machines, beside what its terms say. Meta tags come from the page with no
// request; robots.txt and tdmrep.json are fetched by the content script only when the user clicks "Check".
import mainScript from '../content/main.ts?iife';
import { browser } from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import type { MessageType, Request, Response } from '../shared/messages';
import { checkSite, readPageSignals, siteSignals, type CheckedSignals, type SignalsResponse } from '../core/signals/index';
import { getTabReport, signalsKey } from './tab-reports';

/** A site check kept for the tab like its report (storage.session), so reopening the popup still shows it. */
interface KeptCheck {
  url: string;
  checked: CheckedSignals;
  checkedAt: number;
  /** The page's own response headers (X-Robots-Tag, Content-Usage) the check read. */
  headers: Record<string, string>;
}

async function keptCheck(tabId: number): Promise<KeptCheck | null> {
  const kept = (await browser.storage.session.get(signalsKey(tabId)))[signalsKey(tabId)] as KeptCheck | undefined;
  const url = (await getTabReport(tabId))?.url;
  // A check of another address (the tab moved on in a single-page app) is not this page's.
  return kept && url === kept.url ? kept : null;
}

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
      const [meta, findings, kept] = await Promise.all([askTab(tabId, 'tab/read-signals', {}), termsFindings(tabId), keptCheck(tabId)]);
      if (kept) return { ok: true, signals: siteSignals(readPageSignals(meta.tags, kept.headers), findings, kept.checked), checkedAt: kept.checkedAt };
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
      const checked = checkSite(fetched.site);
      const checkedAt = Date.now();
      const url = (await getTabReport(tabId))?.url;
      if (url) await browser.storage.session.set({ [signalsKey(tabId)]: { url, checked, checkedAt, headers: fetched.headers } satisfies KeptCheck });
      return { ok: true, signals: siteSignals(page, findings, checked), checkedAt };
    } catch (error) {
      return failure(error);
    }
  },
});
