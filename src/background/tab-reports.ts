// Per-tab reports live in storage.session (not worker memory: the worker sleeps after ~30 s).
import { browser } from '../shared/browser';
import type { TabReport } from '../shared/report';

const key = (tabId: number) => `tab:${tabId}`;
/** The tab's AI-signals check (background/signals.ts), forgotten with its report. */
export const signalsKey = (tabId: number) => `signals:${tabId}`;

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return (value as TabReport | undefined) ?? null;
}

export async function putTabReport(report: TabReport): Promise<void> {
  await browser.storage.session.set({ [key(report.tabId)]: report });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), signalsKey(tabId)]);
}
