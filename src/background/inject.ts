// Loads the full content script into a tab (activeTab or a host permission lets us) and starts a scan.
// A tab that already has it (scanned before, or asked twice) just gets the message: no second injection.
import mainScript from '../content/main.ts?iife';
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { isPdfUrl } from '../core/verdict';
// The injected script sends its text back here to be classified (see page-analysis.ts).
import './page-analysis';

export async function scanTab(tabId: number, force: boolean): Promise<{ ok: boolean; error?: string }> {
  try {
    const reply = await sendToTab(tabId, 'tab/scan', { force }).catch(() => null);
    if (reply?.ok) return { ok: true };
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [mainScript] });
    await sendToTab(tabId, 'tab/scan', { force });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The browser's own words: the popup turns them into plain ones (src/popup/error-kinds.ts) and keeps these
    // behind its "Details" toggle. Firefox's PDF viewer (and other browsers' built-in viewers) let no extension
    // script in: say it is a PDF.
    const url = (await browser.tabs.get(tabId).catch(() => null))?.url ?? '';
    return { ok: false, error: message, ...(isPdfUrl(url) ? { pdf: true } : {}) };
  }
}

/** Sends a message the content script handles only once it has scanned; scans first when it is not there. */
export async function whenScanned(tabId: number, send: () => Promise<{ ok: boolean }>): Promise<{ ok: boolean }> {
  const reply = await send().catch(() => null);
  if (reply) return reply;
  const scan = await scanTab(tabId, true);
  return { ok: scan.ok };
}
