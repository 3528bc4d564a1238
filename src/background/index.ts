// The service worker. Listeners are registered synchronously at the top level (MV3 workers wake on events).
import { browser } from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import { getTabReport, putTabReport, forgetTab } from './tab-reports';
import { showBadge, clearBadge } from './badge';
import { scanTab } from './inject';

handleMessages({
  'popup/get-report': ({ tabId }) => getTabReport(tabId),
  'popup/scan-tab': ({ tabId, force }) => scanTab(tabId, force),
  'popup/show-finding': ({ tabId, index }) => sendToTab(tabId, 'tab/show-finding', { index }),
  'content/legal-page': async (_message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    return scanTab(tabId, false);
  },
  'content/status': async ({ status, url, title, progress, report, error }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const tab = { tabId, url, title, status, progress, report, error, updatedAt: Date.now() };
    await putTabReport(tab);
    await showBadge(tab);
    return { ok: true };
  },
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void forgetTab(tabId).then(() => clearBadge(tabId));
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: 'scan-page', title: 'Scan this page with Fine Print', contexts: ['page', 'selection'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'scan-page' && tab?.id !== undefined) void scanTab(tab.id, true);
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'scan-page') await scanTab(tab.id, true);
  if (command === 'next-finding' || command === 'previous-finding') {
    await sendToTab(tab.id, 'tab/jump', { direction: command === 'next-finding' ? 1 : -1 }).catch(() => undefined);
  }
});
