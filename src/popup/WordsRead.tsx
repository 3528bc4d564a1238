// How much text the scan read, shown in every finished state, so a verdict can be weighed ("Read 5,784 words").
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';

export interface WordsReadProps {
  words: number;
}

export function WordsRead({ words }: WordsReadProps) {
  const count = new Intl.NumberFormat(browser.i18n.getUILanguage()).format(words);
  return (
    <p class="words-read" data-testid="words-read" data-words={words}>
      {words === 1 ? t('popup_verdictWordsReadOne') : t('popup_verdictWordsRead', count)}
    </p>
  );
}
