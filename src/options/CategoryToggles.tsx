// Which categories to find: the built-in ones and the user's own, each on or off; user categories can go.
import { CATEGORIES } from '../core/types';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from '../popup/CategoryChip';
import { SectionStatus } from './status';

export interface CategoryTogglesProps {
  settings: Settings;
  onChange(next: Settings, message: string): void;
}

export function CategoryToggles({ settings, onChange }: CategoryTogglesProps) {
  const { userCategories } = settings;
  return (
    <fieldset>
      <legend>{t('options_categoriesTitle')}</legend>
      <p class="hint">{t('options_categoriesHint')}</p>
      <ul class="toggles">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <label>
              <input
                type="checkbox"
                checked={settings.categories[c]}
                onChange={(e) => onChange({ ...settings, categories: { ...settings.categories, [c]: e.currentTarget.checked } }, t('options_saved'))}
              />
              <CategoryChip category={c} />
            </label>
          </li>
        ))}
        {userCategories.map((uc) => (
          <li key={uc.id}>
            <label>
              <input
                type="checkbox"
                checked={uc.enabled}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  onChange({ ...settings, userCategories: userCategories.map((x) => (x.id === uc.id ? { ...x, enabled } : x)) }, t('options_saved'));
                }}
              />
              <CategoryChip category={uc.id} userCategories={userCategories} />
            </label>
            <button
              type="button"
              class="link danger"
              aria-label={t('options_removeCategory', uc.name)}
              onClick={() =>
                onChange(
                  { ...settings, userCategories: userCategories.filter((x) => x.id !== uc.id), keywords: settings.keywords.filter((k) => k.category !== uc.id) },
                  t('options_categoryRemoved', uc.name),
                )
              }
            >
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
      <SectionStatus section="categories" />
    </fieldset>
  );
}
