// Contract 3: the badge text is the number of findings, empty when none or not scanned.
import { browser } from '../shared/browser';
import type { TabReport } from '../shared/report';
import type { Severity } from '../core/types';
import { t } from '../shared/i18n';
import { changeNote } from './memory';
import { verdictFor } from '../core/verdict';
import { languageLabel } from '../shared/language-label';

const COLOURS: Record<Severity, string> = { high: '#b42318', medium: '#b54708', low: '#475467', protective: '#067647' };
const RANK: Severity[] = ['high', 'medium', 'low', 'protective'];

export async function showBadge(tab: TabReport): Promise<void> {
  const findings = tab.status === 'done' ? (tab.report?.findings ?? []) : [];
  await browser.action.setBadgeText({ tabId: tab.tabId, text: findings.length ? String(findings.length) : '' });
  const worst = RANK.find((s) => findings.some((f) => f.severity === s));
  if (worst) await browser.action.setBadgeBackgroundColor({ tabId: tab.tabId, color: COLOURS[worst] });
  // Terms memory adds "terms changed since 12 Feb" when this visit found a new version (the text stays the count).
  const note = await changeNote(tab);
  await browser.action.setTitle({ tabId: tab.tabId, title: note ? t('common_titleWithNote', [actionTitle(tab), note]) : actionTitle(tab) });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}

/** "Fine Print: 3 clauses, grade D", through i18n so translations cover it too. */
export function actionTitle(tab: TabReport): string {
  const summary = tab.report?.summary;
  if (tab.status === 'unsupported-language' && tab.report) return t('common_verdictTitleLanguage', languageLabel(tab.report.language));
  if (tab.status !== 'done' || !summary) return t('common_actionTitleIdle');
  const count = tab.report!.findings.length;
  // No grade in the title either where the popup shows none (src/core/verdict.ts).
  const verdict = verdictFor(tab.report!, tab.reading).kind;
  if (verdict === 'terms-not-found') return t('common_verdictTitleNotFound');
  if (verdict === 'page-scan') return t('common_verdictTitlePage', count);
  if (count === 0) return t('common_actionTitleNone', summary.grade);
  return count === 1 ? t('common_actionTitleOne', summary.grade) : t('common_actionTitleMany', [count, summary.grade]);
}
