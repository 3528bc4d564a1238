// One remembered document: its versions, newest first, each with what changed from the one before and the
// clauses it held.
import { clausesOf, diffFindings, formatShortDate, summariseChanges, unilateralTrend, type RememberedDocument } from '../core/memory/index';
import { t } from '../shared/i18n';
import { VersionClauses } from './VersionClauses';
import type { UserCategory } from '../shared/settings';

export interface DocumentHistoryProps {
  doc: RememberedDocument;
  onForget(key: string): void;
  userCategories?: readonly UserCategory[];
}

export function DocumentHistory({ doc, onForget, userCategories = [] }: DocumentHistoryProps) {
  const versions = doc.versions.map((version, i) => {
    const previous = doc.versions[i - 1];
    const summary = previous ? summariseChanges(diffFindings(previous.findings, version.findings), formatShortDate(previous.firstSeen)) : null;
    return { version, summary };
  });
  const trend = unilateralTrend(doc.versions);
  return (
    <article data-testid="history-doc" data-key={doc.key} style={{ borderTop: '1px solid var(--border, #d0d5dd)', padding: '0.6rem 0' }}>
      <h2 style={{ marginBottom: '0.1rem' }}>{doc.title || doc.key}</h2>
      <p style={{ margin: 0, fontSize: '0.85em', color: 'var(--muted, #667085)', overflowWrap: 'anywhere' }}>{doc.key}</p>
      {trend && <p role="note">⚠ {trend}</p>}
      <ol reversed style={{ paddingLeft: '1.4rem' }}>
        {[...versions].reverse().map(({ version, summary }) => (
          <li key={version.hash + version.firstSeen} data-testid="history-version">
            {t('memory_historyVersion', [formatShortDate(version.firstSeen), String(clausesOf(version.findings).length)])}
            {version.lastUpdated && <span> · {t('memory_historyLastUpdated', version.lastUpdated)}</span>}
            {summary && <p style={{ margin: '0.15rem 0' }}>{summary}</p>}
            <VersionClauses findings={version.findings} userCategories={userCategories} />
          </li>
        ))}
      </ol>
      <button type="button" data-testid="history-forget" onClick={() => onForget(doc.key)}>
        {t('memory_forget')}
      </button>
    </article>
  );
}
