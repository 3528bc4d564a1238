// How each category looks: a translucent background (readable on light and dark pages, the text keeps the
// page's own colour) plus a distinct underline style, so colour-blind users can tell categories apart too.
import type { Category } from '../core/types';

export interface CategoryLook {
  /** Translucent, so both dark and light text stay readable through it. */
  background: string;
  line: string;
  /** text-decoration-line + style: the non-colour cue. */
  decoration: string;
  /** Higher wins where two categories overlap. */
  priority: number;
}

const LOOKS: Record<string, CategoryLook> = {
  'ai-training': { background: 'rgba(255, 86, 64, 0.30)', line: '#e5484d', decoration: 'underline wavy', priority: 6 },
  'rights-waiver': { background: 'rgba(190, 92, 232, 0.28)', line: '#a855f7', decoration: 'underline overline solid', priority: 5 },
  'content-license': { background: 'rgba(255, 176, 0, 0.32)', line: '#d98b00', decoration: 'underline solid', priority: 4 },
  'third-party-sharing': { background: 'rgba(72, 140, 255, 0.28)', line: '#3b82f6', decoration: 'underline dashed', priority: 3 },
  'unilateral-change': { background: 'rgba(150, 150, 175, 0.32)', line: '#8b8ba7', decoration: 'underline dotted', priority: 2 },
  'ai-restriction': { background: 'rgba(40, 200, 120, 0.26)', line: '#22a35a', decoration: 'underline double', priority: 1 },
};
const USER_LOOK: CategoryLook = { background: 'rgba(0, 184, 204, 0.26)', line: '#0ea5b7', decoration: 'underline overline dotted', priority: 0 };

export function lookFor(category: Category): CategoryLook {
  return LOOKS[category] ?? USER_LOOK;
}

/** Contract 2: built-in categories are `fine-print-<category>` exactly. A user category such as `user:voice`
 *  becomes `fine-print-user-voice`: a highlight name must be a CSS identifier, and ':' is not allowed in one. */
export function highlightName(category: Category): string {
  return `fine-print-${category.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

/** Not `fine-print-*`: tests and tools read every `fine-print-*` highlight as a category. */
export const FOCUS_HIGHLIGHT = 'fineprint-focus';
export const MARK_TAG = 'fine-print-mark';

export function styleSheetText(categories: readonly Category[]): string {
  const rules = categories.map((category) => {
    const look = lookFor(category);
    const body = `background-color: ${look.background}; text-decoration: ${look.decoration} ${look.line}; text-decoration-thickness: 2px; text-decoration-skip-ink: none;`;
    const attr = CSS_ESCAPE(category);
    return `::highlight(${highlightName(category)}) { ${body} }\n${MARK_TAG}[data-category="${attr}"] { ${body} }`;
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
