// The context menu item and keyboard shortcuts (declared in manifest `commands`).
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { scanTab } from './inject';

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
