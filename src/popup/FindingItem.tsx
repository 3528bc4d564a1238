// One clause in the list: a button, so a click or Enter scrolls the page to it. A sentence with several
// categories is one card with a chip for each.
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from './CategoryChip';
import { severityName } from './labels';
import type { ClauseCard } from './groups';

export interface FindingItemProps {
  card: ClauseCard;
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
}

/** The first words of a clause, enough to recognise it on the page. */
export function firstWords(text: string, count = 14): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

export function FindingItem({ card, userCategories, onShow }: FindingItemProps) {
  const lead = card.findings[0]!;
  const quoteId = `finding-${card.index}-quote`;
  return (
    <li class={`finding severity-${card.severity}`} data-category={lead.category} data-categories={card.findings.map((f) => f.category).join(' ')}>
      <button type="button" class="finding-button" onClick={() => onShow(card.index)} aria-describedby={quoteId}>
        <span class="finding-head">
          <span class="finding-chips">
            {card.findings.map((f) => (
              <CategoryChip key={f.category} category={f.category} userCategories={userCategories} />
            ))}
          </span>
          <span class="severity">{severityName(card.severity)}</span>
        </span>
        <span class="explanation">{lead.explanation}</span>
        <q id={quoteId} class="quote">
          {firstWords(lead.text)}
        </q>
        <span class="visually-hidden">{t('popup_showInPage')}</span>
      </button>
    </li>
  );
}
