// One changed clause: its old and new wording side by side, with what was added or taken away.
import type { FindingPrint } from '../../core/memory/index';
import { t } from '../../shared/i18n';
import { attrName } from '../labels';

export interface ClauseDiffProps {
  kind: 'added' | 'removed' | 'changed';
  before?: FindingPrint;
  after?: FindingPrint;
  attrsAdded?: string[];
  attrsRemoved?: string[];
  beforeLabel: string;
  afterLabel: string;
}

const SIDE = { margin: 0, padding: '0.35rem 0.45rem', borderRadius: '6px', background: 'var(--card, #f2f4f7)', fontSize: '0.88em' };

export function ClauseDiff({ kind, before, after, attrsAdded = [], attrsRemoved = [], beforeLabel, afterLabel }: ClauseDiffProps) {
  const category = (after ?? before)!.category;
  return (
    <li class={`clause-diff clause-${kind}`} data-kind={kind} data-category={category}>
      <p style={{ margin: '0.2rem 0', fontWeight: 600 }}>
        {t(`memory_${kind}`)} · {categoryLabel(category)}
        {attrsAdded.length > 0 && <span> · {t('memory_attrsAdded', attrsAdded.map(attrName).join(', '))}</span>}
        {attrsRemoved.length > 0 && <span> · {t('memory_attrsRemoved', attrsRemoved.map(attrName).join(', '))}</span>}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0.4rem' }}>
        <figure style={{ margin: 0 }} data-side="before">
          <figcaption style={{ fontSize: '0.8em', color: 'var(--muted, #667085)' }}>{beforeLabel}</figcaption>
          {before ? <blockquote style={SIDE}>{before.text}</blockquote> : <p style={SIDE}><em>{t('memory_notBefore')}</em></p>}
        </figure>
        <figure style={{ margin: 0 }} data-side="after">
          <figcaption style={{ fontSize: '0.8em', color: 'var(--muted, #667085)' }}>{afterLabel}</figcaption>
          {after ? <blockquote style={SIDE}>{after.text}</blockquote> : <p style={SIDE}><em>{t('memory_goneNow')}</em></p>}
        </figure>
      </div>
    </li>
  );
}

/** The shared category names (common_category_*); a user's own category shows its name. */
export function categoryLabel(category: string): string {
  if (category.startsWith('user:')) return category.slice(5);
  return t(`common_category_${category.replace(/-/g, '_')}`);
}
