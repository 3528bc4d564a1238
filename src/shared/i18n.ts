// Every UI string goes through here, so a translation is a messages.json file, not a code change.
// Keys are prefixed by where they appear: popup_, options_, onboarding_, common_.
import { browser } from './browser';

export function t(key: string, subs?: string | number | ReadonlyArray<string | number>): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  // A missing key shows itself rather than an empty space, so it is caught in review and tests.
  return browser.i18n.getMessage(key, list) || key;
}
