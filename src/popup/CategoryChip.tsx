// A category name with its colour dot; the name itself is the non-colour cue.
import type { Category } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { categoryColour, categoryName } from './labels';

export interface CategoryChipProps {
  category: Category;
  userCategories?: readonly UserCategory[];
  count?: number;
}

export function CategoryChip({ category, userCategories = [], count }: CategoryChipProps) {
  return (
    <span class="chip" data-chip={category}>
      <span class="dot" style={{ background: categoryColour(category, userCategories) }} aria-hidden="true" />
      {categoryName(category, userCategories)}
      {count !== undefined && <strong class="count">{count}</strong>}
    </span>
  );
}
