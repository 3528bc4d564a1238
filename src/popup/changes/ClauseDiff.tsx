// One clause in the change report, once: its old and new wording side by side with the changed words marked
// (<del> struck through, <ins> underlined: the marks read without colour), what it gained or lost, and the
// categories it now counts under.
import type { ClauseChange, ClausePrint } from '../../core/memory/index';
import { wordDiff, type WordPart } from '../../core/memory/index';
import { t } from '../../shared/i18n';
import { attrName } from '../labels';

export interface ClauseDiffProps {
  kind: 'added' | 'removed' | 'changed';
  before?: ClausePrint;
  after?: ClausePrint;
  change?: ClauseChange;
  beforeLabel: string;
  afterLabel: string;
}

const SIDE = { margin: 0, padding: '0.35rem 0.45rem', borderRadius: '6px', background: 'var(--card, #f2f4f7)', fontSize: '0.88em' };

export function ClauseDiff({ kind, before, after, change, beforeLabel, afterLabel }: ClauseDiffProps) {
  const clause = (after ?? before)!;
  const words = before && after && before.text !== after.text ? wordDiff(before.text, after.text) : null;
  const notes = [
    ...(change?.attrsAdded.length ? [t('memory_attrsAdded', change.attrsAdded.map(attrName).join(', '))] : []),
    ...(change?.attrsRemoved.length ? [t('memory_attrsRemoved', change.attrsRemoved.map(attrName).join(', '))] : []),
    ...(change?.categoriesAdded.length ? [t('memory_categoriesAdded', change.categoriesAdded.map(categoryLabel).join(', '))] : []),
    ...(change?.categoriesRemoved.length ? [t('memory_categoriesRemoved', change.categoriesRemoved.map(categoryLabel).join(', '))] : []),
  ];
  return (
    <li class={`clause-diff clause-${kind}`} data-kind={kind} data-category={clause.category} data-categories={clause.categories.join(' ')}>
      <p style={{ margin: '0.2rem 0', fontWeight: 600 }}>
        {t(`memory_${kind}`)} · {clause.categories.map(categoryLabel).join(' + ')}
        {notes.map((note) => (
          <span key={note}> · {note}</span>
        ))}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0.4rem' }}>
        <figure style={{ margin: 0 }} data-side="before">
          <figcaption style={{ fontSize: '0.8em', color: 'var(--muted, #667085)' }}>{beforeLabel}</figcaption>
          {before ? <blockquote style={SIDE}>{words ? <Marked parts={words.before} /> : before.text}</blockquote> : <p style={SIDE}><em>{t('memory_notBefore')}</em></p>}
        </figure>
        <figure style={{ margin: 0 }} data-side="after">
          <figcaption style={{ fontSize: '0.8em', color: 'var(--muted, #667085)' }}>{afterLabel}</figcaption>
          {after ? <blockquote style={SIDE}>{words ? <Marked parts={words.after} /> : after.text}</blockquote> : <p style={SIDE}><em>{t('memory_goneNow')}</em></p>}
        </figure>
      </div>
    </li>
  );
}

function Marked({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.kind === 'removed' ? <del key={i}>{part.text}</del> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.text))}
    </>
  );
}

/** The shared category names (common_category_*); a user's own category shows its name. */
export function categoryLabel(category: string): string {
  if (category.startsWith('user:')) return category.slice(5);
  return t(`common_category_${category.replace(/-/g, '_')}`);
}
