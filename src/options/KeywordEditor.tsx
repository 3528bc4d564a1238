// Add a keyword: phrase, category (built-in or a new one of the user's, with a name and colour), severity
// and note. A new keyword goes in the user's own category at medium risk: one mention of a phrase of theirs is
// their concern, not proof that the site trains AI. Over-long input is refused with its length, never cut.
// Problems are said in the section's status line, which the field at fault points to; the list is saved only
// when everything is right.
import { useState } from 'preact/hooks';
import { CATEGORIES, type UserKeyword } from '../core/types';
import { MAX_CATEGORY_NAME_LENGTH, SEVERITIES, checkKeyword, userCategoryId, type Settings, type UserCategory } from '../shared/settings';
import { DEFAULT_KEYWORD_SEVERITY, DEFAULT_USER_COLOUR, defaultKeywordCategory } from '../shared/settings-fields';
import { t } from '../shared/i18n';
import { categoryName, severityName } from '../popup/labels';
import { SectionStatus, useSection } from './status';
import { KeywordList } from './KeywordList';
import { TryIt } from './TryIt';

export interface KeywordEditorProps {
  settings: Settings;
  onChange(next: Settings, message: string): Promise<string | null> | void;
}

const NEW = '__new__';

export function KeywordEditor({ settings, onChange }: KeywordEditorProps) {
  const [phrase, setPhrase] = useState('');
  const [chosen, setCategory] = useState<string>(() => defaultKeywordCategory(settings.userCategories) ?? NEW);
  // The chosen category may have been removed since (or undone away): fall back to the default, never to a
  // category that no longer exists.
  const known = chosen === NEW || (CATEGORIES as readonly string[]).includes(chosen) || settings.userCategories.some((c) => c.id === chosen);
  const category = known ? chosen : (defaultKeywordCategory(settings.userCategories) ?? NEW);
  const [newName, setNewName] = useState(() => (settings.userCategories.length ? '' : t('settings_defaultCategoryName')));
  const [newColour, setNewColour] = useState(DEFAULT_USER_COLOUR);
  const [severity, setSeverity] = useState<string>(DEFAULT_KEYWORD_SEVERITY);
  const [note, setNote] = useState('');
  const status = useSection('keywords');

  /** The settings and keyword this form would save, or the field at fault. */
  const build = (): { next: Settings; keyword: UserKeyword } | { field: string; error: string } => {
    let userCategories = settings.userCategories;
    let categoryId = category;
    if (category === NEW) {
      const name = newName.trim();
      if (!name) return { field: 'categoryName', error: t('options_categoryNameEmpty') };
      if (name.length > MAX_CATEGORY_NAME_LENGTH) return { field: 'categoryName', error: t('settings_nameTooLong', [name.length.toLocaleString('en'), MAX_CATEGORY_NAME_LENGTH]) };
      const id = userCategoryId(name);
      const existing = userCategories.find((c) => c.id === id);
      if (!existing) userCategories = [...userCategories, { id, name, colour: newColour, enabled: true } satisfies UserCategory];
      categoryId = id;
    }
    const withCategory = { ...settings, userCategories };
    const checked = checkKeyword({ phrase, category: categoryId, severity, note }, withCategory);
    if (!checked.ok) return checked;
    return { next: { ...withCategory, keywords: [...settings.keywords, checked.value] }, keyword: checked.value };
  };

  const built = phrase.trim() ? build() : null;
  const draft = built && 'keyword' in built ? built.keyword : null;

  const add = async (event: Event) => {
    event.preventDefault();
    const result = build();
    if ('error' in result) return status.fail(result.error, result.field);
    // onChange says how it went in this section's status line, success or failure.
    const failure = await onChange(result.next, t('options_keywordAdded', result.keyword.phrase));
    if (failure) return;
    setPhrase('');
    setNote('');
    setNewName('');
    if (category === NEW) setCategory(result.keyword.category);
  };

  const described = status.field;
  return (
    <section aria-labelledby="keywords-title">
      <h2 id="keywords-title">{t('options_keywordsTitle')}</h2>
      <p class="hint">{t('options_keywordsHint')}</p>
      <KeywordList settings={settings} onChange={(next, message) => void onChange(next, message)} />
      <form class="keyword-form card" onSubmit={add} noValidate>
        <div class="field">
          <label for="kw-phrase">{t('options_phrase')}</label>
          <input id="kw-phrase" type="text" value={phrase} onInput={(e) => setPhrase(e.currentTarget.value)} {...described('phrase')} />
        </div>
        <div class="field">
          <label for="kw-category">{t('options_category')}</label>
          <select id="kw-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)} {...described('category')}>
            {[...CATEGORIES, ...settings.userCategories.map((c) => c.id)].map((c) => (
              <option key={c} value={c}>
                {categoryName(c, settings.userCategories)}
              </option>
            ))}
            <option value={NEW}>{t('options_newCategory')}</option>
          </select>
        </div>
        {category === NEW && (
          <div class="field new-category">
            <label for="kw-category-name">{t('options_newCategoryName')}</label>
            <input id="kw-category-name" type="text" value={newName} onInput={(e) => setNewName(e.currentTarget.value)} {...described('categoryName')} />
            <label for="kw-category-colour">{t('options_newCategoryColour')}</label>
            <input id="kw-category-colour" type="color" value={newColour} onInput={(e) => setNewColour(e.currentTarget.value)} />
          </div>
        )}
        <div class="field">
          <label for="kw-severity">{t('options_severity')}</label>
          <select id="kw-severity" value={severity} onChange={(e) => setSeverity(e.currentTarget.value)} {...described('severity')}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityName(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="kw-note">{t('options_note')}</label>
          <input id="kw-note" type="text" value={note} placeholder={t('options_notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} {...described('note')} />
        </div>
        <button type="submit" class="primary">
          {t('options_addKeyword')}
        </button>
        <SectionStatus section="keywords" />
      </form>
      <TryIt settings={settings} draft={draft} />
    </section>
  );
}
