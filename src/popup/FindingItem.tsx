// One clause in the list: a button, so a click or Enter scrolls the page to it.
import type { Finding } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from './CategoryChip';
import { severityName } from './labels';

export interface FindingItemProps {
  finding: Finding;
  index: number;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
}

/** The first words of a clause, enough to recognise it on the page. */
export function firstWords(text: string, count = 14): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

export function FindingItem({ finding, index, userCategories, onShow }: FindingItemProps) {
  return (
    <li class={`finding severity-${finding.severity}`} data-category={finding.category}>
      <button type="button" class="finding-button" onClick={() => onShow(index)} aria-describedby={`finding-${index}-quote`}>
        <span class="finding-head">
          <CategoryChip category={finding.category} userCategories={userCategories} />
          <span class="severity">{severityName(finding.severity)}</span>
        </span>
        <span class="explanation">{finding.explanation}</span>
        <q id={`finding-${index}-quote`} class="quote">
          {firstWords(finding.text)}
        </q>
        <span class="visually-hidden">{t('popup_showInPage')}</span>
      </button>
    </li>
  );
}
