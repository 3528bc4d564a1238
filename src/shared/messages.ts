// One protocol map: message type -> request and response. Named by direction:
// `popup/*` and `options/*` go to the background, `content/*` come from the content script to the background,
// `tab/*` go from the background to the content script of one tab.
import type { TabReport, PageStatus } from './report';
import type { AnalyzeOptions, Report } from '../core/types';
import type { ChangesView, DocumentFingerprint, RememberedDocument, PageMetaRead, SameSiteCheck, SignalsResponse } from '../core/index';
import type { ForgetResult } from './forget';
import type { ReadContext } from '../core/verdict';
import type { BlocksOnWire } from './block-wire';

export interface Protocol {
  'popup/get-report': { request: { tabId: number }; response: TabReport | null };
  'popup/scan-tab': { request: { tabId: number; force: boolean }; response: { ok: boolean; error?: string; /** The tab is a PDF the browser let no script into. */ pdf?: boolean } };
  'popup/show-finding': { request: { tabId: number; index: number }; response: { ok: boolean } };
  /** From the tiny probe script: the background decides (settings, site lists) whether to scan. */
  'content/probe': { request: { url: string; legal: boolean }; response: { scan: boolean } };
  'content/status': {
    request: {
      status: PageStatus; url: string; title: string; progress?: number; report?: Report; error?: string;
      /** Terms memory: a fingerprint of the analysed text (optional; findings stand in when absent). */
      document?: DocumentFingerprint;
      /** Is the page terms, and what on it is not text (src/content/read-stats.ts). */
      reading?: ReadContext;
    };
    response: { ok: boolean };
  };
  /** Clears all storage, dynamic content scripts and granted site access (src/shared/forget.ts). */
  'options/forget-everything': { request: Record<string, never>; response: ForgetResult };
  /** Terms memory (background/memory.ts) and AI signals (background/signals.ts). */
  'popup/get-changes': { request: { tabId: number }; response: ChangesView | null };
  'popup/read-signals': { request: { tabId: number }; response: SignalsResponse };
  'popup/check-signals': { request: { tabId: number }; response: SignalsResponse };
  'history/list': { request: Record<string, never>; response: RememberedDocument[] };
  'history/forget': { request: { key?: string }; response: { ok: boolean } };
  /** Puts back documents the history page forgot, when the user clicks Undo (the page kept them meanwhile). */
  'history/restore': { request: { docs: RememberedDocument[] }; response: { ok: boolean; restored: number } };
  'tab/read-signals': { request: Record<string, never>; response: PageMetaRead };
  'tab/check-signals': { request: Record<string, never>; response: SameSiteCheck };
  /** The page's extracted text, classified in the background so the classifier never runs on the page's main thread. */
  'content/analyze': {
    /** `blocks`: the page's structure (headings, list items, table cells...), packed (src/shared/block-wire.ts). */
    request: { text: string; options: AnalyzeOptions; blocks?: BlocksOnWire };
    response: Report;
  };
  'tab/scan': { request: { force: boolean }; response: { ok: boolean } };
  'tab/show-finding': { request: { index: number }; response: { ok: boolean } };
  'tab/jump': { request: { direction: 1 | -1 }; response: { ok: boolean } };
  'tab/settings-changed': { request: Record<string, never>; response: { ok: boolean } };
  /** "Forget everything" reached this tab: drop highlights and what it knew, report nothing until the user scans. */
  'tab/forget': { request: Record<string, never>; response: { ok: boolean } };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
export type Message<T extends MessageType = MessageType> = { type: T } & Request<T>;

export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
