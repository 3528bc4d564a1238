// A page that does not look like terms, scanned because the user asked: what it found, but no grade and no
// "good news", since a blog post or a shop page says nothing about the site's terms.
import type { ComponentChildren } from 'preact';
import type { Report } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { FindingList } from './FindingList';
import { WordsRead } from './WordsRead';

export interface PageScanViewProps {
  report: Report;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
  children?: ComponentChildren;
}

export function PageScanView({ report, userCategories, onShow, children }: PageScanViewProps) {
  const count = report.findings.length;
  return (
    <div class="state" data-state="page-scan">
      <p class="headline" data-testid="headline">
        {t('popup_verdictPageTitle')}
      </p>
      <p>{count === 0 ? t('popup_verdictPageNone') : t('popup_verdictPageSome', count)}</p>
      <p class="hint">{t('popup_verdictPageHint')}</p>
      <WordsRead words={report.words} />
      {count > 0 && <FindingList findings={report.findings} userCategories={userCategories} onShow={onShow} />}
      {children}
    </div>
  );
}
