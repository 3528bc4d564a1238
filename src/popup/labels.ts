// Names and colours for categories, severities and licence attributes, shared by the popup and options.
import { CATEGORIES, type BuiltInCategory, type Category, type Severity } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { attrLabel } from '../core/attr-labels';

/** The licence attributes people ask about first, in the order the card shows them. */
export const KEY_LICENCE_ATTRS = ['worldwide', 'perpetual', 'irrevocable', 'sublicensable', 'derivative-works', 'commercial', 'survives-deletion'];

const isBuiltIn = (category: Category): category is BuiltInCategory => (CATEGORIES as readonly string[]).includes(category);
const keyPart = (id: string) => id.replace(/[^a-z0-9]+/gi, '_');

export function categoryName(category: Category, userCategories: readonly UserCategory[] = []): string {
  if (isBuiltIn(category)) return t(`common_category_${keyPart(category)}`);
  return userCategories.find((c) => c.id === category)?.name ?? category.replace(/^user:/, '');
}

export function severityName(severity: Severity): string {
  return t(`common_severity_${severity}`);
}

/** Plain words for an attribute ("can make derivative works"), never its id. */
export function attrName(attr: string): string {
  const key = `common_attr_${keyPart(attr)}`;
  const name = t(key);
  return name === key ? attrLabel(attr) : name;
}
