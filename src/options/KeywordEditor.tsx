// Add a keyword: phrase, category (built-in or a new one of the user's, with a name and colour), severity
// and note. Problems are shown beside the field; the list is saved only when everything is right.
import { useState } from 'preact/hooks';
import { CATEGORIES, type UserKeyword } from '../core/types';
import { MAX_PHRASE_LENGTH } from '../core/keywords';
import { MAX_CATEGORY_NAME_LENGTH, MAX_NOTE_LENGTH, SEVERITIES, checkKeyword, userCategoryId, type Settings, type UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { categoryName, severityName } from '../popup/labels';
import { FieldError } from './FieldError';
import { KeywordList } from './KeywordList';
import { TryIt } from './TryIt';

export interface KeywordEditorProps {
  settings: Settings;
  onChange(next: Settings, message: string): Promise<string | null> | void;
}

const NEW = '__new__';

export function KeywordEditor({ settings, onChange }: KeywordEditorProps) {
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<string>('ai-training');
  const [newName, setNewName] = useState('');
  const [newColour, setNewColour] = useState('#7c3aed');
  const [severity, setSeverity] = useState<string>('high');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  /** The settings and keyword this form would save, or the field at fault. */
  const build = (): { next: Settings; keyword: UserKeyword } | { field: string; error: string } => {
    let userCategories = settings.userCategories;
    let categoryId = category;
    if (category === NEW) {
      const name = newName.trim();
      if (!name) return { field: 'categoryName', error: t('options_categoryNameEmpty') };
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
    if ('error' in result) {
      setErrors({ [result.field]: result.error });
      return;
    }
    const failure = await onChange(result.next, t('options_keywordAdded', result.keyword.phrase));
    if (failure) {
      setErrors({ phrase: failure });
      return;
    }
    setErrors({});
    setPhrase('');
    setNote('');
    setNewName('');
    if (category === NEW) setCategory(result.keyword.category);
  };

  const described = (field: string) => ({ 'aria-describedby': `kw-${field}-error`, 'aria-invalid': errors[field] ? true : undefined });
  return (
    <section aria-labelledby="keywords-title">
      <h2 id="keywords-title">{t('options_keywordsTitle')}</h2>
      <p class="hint">{t('options_keywordsHint')}</p>
      <KeywordList settings={settings} onChange={(next, message) => void onChange(next, message)} />
      <form class="keyword-form card" onSubmit={add} noValidate>
        <div class="field">
          <label for="kw-phrase">{t('options_phrase')}</label>
          <input id="kw-phrase" type="text" value={phrase} maxLength={MAX_PHRASE_LENGTH * 2} onInput={(e) => setPhrase(e.currentTarget.value)} {...described('phrase')} />
          <FieldError id="kw-phrase-error" message={errors.phrase} />
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
          <FieldError id="kw-category-error" message={errors.category} />
        </div>
        {category === NEW && (
          <div class="field new-category">
            <label for="kw-category-name">{t('options_newCategoryName')}</label>
            <input id="kw-category-name" type="text" value={newName} maxLength={MAX_CATEGORY_NAME_LENGTH} onInput={(e) => setNewName(e.currentTarget.value)} {...described('categoryName')} />
            <label for="kw-category-colour">{t('options_newCategoryColour')}</label>
            <input id="kw-category-colour" type="color" value={newColour} onInput={(e) => setNewColour(e.currentTarget.value)} />
            <FieldError id="kw-categoryName-error" message={errors.categoryName} />
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
          <FieldError id="kw-severity-error" message={errors.severity} />
        </div>
        <div class="field">
          <label for="kw-note">{t('options_note')}</label>
          <input id="kw-note" type="text" value={note} maxLength={MAX_NOTE_LENGTH} placeholder={t('options_notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} {...described('note')} />
          <FieldError id="kw-note-error" message={errors.note} />
        </div>
        <button type="submit" class="primary">
          {t('options_addKeyword')}
        </button>
      </form>
      <TryIt settings={settings} draft={draft} />
    </section>
  );
}
