// An in-memory stand-in for the parts of `browser` the settings, popup and options use. Tests mock
// src/shared/browser.ts with it (the real polyfill refuses to load outside an extension).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const messages = JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Chrome's getMessage rules: `$name$` placeholders whose content is `$1`..`$9`; unknown keys give "". */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}

export function createArea(name: string, listeners: Listener[], options: { quotaBytes?: number } = {}) {
  const data = new Map<string, unknown>();
  const notify = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    for (const l of listeners) l(changes, name);
  };
  return {
    data,
    failNext: null as Error | null,
    async get(keys?: string | string[] | null) {
      const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      if (this.failNext) {
        const error = this.failNext;
        this.failNext = null;
        throw error;
      }
      if (options.quotaBytes !== undefined && JSON.stringify(items).length > options.quotaBytes) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      notify(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      if (Object.keys(changes).length) notify(changes);
    },
    async clear() {
      await this.remove([...data.keys()]);
    },
  };
}

export function createFakeBrowser(options: { syncQuotaBytes?: number } = {}) {
  const listeners: Listener[] = [];
  const messageLog: unknown[] = [];
  const fake = {
    messageLog,
    /** What runtime.sendMessage answers; tests replace it. */
    reply: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    storage: {
      local: createArea('local', listeners),
      sync: createArea('sync', listeners, { quotaBytes: options.syncQuotaBytes ?? 8192 }),
      session: createArea('session', listeners),
      onChanged: { addListener: (l: Listener) => void listeners.push(l), removeListener: vi.fn() },
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime: {
      sendMessage: vi.fn(async (message: unknown) => {
        messageLog.push(message);
        return fake.reply(message);
      }),
      openOptionsPage: vi.fn(async () => undefined),
      getURL: (path: string) => `chrome-extension://test/${path}`,
    },
    permissions: {
      request: vi.fn(async () => true),
      remove: vi.fn(async () => true),
      contains: vi.fn(async () => false),
    },
    tabs: { query: vi.fn(async () => [{ id: 7 }]), create: vi.fn(async () => ({ id: 8 })) },
    /** The browser's current shortcuts; Chrome also lists `_execute_action`, with no key unless the user set one. */
    commands: {
      getAll: vi.fn(async (): Promise<Array<{ name?: string; description?: string; shortcut?: string }>> => [
        { name: '_execute_action', description: '', shortcut: '' },
        { name: 'scan-page', description: 'Scan this page for AI-training and licensing clauses', shortcut: 'Alt+Shift+S' },
        { name: 'next-finding', description: 'Jump to the next highlighted clause', shortcut: 'Alt+Shift+Period' },
        { name: 'previous-finding', description: 'Jump to the previous highlighted clause', shortcut: 'Alt+Shift+Comma' },
      ]),
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
