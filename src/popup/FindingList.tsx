// The clauses, grouped by category in the order that matters to someone who uploads their work (groups.ts),
// each group collapsible with its count, page order inside it. The list opens on AI training (or, without
// any, on its first group).
import type { Finding } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { CategoryChip } from './CategoryChip';
import { FindingItem } from './FindingItem';
import { groupFindings } from './groups';

export interface FindingListProps {
  findings: readonly Finding[];
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
}

export function FindingList({ findings, userCategories, onShow }: FindingListProps) {
  const groups = groupFindings(findings);
  const cards = groups.reduce((n, g) => n + g.cards.length, 0);
  return (
    <section aria-labelledby="clauses-title" id="clauses">
      <h2 id="clauses-title">{t('popup_clausesTitle', cards)}</h2>
      <p class="hint">{t('popup_clausesHint')}</p>
      <div class="groups" data-testid="findings">
        {groups.map((group, i) => (
          <details key={group.category} class="group" data-group={group.category} open={i === 0}>
            <summary data-testid="group-summary">
              <CategoryChip category={group.category} userCategories={userCategories} count={group.cards.length} />
            </summary>
            <ol class="findings">
              {group.cards.map((card) => (
                <FindingItem key={card.index} card={card} userCategories={userCategories} onShow={onShow} />
              ))}
            </ol>
          </details>
        ))}
      </div>
    </section>
  );
}
