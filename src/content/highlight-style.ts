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
  // Tier 2 ("if something goes wrong"): placeholders in one slate/brown family, told apart from tier 1 by an
  // overline, until the shared palette module replaces them. Below tier 1 where a clause carries both.
  'limitation-of-liability': { background: 'rgba(150, 110, 80, 0.26)', line: '#8a6a50', decoration: 'overline solid', priority: -1 },
  'unilateral-termination': { background: 'rgba(130, 100, 80, 0.26)', line: '#7a5c45', decoration: 'overline dashed', priority: -2 },
  'content-removal': { background: 'rgba(160, 120, 90, 0.24)', line: '#957052', decoration: 'overline dotted', priority: -3 },
  arbitration: { background: 'rgba(120, 90, 70, 0.28)', line: '#6d4c3d', decoration: 'overline wavy', priority: -4 },
  jurisdiction: { background: 'rgba(110, 125, 145, 0.26)', line: '#5f6f86', decoration: 'overline underline dashed', priority: -5 },
  'choice-of-law': { background: 'rgba(120, 135, 155, 0.24)', line: '#6b7b92', decoration: 'overline underline double', priority: -6 },
  'contract-by-using': { background: 'rgba(130, 140, 160, 0.24)', line: '#75839a', decoration: 'overline double', priority: -7 },
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
