// The clauses Fine Print found in one version of a document, each once with its categories, behind a
// disclosure so a long history stays short to scan.
import { clausesOf, type FindingPrint } from '../core/memory/index';
import { t } from '../shared/i18n';
import { CategoryChip } from '../popup/CategoryChip';
import type { UserCategory } from '../shared/settings';

export interface VersionClausesProps {
  findings: readonly FindingPrint[];
  /** The user's own categories, for their names and colours. */
  userCategories?: readonly UserCategory[];
}

export function VersionClauses({ findings, userCategories = [] }: VersionClausesProps) {
  const clauses = clausesOf(findings);
  if (clauses.length === 0) return null;
  return (
    <details data-testid="history-clauses">
      <summary>{t('memory_historyClauses', String(clauses.length))}</summary>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0.3rem 0', display: 'grid', gap: '0.4rem' }}>
        {clauses.map((clause) => (
          <li key={clause.hash} data-testid="history-clause" data-categories={clause.categories.join(' ')}>
            <span class="chips" style={{ display: 'inline-flex', margin: 0 }}>
              {clause.categories.map((category) => (
                <CategoryChip key={category} category={category} userCategories={userCategories} />
              ))}
            </span>
            <blockquote style={{ margin: '0.2rem 0 0', padding: '0.3rem 0.45rem', borderRadius: '6px', background: 'var(--card)', fontSize: '0.9em' }}>
              {clause.text}
            </blockquote>
          </li>
        ))}
      </ul>
    </details>
  );
}
