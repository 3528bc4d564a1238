// Names and colours for categories, severities and licence attributes, shared by the popup and options.
import { CATEGORIES, type BuiltInCategory, type Category, type Severity } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';

export const CATEGORY_COLOURS: Record<BuiltInCategory, string> = {
  'ai-training': '#d92d20',
  'ai-restriction': '#079455',
  'content-license': '#dc6803',
  'third-party-sharing': '#7a5af8',
  'rights-waiver': '#dd2590',
  'unilateral-change': '#1570ef',
  // Tier 2: placeholders in one neutral slate/brown family until the shared palette module replaces them.
  'limitation-of-liability': '#6b4f3a',
  'unilateral-termination': '#5b4636',
  'content-removal': '#7a5c45',
  'contract-by-using': '#475467',
  'choice-of-law': '#4a5568',
  jurisdiction: '#3f4a5a',
  arbitration: '#5d4037',
};

/** The licence attributes people ask about first, in the order the card shows them. */
export const KEY_LICENCE_ATTRS = ['worldwide', 'perpetual', 'irrevocable', 'sublicensable', 'derivative-works', 'commercial', 'survives-deletion'];

const isBuiltIn = (category: Category): category is BuiltInCategory => (CATEGORIES as readonly string[]).includes(category);
const keyPart = (id: string) => id.replace(/[^a-z0-9]+/gi, '_');

export function categoryName(category: Category, userCategories: readonly UserCategory[] = []): string {
  if (isBuiltIn(category)) return t(`common_category_${keyPart(category)}`);
  return userCategories.find((c) => c.id === category)?.name ?? category.replace(/^user:/, '');
}

export function categoryColour(category: Category, userCategories: readonly UserCategory[] = []): string {
  if (isBuiltIn(category)) return CATEGORY_COLOURS[category];
  return userCategories.find((c) => c.id === category)?.colour ?? '#667085';
}

export function severityName(severity: Severity): string {
  return t(`common_severity_${severity}`);
}

export function attrName(attr: string): string {
  const name = t(`popup_attr_${keyPart(attr)}`);
  return name.startsWith('popup_attr_') ? attr.replace(/-/g, ' ') : name;
}
