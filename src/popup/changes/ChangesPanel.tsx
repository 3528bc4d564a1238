// "These terms changed since you last read them": the one-sentence summary, the date warning, the trend,
// and every changed clause once, old and new wording side by side with the changed words marked.
// Shows nothing for a first visit.
import { useEffect, useState } from 'preact/hooks';
import type { ChangesView } from '../../core/memory/index';
import { categoryRank, formatShortDate, type ClausePrint } from '../../core/memory/index';
import { sendToBackground } from '../../shared/messaging';
import type { TabReport } from '../../shared/report';
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { ClauseDiff } from './ClauseDiff';

export interface ChangesPanelProps {
  tab: TabReport;
}

export function ChangesPanel({ tab }: ChangesPanelProps) {
  const [view, setView] = useState<ChangesView | null>(null);
  useEffect(() => {
    let alive = true;
    void sendToBackground('popup/get-changes', { tabId: tab.tabId }).then(
      (next) => alive && setView(next),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [tab.tabId, tab.updatedAt]);

  if (!view) return null;
  const beforeLabel = t('memory_before', formatShortDate(view.since));
  const afterLabel = t('memory_after', formatShortDate(view.now));
  const { diff } = view;
  const riskiestFirst = (a: ClausePrint, b: ClausePrint) => categoryRank(a.category) - categoryRank(b.category);
  return (
    <section class="changes" data-testid="changes" aria-labelledby="changes-heading" data-fresh={String(view.fresh)}>
      <h2 id="changes-heading">{t(view.fresh ? 'memory_headingFresh' : 'memory_headingEarlier')}</h2>
      <p data-testid="changes-summary" style={{ fontWeight: 600 }}>{view.summary}</p>
      {view.dateUnchanged && (
        <p data-testid="changes-date-unchanged" role="note">⚠ {t('memory_dateUnchanged', view.lastUpdatedAfter ?? '')}</p>
      )}
      {view.trend && <p data-testid="changes-trend" role="note">⚠ {view.trend}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
        {[...diff.added].sort(riskiestFirst).map((after, i) => (
          <ClauseDiff key={`a${i}`} kind="added" after={after} beforeLabel={beforeLabel} afterLabel={afterLabel} />
        ))}
        {[...diff.changed].sort((a, b) => riskiestFirst(a.after, b.after)).map((change, i) => (
          <ClauseDiff key={`c${i}`} kind="changed" before={change.before} after={change.after} change={change} beforeLabel={beforeLabel} afterLabel={afterLabel} />
        ))}
        {[...diff.removed].sort(riskiestFirst).map((before, i) => (
          <ClauseDiff key={`r${i}`} kind="removed" before={before} beforeLabel={beforeLabel} afterLabel={afterLabel} />
        ))}
      </ul>
      <p>
        <a href={browser.runtime.getURL('src/history/index.html')} target="_blank" rel="noopener">
          {t('memory_historyLink')}
        </a>
      </p>
    </section>
  );
}
