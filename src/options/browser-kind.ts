// Which browser the extension runs in, for the few words that differ (pinning the button, changing shortcuts).
// Read from our own page address: Firefox serves extension pages from moz-extension://, Chromium from
// chrome-extension:// (user-agent strings are spoofable and differ across Chromium forks).
import { browser } from '../shared/browser';

export type BrowserKind = 'chrome' | 'firefox';

export function browserKind(): BrowserKind {
  return browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome';
}
