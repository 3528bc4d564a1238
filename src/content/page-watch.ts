// Notices late and changing content: DOM changes (SPA renders, accordions opening, <details> toggling) and
// URL changes inside a single-page app (pushState is invisible to a content script's isolated world, but a
// route change always changes the DOM or fires popstate / hashchange, and Chrome has the Navigation API).
// Debounced, with a maximum wait so a page that never stops changing (a clock, a ticker) is still re-read,
// and a delay that grows with the cost of the last scan so a busy page never keeps us scanning.

const QUIET_MS = 400;
const MAX_WAIT_MS = 2500;
const OWN = /^fine-print-|^fineprint-/;

export interface PageWatch {
  /** Runs our own DOM changes without waking the watcher. */
  quietly<T>(change: () => T): T;
  /** Schedules a check soon (used after settings change or when waiting for text). */
  poke(delayMs?: number): void;
  setLastScanCost(ms: number): void;
  /** The element the last scan read: changes outside it (a clock in the site header) do not wake us. */
  setRoot(root: Element | null): void;
  /** Shadow roots and frame documents the last scan read: the page's own observer does not see inside them. */
  setTrees(trees: readonly Node[]): void;
  stop(): void;
}

export function watchPage(onChange: () => void): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastCost = 0;
  let paused = 0;
  let root: Element | null = null;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const schedule = (delay = Math.max(QUIET_MS, lastCost * 4)) => {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    clearTimeout(timer);
    const waited = now - firstPending;
    // A page that never stops changing is re-read at most every MAX_WAIT_MS, or less often when reading it is costly.
    const maxWait = Math.max(MAX_WAIT_MS, lastCost * 10);
    timer = setTimeout(fire, Math.max(0, Math.min(delay, maxWait - waited)));
  };

  const observer = new MutationObserver((records) => {
    if (paused || records.every((record) => isOwn(record) || outside(record, root))) return;
    schedule();
  });
  const target = document.body ?? document.documentElement;
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'class', 'style', 'aria-expanded'],
  };
  observer.observe(target, options);
  const observed = new WeakSet<Node>();
  // A frame that finishes loading after the scan brings its text (load does not bubble; capture sees it).
  const onLoad = (event: Event) => {
    const element = event.target as Element | null;
    if (element?.localName === 'iframe' || element?.localName === 'frame') schedule(QUIET_MS);
  };
  document.addEventListener('load', onLoad, true);

  const onUrl = () => schedule(QUIET_MS);
  addEventListener('popstate', onUrl);
  addEventListener('hashchange', onUrl);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('navigatesuccess', onUrl);

  return {
    quietly(change) {
      paused++;
      try {
        return change();
      } finally {
        observer.takeRecords();
        paused--;
      }
    },
    poke: (delay = 0) => schedule(delay),
    setLastScanCost: (ms) => void (lastCost = ms),
    setRoot: (element) => void (root = element),
    setTrees(trees) {
      for (const tree of trees) {
        if (observed.has(tree)) continue;
        observed.add(tree);
        observer.observe(tree, options);
      }
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      removeEventListener('popstate', onUrl);
      removeEventListener('hashchange', onUrl);
      document.removeEventListener('load', onLoad, true);
      navigation?.removeEventListener?.('navigatesuccess', onUrl);
    },
  };
}

/** A change that cannot touch the document we read: outside its root, while the root is still in the page. */
function outside(record: MutationRecord, root: Element | null): boolean {
  if (!root || !root.isConnected) return false;
  // Inside a shadow root or a frame we read (the only ones observed besides the page): never outside.
  if (record.target.getRootNode() !== document) return false;
  return !root.contains(record.target) && !record.target.contains(root);
}

/** Our card host, wrappers and style element change the DOM too; those changes are not the page's. */
function isOwn(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.nodeType === 1 && OWN.test(target.localName ?? '')) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeType === 1 && (OWN.test((node as Element).localName) || OWN.test((node as Element).id)));
}
