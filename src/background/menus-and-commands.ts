// The context menu item and keyboard shortcuts (declared in manifest `commands`). Both work on any page the
// user is looking at: activeTab grants access on the click or key press, so no host permission is needed.
// "Next / previous clause" on a page that was never scanned scans it first (the next press jumps).
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { scanTab, whenScanned } from './inject';

const MENU_ID = 'scan-page';

/** The right-click item's words, as the README quotes them ("Scan this page with Fine Print"). */
export function menuTitle(): string {
  return browser.i18n.getMessage('settings_menuScan') || 'Scan this page with Fine Print';
}

browser.runtime.onInstalled.addListener(() => {
  // removeAll first: onInstalled also fires on update, and creating an existing id is an error.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: menuTitle(), contexts: ['page', 'selection'] }),
  );
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void scanTab(tab.id, true);
});

browser.commands.onCommand.addListener(async (command, commandTab) => {
  const tab = commandTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (command === 'scan-page') await scanTab(tabId, true);
  if (command === 'next-finding' || command === 'previous-finding') {
    const direction = command === 'next-finding' ? 1 : -1;
    await whenScanned(tabId, () => sendToTab(tabId, 'tab/jump', { direction }));
  }
});
