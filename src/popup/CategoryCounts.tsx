// How many clauses of each category, worst categories first as the summary orders them.
import type { Category, Summary } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from './CategoryChip';

export interface CategoryCountsProps {
  counts: Summary['counts'];
  userCategories: readonly UserCategory[];
}

export function CategoryCounts({ counts, userCategories }: CategoryCountsProps) {
  const entries = Object.entries(counts).filter(([, n]) => (n ?? 0) > 0) as Array<[Category, number]>;
  if (!entries.length) return null;
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" class="visually-hidden">{t('popup_countsTitle')}</h2>
      <ul class="chips counts" data-testid="counts">
        {entries.map(([category, n]) => (
          <li key={category}>
            <CategoryChip category={category} userCategories={userCategories} count={n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
