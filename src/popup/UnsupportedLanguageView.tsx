// The terms are not in English: say which language was found and that Fine Print reads English for now. No grade.
import { t } from '../shared/i18n';
import { languageLabel } from '../shared/language-label';
import { WordsRead } from './WordsRead';

export interface UnsupportedLanguageViewProps {
  /** ISO 639-1 code of the language found. */
  language: string;
  words: number;
}

export function UnsupportedLanguageView({ language, words }: UnsupportedLanguageViewProps) {
  return (
    <div class="state" data-state="unsupported-language" data-language={language}>
      <p class="headline" data-testid="headline">
        {t('popup_verdictLanguageTitle', languageLabel(language))}
      </p>
      <p class="hint">{t('popup_verdictLanguageHint')}</p>
      <p class="hint">{t('popup_verdictLanguageTry')}</p>
      <WordsRead words={words} />
    </div>
  );
}
