// A category name with its colour dot; the name itself is the non-colour cue. The colour comes from the one
// palette as CSS custom properties (theme.css paints the dot with `var(--chip)`), never a hex code in CSS.
import type { Category } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { chipStyle } from '../shared/palette';
import { categoryName } from './labels';

export interface CategoryChipProps {
  category: Category;
  userCategories?: readonly UserCategory[];
  count?: number;
}

export function CategoryChip({ category, userCategories = [], count }: CategoryChipProps) {
  return (
    <span class="chip" data-chip={category} style={chipStyle(category, userCategories)}>
      <span class="dot" aria-hidden="true" />
      {categoryName(category, userCategories)}
      {count !== undefined && <strong class="count">{count}</strong>}
    </span>
  );
}
