// Contract 4: `?tab=<id>` selects the tab; otherwise the popup shows the active tab.
import { browser } from '../shared/browser';

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
