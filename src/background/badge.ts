// Contract 3: the badge text is the number of findings, empty when none or not scanned.
import { browser } from '../shared/browser';
import type { TabReport } from '../shared/report';
import type { Severity } from '../core/types';

const COLOURS: Record<Severity, string> = { high: '#b42318', medium: '#b54708', low: '#475467', protective: '#067647' };
const RANK: Severity[] = ['high', 'medium', 'low', 'protective'];

export async function showBadge(tab: TabReport): Promise<void> {
  const findings = tab.status === 'done' ? (tab.report?.findings ?? []) : [];
  await browser.action.setBadgeText({ tabId: tab.tabId, text: findings.length ? String(findings.length) : '' });
  const worst = RANK.find((s) => findings.some((f) => f.severity === s));
  if (worst) await browser.action.setBadgeBackgroundColor({ tabId: tab.tabId, color: COLOURS[worst] });
  const summary = tab.report?.summary;
  const title =
    tab.status === 'done' && summary
      ? `Fine Print: ${findings.length} clause${findings.length === 1 ? '' : 's'}, grade ${summary.grade}`
      : 'Fine Print: check these terms';
  await browser.action.setTitle({ tabId: tab.tabId, title });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
