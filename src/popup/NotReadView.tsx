// Too little text to be the terms: no grade and no "nothing found". Says why the text was likely missed
// (a PDF, a frame from another site, an image, a script) and what to try; lists any clause it did find.
import type { ComponentChildren } from 'preact';
import type { Report } from '../core/types';
import type { NotFoundReason } from '../core/verdict';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { FindingList } from './FindingList';
import { WordsRead } from './WordsRead';

export interface NotReadViewProps {
  reason: NotFoundReason;
  /** What little was read; absent when the browser let no script into the tab (a PDF viewer). */
  report?: Report;
  userCategories?: readonly UserCategory[];
  onShow?(index: number): void;
  children?: ComponentChildren;
}

export function NotReadView({ reason, report, userCategories = [], onShow = () => undefined, children }: NotReadViewProps) {
  const findings = report?.findings ?? [];
  return (
    <div class="state" data-state="terms-not-found" data-reason={reason}>
      <p class="headline" data-testid="headline">
        {t('popup_verdictNotFoundTitle')}
      </p>
      <p data-testid="reason">{t(`popup_verdictReason_${reason}`)}</p>
      <p class="hint" data-testid="try">
        {t(`popup_verdictTry_${reason}`)}
      </p>
      <p class="hint">{t('popup_verdictNotFoundNoGrade')}</p>
      <WordsRead words={report?.words ?? 0} />
      {findings.length > 0 && <FindingList findings={findings} userCategories={userCategories} onShow={onShow} />}
      {children}
    </div>
  );
}
