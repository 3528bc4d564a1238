// A finished scan that must not be graded (src/core/verdict.ts): too little text to be the terms, or a page
// that is not terms. The language case has its own status and view (UnsupportedLanguageView).
import type { ComponentChildren } from 'preact';
import type { Report } from '../core/types';
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { verdictFor, type ReadContext } from '../core/verdict';
import { NotReadView } from './NotReadView';
import { PageScanView } from './PageScanView';

export interface UngradedViewProps {
  tab: TabReport;
  report: Report;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
  children?: ComponentChildren;
}

/** Whether a finished tab gets a grade; the popup shows UngradedView when it does not. */
export function isGraded(report: Report, reading?: ReadContext): boolean {
  return verdictFor(report, reading).kind === 'graded';
}

export function UngradedView({ tab, report, userCategories, onShow, children }: UngradedViewProps) {
  const verdict = verdictFor(report, tab.reading);
  if (verdict.kind === 'page-scan') return <PageScanView report={report} userCategories={userCategories} onShow={onShow}>{children}</PageScanView>;
  const reason = verdict.kind === 'terms-not-found' ? verdict.reason : 'unknown';
  return <NotReadView reason={reason} report={report} userCategories={userCategories} onShow={onShow}>{children}</NotReadView>;
}
