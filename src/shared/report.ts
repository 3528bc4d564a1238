// What the background keeps per tab (in storage.session) and what the popup shows.
import type { Report } from '../core/types';

export type PageStatus = 'scanning' | 'done' | 'not-legal' | 'error';

export interface TabReport {
  tabId: number;
  url: string;
  title: string;
  status: PageStatus;
  /** 0..1 while scanning. */
  progress?: number;
  report?: Report;
  error?: string;
  /** Epoch milliseconds of the last status change. */
  updatedAt: number;
}
