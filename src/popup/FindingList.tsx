// Every clause found, in page order.
import type { Finding } from '../core/types';
import type { UserCategory } from '../shared/settings';
import { t } from '../shared/i18n';
import { FindingItem } from './FindingItem';

export interface FindingListProps {
  findings: readonly Finding[];
  userCategories: readonly UserCategory[];
  onShow(index: number): void;
}

export function FindingList({ findings, userCategories, onShow }: FindingListProps) {
  return (
    <section aria-labelledby="clauses-title">
      <h2 id="clauses-title">{t('popup_clausesTitle', findings.length)}</h2>
      <p class="hint">{t('popup_clausesHint')}</p>
      <ol class="findings" data-testid="findings">
        {findings.map((f, i) => (
          <FindingItem key={`${f.start}-${f.rule}`} finding={f} index={i} userCategories={userCategories} onShow={onShow} />
        ))}
      </ol>
    </section>
  );
}
