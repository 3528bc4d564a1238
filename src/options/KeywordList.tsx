// The user's keywords, each removable (an Undo follows in the status line).
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from '../popup/CategoryChip';
import { severityName } from '../popup/labels';

export interface KeywordListProps {
  settings: Settings;
  onChange(next: Settings, message: string): void;
}

export function KeywordList({ settings, onChange }: KeywordListProps) {
  if (!settings.keywords.length) return <p class="hint">{t('options_noKeywords')}</p>;
  return (
    <ul class="keywords" data-testid="keywords" aria-label={t('options_yourKeywords')}>
      {settings.keywords.map((k) => (
        <li key={k.id}>
          <span class="phrase">“{k.phrase}”</span>
          <CategoryChip category={k.category} userCategories={settings.userCategories} />
          <span class="severity">{severityName(k.severity)}</span>
          {k.note && <span class="hint">{k.note}</span>}
          <button
            type="button"
            class="link danger"
            aria-label={t('options_removeKeyword', k.phrase)}
            onClick={() => onChange({ ...settings, keywords: settings.keywords.filter((x) => x.id !== k.id) }, t('options_keywordRemoved', k.phrase))}
          >
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
