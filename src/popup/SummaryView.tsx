// A finished scan: grade and headline first (the ten-second answer), then points, licence, counts, clauses.
import type { ComponentChildren } from 'preact';
import type { Report } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { GradeBadge } from './GradeBadge';
import { LicenceCard } from './LicenceCard';
import { CategoryCounts } from './CategoryCounts';
import { FindingList } from './FindingList';
import { TroubleSection } from './TroubleSection';

export interface SummaryViewProps {
  report: Report;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
  /** Panels other features add (changes, signals), shown after the summary. */
  children?: ComponentChildren;
}

export function SummaryView({ report, userCategories, onShow, children }: SummaryViewProps) {
  const { summary, findings } = report;
  const nothing = findings.length === 0;
  return (
    <div class="summary" data-state={nothing ? 'nothing-found' : 'done'}>
      <div class="verdict">
        <GradeBadge grade={summary.grade} />
        <div>
          <p class="headline" data-testid="headline">
            {nothing ? t('popup_nothingFound') : summary.headline}
          </p>
          {nothing && <p class="hint">{t('popup_nothingFoundHint')}</p>}
          {summary.dangerousCombination && (
            <p class="warning" role="note">
              {t('popup_dangerousCombination')}
            </p>
          )}
        </div>
      </div>
      {summary.points.length > 0 && (
        <section aria-labelledby="points-title">
          <h2 id="points-title">{t('popup_keyPoints')}</h2>
          <ul class="points" data-testid="points">
            {summary.points.slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      <LicenceCard licence={summary.licence} />
      <TroubleSection findings={findings} onShow={onShow} />
      <CategoryCounts counts={summary.counts} userCategories={userCategories} />
      {!nothing && <FindingList findings={findings} userCategories={userCategories} onShow={onShow} />}
      {children}
    </div>
  );
}
