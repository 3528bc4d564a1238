// How each category looks in the page, from the one palette (src/shared/palette.ts): a translucent
// background (readable on light and dark pages, the text keeps the page's own colour) plus a distinct
// underline style, so colour-blind users can tell categories apart too.
// Where clauses overlap, only the highest-priority category paints a background (red over blue would make
// mauve, which is neither): each category's highlight draws its underline only, and separate "fill"
// highlights with disjoint ranges paint the backgrounds (fill-segments.ts decides who owns each stretch).
import type { Category } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { swatchFor, type Swatch } from '../shared/palette';

export type CategoryLook = Swatch;

/** The user's own categories and their colours, from settings (the content script sets them). */
let userCategories: readonly Pick<UserCategory, 'id' | 'colour'>[] = [];

export function setUserCategories(list: readonly Pick<UserCategory, 'id' | 'colour'>[]): void {
  userCategories = list.map(({ id, colour }) => ({ id, colour }));
}

export function lookFor(category: Category | string): CategoryLook {
  return swatchFor(category, userCategories);
}

/** How a category's line stacks where clauses overlap (a Highlight's priority): lines with gaps (wavy, dashed,
 *  dotted, double) paint over unbroken ones, so a dashed blue line over a solid amber one leaves both visible;
 *  severity breaks ties. Backgrounds do not depend on it: the fills never overlap. */
export function linePriority(category: Category | string): number {
  const look = lookFor(category);
  const style = look.decoration.split(' ').pop() ?? 'solid';
  return 100 * Math.max(0, LINE_STACK.indexOf(style)) + look.priority;
}

const LINE_STACK = ['solid', 'double', 'dotted', 'dashed', 'wavy'];

/** Contract 2: built-in categories are `fine-print-<category>` exactly. A user category such as `user:voice`
 *  becomes `fine-print-user-voice`: a highlight name must be a CSS identifier, and ':' is not allowed in one. */
export function highlightName(category: Category | string): string {
  return `fine-print-${category.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

/** A category's background highlight. Not `fine-print-*`: tests and tools read every `fine-print-*` highlight
 *  as a category (contract 2). */
export function fillName(category: Category | string): string {
  return `fineprint-fill-${category.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

/** Not `fine-print-*` either. */
export const FOCUS_HIGHLIGHT = 'fineprint-focus';
export const MARK_TAG = 'fine-print-mark';

const LINE = 'text-decoration-thickness: 2px; text-decoration-skip-ink: none;';

export function styleSheetText(categories: readonly (Category | string)[]): string {
  const rules = categories.map((category) => {
    const look = lookFor(category);
    const line = `text-decoration: ${look.decoration} ${look.colour}; ${LINE}`;
    const attr = CSS_ESCAPE(category);
    return [
      `::highlight(${highlightName(category)}) { ${line} }`,
      `::highlight(${fillName(category)}) { background-color: ${look.background}; }`,
      // Wrappers (no Highlight API) never overlap: the first clause wrapped owns the words (fallback-marks.ts).
      `${MARK_TAG}[data-category="${attr}"] { background-color: ${look.background}; ${line} }`,
    ].join('\n');
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.85); color: #111; }`);
  rules.push(`${MARK_TAG}.fineprint-focus { background-color: rgba(255, 214, 0, 0.85); color: #111; }`);
  rules.push(`${MARK_TAG} { display: inline; font: inherit; color: inherit; }`);
  return rules.join('\n');
}

/** Attribute values in our own selector: categories are slugs, but a user category could hold a quote. */
function CSS_ESCAPE(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
