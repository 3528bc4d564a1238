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
  // A long paste is not cut short behind the user's back: it is refused with its length, and nothing is tried.
  const tooLong = sample.length > MAX_SAMPLE_LENGTH;
  const findings = useMemo(() => {
    if (tooLong) return [];
    const options = analyzeOptionsFrom(settings);
    const keywords = draft ? [...options.keywords, draft] : options.keywords;
    const categories = draft && !options.categories.includes(draft.category) ? [...options.categories, draft.category] : options.categories;
    return analyze(sample, { categories, keywords }).findings;
  }, [sample, settings, draft, tooLong]);
  return (
    <div class="try-it card">
      <label for="try-it-sample">{t('options_tryItLabel')}</label>
      <textarea id="try-it-sample" rows={3} value={sample} onInput={(e) => setSample(e.currentTarget.value)} aria-describedby="try-it-result" aria-invalid={tooLong || undefined} />
      <div id="try-it-result" aria-live="polite" data-testid="try-it-result">
        {tooLong ? (
          <p class="error">{t('settings_sampleTooLong', [sample.length.toLocaleString('en'), MAX_SAMPLE_LENGTH.toLocaleString('en')])}</p>
        ) : findings.length === 0 ? (
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
