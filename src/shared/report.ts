// What the background keeps per tab (in storage.session) and what the popup shows.
import type { Report } from '../core/types';
import type { ReadContext } from '../core/verdict';

export type PageStatus = 'scanning' | 'done' | 'not-legal' | 'unsupported-language' | 'error';

export interface TabReport {
  tabId: number;
  url: string;
  title: string;
  status: PageStatus;
  /** 0..1 while scanning. */
  progress?: number;
  report?: Report;
  error?: string;
  /** Whether the page looks like terms and what it shows that is not text (src/core/verdict.ts decides the grade from it). */
  reading?: ReadContext;
  /** Epoch milliseconds of the last status change. */
  updatedAt: number;
}
