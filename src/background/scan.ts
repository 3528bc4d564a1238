// Scanning a tab and keeping its report: messages from the popup and the content script, badge updates.
import { browser } from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import { getTabReport, putTabReport, forgetTab } from './tab-reports';
import { showBadge, clearBadge } from './badge';
import { scanTab } from './inject';
import { shouldScanOnLoad } from './auto-scan-policy';

handleMessages({
  'popup/get-report': ({ tabId }) => getTabReport(tabId),
  'popup/scan-tab': ({ tabId, force }) => scanTab(tabId, force),
  'popup/show-finding': ({ tabId, index }) => sendToTab(tabId, 'tab/show-finding', { index }),
  'content/probe': async ({ url, legal }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return { scan: false };
    const scan = await shouldScanOnLoad(url, legal);
    // A page scanned although it does not look legal is on the user's "always" list: scan it as if asked.
    if (scan) void scanTab(tabId, !legal);
    return { scan };
  },
  'content/status': async ({ status, url, title, progress, report, error, reading }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const tab = { tabId, url, title, status, progress, report, error, reading, updatedAt: Date.now() };
    await putTabReport(tab);
    await showBadge(tab);
    return { ok: true };
  },
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void forgetTab(tabId).then(() => clearBadge(tabId));
});
