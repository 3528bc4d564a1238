// Terms memory: remembers each scanned document (storage.local, capped) and notices when it changes.
// It only observes `content/status` (scan.ts answers it) and answers its own popup/history messages.
import { verdictFor } from '../core/verdict';
import { browser, type Runtime } from '../shared/browser';
import { handleMessages } from '../shared/messaging';
import { isMessage, type Message } from '../shared/messages';
import type { TabReport } from '../shared/report';
import { t } from '../shared/i18n';
import { getTabReport } from './tab-reports';
import {
  changesView, documentKey, fingerprintFindings, fingerprintFromFindings, formatShortDate, keysToEvict, recordVisit, sizeOf,
  type ChangesView, type MemoryEntry, type RememberedDocument,
} from '../core/memory/index';

const DOC = 'memory:doc:';
const INDEX = 'memory:index';
/** Per tab, in storage.session: which document the tab showed and whether this visit found a change. */
const TAB = 'memory:tab:';

interface TabMemory {
  key: string;
  fresh: boolean;
  documentId?: string;
}
type Index = Record<string, MemoryEntry>;

// One write at a time: two tabs finishing scans together must not lose each other's index entry.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  return next;
}

/** Runs `work` once every memory write already queued has finished, and before any queued after it
 *  ("Forget everything" must not be undone by a write that was under way). */
export function afterMemoryWrites<T>(work: () => Promise<T>): Promise<T> {
  return serially(work);
}

/** The change a tab's scan found, while it is being recorded; the badge title waits for it. */
const pending = new Map<number, Promise<ChangesView | null>>();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message, 'content/status') || message.status !== 'done' || !message.report) return undefined;
  // Only graded scans are remembered: a script shell saved at 0 words would make the real terms look "changed".
  if (verdictFor(message.report, message.reading).kind !== 'graded') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
  const documentId = (sender as { documentId?: string }).documentId;
  const work = serially(() => remember(tabId, message, documentId));
  pending.set(tabId, work);
  void work.catch(() => null).finally(() => {
    if (pending.get(tabId) === work) pending.delete(tabId);
  });
  return undefined; // Not ours to answer: scan.ts replies to content/status.
});

async function remember(tabId: number, message: Message<'content/status'>, documentId?: string): Promise<ChangesView | null> {
  const report = message.report!;
  const key = documentKey(message.url);
  const findings = fingerprintFindings(report.findings);
  const document = message.document ?? fingerprintFromFindings(findings, report.words);
  const previous = (await browser.storage.session.get(TAB + tabId))[TAB + tabId] as TabMemory | undefined;
  // Chrome names each page load; the same load sending more text is a late-loading page, not a new version.
  const sameLoad = Boolean(documentId && previous?.documentId === documentId && previous.key === key);
  const existing = await readDocument(key);
  const { doc, fresh } = recordVisit(existing, {
    key, title: message.title, document, findings, at: Date.now(), replaceLatest: sameLoad,
  });
  const isFresh = sameLoad ? (previous?.fresh ?? false) || fresh : fresh;
  await writeDocument(doc);
  const tabMemory: TabMemory = { key, fresh: isFresh, ...(documentId ? { documentId } : {}) };
  await browser.storage.session.set({ [TAB + tabId]: tabMemory });
  return changesView(doc, isFresh);
}

async function readDocument(key: string): Promise<RememberedDocument | undefined> {
  return (await browser.storage.local.get(DOC + key))[DOC + key] as RememberedDocument | undefined;
}

async function readIndex(): Promise<Index> {
  return ((await browser.storage.local.get(INDEX))[INDEX] as Index | undefined) ?? {};
}

async function writeDocument(doc: RememberedDocument): Promise<void> {
  const index = await readIndex();
  const latest = doc.versions[doc.versions.length - 1];
  index[doc.key] = { key: doc.key, lastSeen: latest?.lastSeen ?? Date.now(), bytes: sizeOf(doc) };
  const evict = keysToEvict(Object.values(index));
  for (const key of evict) delete index[key];
  await browser.storage.local.set({ [DOC + doc.key]: doc, [INDEX]: index });
  if (evict.length) await browser.storage.local.remove(evict.map((key) => DOC + key));
}

async function tabMemory(tabId: number): Promise<TabMemory | undefined> {
  return (await browser.storage.session.get(TAB + tabId))[TAB + tabId] as TabMemory | undefined;
}

async function changesFor(tabId: number): Promise<ChangesView | null> {
  const inFlight = pending.get(tabId);
  if (inFlight) return inFlight.catch(() => null);
  const [memory, tab] = await Promise.all([tabMemory(tabId), getTabReport(tabId)]);
  // The tab may have moved on to another page since; only its current document's changes count.
  if (!memory || !tab || documentKey(tab.url) !== memory.key) return null;
  const doc = await readDocument(memory.key);
  return doc ? changesView(doc, memory.fresh) : null;
}

/** A note for the toolbar title when this visit found changed terms; empty otherwise. */
export async function changeNote(tab: TabReport): Promise<string> {
  if (tab.status !== 'done') return '';
  const view = await changesFor(tab.tabId);
  return view?.fresh ? t('memory_titleChanged', formatShortDate(view.since)) : '';
}

handleMessages({
  'popup/get-changes': ({ tabId }) => changesFor(tabId),
  'history/list': async () => {
    const index = await readIndex();
    const keys = Object.values(index).sort((a, b) => b.lastSeen - a.lastSeen).map((entry) => DOC + entry.key);
    if (keys.length === 0) return [];
    const stored = await browser.storage.local.get(keys);
    return keys.map((key) => stored[key] as RememberedDocument | undefined).filter((doc): doc is RememberedDocument => Boolean(doc));
  },
  'history/forget': ({ key }) =>
    serially(async () => {
      const index = await readIndex();
      const keys = key === undefined ? Object.keys(index) : [key];
      for (const k of keys) delete index[k];
      await browser.storage.local.remove(keys.map((k) => DOC + k));
      await browser.storage.local.set({ [INDEX]: index });
      return { ok: true };
    }),
  'history/restore': ({ docs }) =>
    serially(async () => {
      const valid = (Array.isArray(docs) ? docs : []).filter(isRememberedDocument);
      for (const doc of valid) await writeDocument(doc);
      return { ok: true, restored: valid.length };
    }),
});

/** Only what looks like our own document goes back into storage. */
function isRememberedDocument(value: unknown): value is RememberedDocument {
  const doc = value as Partial<RememberedDocument> | null;
  return typeof doc?.key === 'string' && typeof doc.title === 'string' && Array.isArray(doc.versions) && doc.versions.length > 0;
}

browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(TAB + tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void browser.storage.session.remove(TAB + tabId);
});
