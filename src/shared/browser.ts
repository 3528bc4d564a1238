// The only module that imports webextension-polyfill: everything else takes `browser` from here,
// so tests can replace one module and Firefox/Chrome differences stay in one place.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
