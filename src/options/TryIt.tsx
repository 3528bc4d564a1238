// "Try it": runs the real classifier with the user's keywords (and the one being typed) on a sample
// sentence, so they see what would be highlighted before visiting a page.
import { useMemo, useState } from 'preact/hooks';
import { analyze, type UserKeyword } from '../core/index';
import { analyzeOptionsFrom, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from '../popup/CategoryChip';
import { attrName } from '../popup/labels';

export interface TryItProps {
  settings: Settings;
  /** The keyword being typed, if it is valid so far. */
  draft?: UserKeyword | null;
}

export const MAX_SAMPLE_LENGTH = 2000;

export function TryIt({ settings, draft }: TryItProps) {
  const [sample, setSample] = useState(t('options_tryItSample'));
  const findings = useMemo(() => {
    const options = analyzeOptionsFrom(settings);
    const keywords = draft ? [...options.keywords, draft] : options.keywords;
    const categories = draft && !options.categories.includes(draft.category) ? [...options.categories, draft.category] : options.categories;
    return analyze(sample, { categories, keywords }).findings;
  }, [sample, settings, draft]);
  return (
    <div class="try-it card">
      <label for="try-it-sample">{t('options_tryItLabel')}</label>
      <textarea id="try-it-sample" rows={3} maxLength={MAX_SAMPLE_LENGTH} value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
      <div aria-live="polite" data-testid="try-it-result">
        {findings.length === 0 ? (
          <p class="hint">{t('options_tryItNothing')}</p>
        ) : (
          <ul class="chips">
            {findings.map((f, i) => (
              <li key={i}>
                <CategoryChip category={f.category} userCategories={settings.userCategories} />{' '}
                <span class="hint">{f.rule.startsWith('keyword:') ? t('options_tryItKeyword', keywordPhrase(f.rule, settings, draft)) : t('options_tryItRule')}</span>
                {f.attrs.length > 0 && <span class="hint" data-testid="try-it-attrs"> · {f.attrs.map(attrName).join(', ')}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function keywordPhrase(rule: string, settings: Settings, draft?: UserKeyword | null): string {
  const id = rule.slice('keyword:'.length);
  return (draft?.id === id ? draft.phrase : settings.keywords.find((k) => k.id === id)?.phrase) ?? id;
}
