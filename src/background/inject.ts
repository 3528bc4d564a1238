// Loads the full content script into a tab (activeTab or a host permission lets us) and starts a scan.
import mainScript from '../content/main.ts?iife';
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
// The injected script sends its text back here to be classified (see page-analysis.ts).
import './page-analysis';

export async function scanTab(tabId: number, force: boolean): Promise<{ ok: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [mainScript] });
    await sendToTab(tabId, 'tab/scan', { force });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Fine Print cannot read this page: ${message}` };
  }
}
