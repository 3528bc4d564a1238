// A finished scan, answering "do I upload here?" on the first screen: grade and headline; the quiet change and
// the says-vs-signals contradiction, one line each; how to opt out; then the clauses grouped by what matters
// to someone who uploads their work, opening on AI training. Key points, the licence card and the panels
// (changes, signals) follow.
import type { ComponentChildren } from 'preact';
import type { Report } from '../core/types';
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { GradeBadge } from './GradeBadge';
import { GradeLegend } from './GradeLegend';
import { LicenceCard } from './LicenceCard';
import { FindingList } from './FindingList';
import { WordsRead } from './WordsRead';
import { FirstScreenAlerts } from './FirstScreenAlerts';
import { OptOutRoutes } from './OptOutRoutes';
import { TroubleSection } from './TroubleSection';

export interface SummaryViewProps {
  report: Report;
  /** The tab the report belongs to: the first screen's change and signals lines ask about it. */
  tab?: TabReport;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
  /** Panels other features add (changes, signals), shown after the summary. */
  children?: ComponentChildren;
}

export function SummaryView({ report, tab, userCategories, onShow, children }: SummaryViewProps) {
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
          <WordsRead words={report.words} />
          {summary.dangerousCombination && (
            <p class="warning" role="note">
              {t('popup_dangerousCombination')}
            </p>
          )}
        </div>
      </div>
      {tab && <FirstScreenAlerts tab={tab} />}
      <OptOutRoutes report={report} />
      {!nothing && <FindingList findings={findings} userCategories={userCategories} onShow={onShow} />}
      <GradeLegend current={summary.grade} />
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
      {children}
    </div>
  );
}
