// The options page's "Forget everything" button: the background does the work so the page can close
// while it runs, and because the worker owns the dynamic content scripts. Every open tab is told first, so
// its highlights go and it reports nothing that would be remembered again; terms memory finishes any write
// already under way before the storage is cleared; badges and titles go back to "not scanned".
import { browser } from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import { forgetEverything } from '../shared/forget';
import { afterMemoryWrites } from './memory';

/** Tabs without our content script do not answer; that is fine, they have nothing to forget. */
async function tellEveryTab(): Promise<number[]> {
  const tabs = await browser.tabs.query({});
  const ids = tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  await Promise.all(ids.map((id) => sendToTab(id, 'tab/forget', {}).catch(() => undefined)));
  return ids;
}

async function resetActions(ids: readonly number[]): Promise<void> {
  const title = browser.i18n.getMessage('actionTitle');
  await Promise.all(
    ids.map((tabId) =>
      Promise.all([browser.action.setBadgeText({ tabId, text: '' }), title ? browser.action.setTitle({ tabId, title }) : undefined]).catch(() => undefined),
    ),
  );
}

handleMessages({
  'options/forget-everything': async () => {
    const ids = await tellEveryTab().catch(() => [] as number[]);
    const result = await afterMemoryWrites(() => forgetEverything());
    await resetActions(ids);
    return result;
  },
});
