// "If something goes wrong": one line per tier-2 category found (arbitration, liability, termination ...),
// below the AI and licence story, each with what its clauses add (no reason needed, a cap, a class-action
// waiver) and a button that scrolls the page to its first clause.
import { TIER2_CATEGORIES, type Finding, type Tier2Category } from '../core/types';
import { t } from '../shared/i18n';
import { CategoryChip } from './CategoryChip';

export interface TroubleSectionProps {
  findings: readonly Finding[];
  onShow(index: number): void;
}

export interface TroubleLine {
  category: Tier2Category;
  /** Index of the category's first clause in `findings`. */
  first: number;
  count: number;
  attrs: Set<string>;
  cap?: string;
}

/** The tier-2 categories found, in taxonomy order, with the attributes their clauses carry. */
export function troubleLines(findings: readonly Finding[]): TroubleLine[] {
  const lines: TroubleLine[] = [];
  for (const category of TIER2_CATEGORIES) {
    const first = findings.findIndex((f) => f.category === category);
    if (first < 0) continue;
    const mine = findings.filter((f) => f.category === category);
    const attrs = new Set(mine.flatMap((f) => f.attrs));
    const cap = [...attrs].find((a) => a.startsWith('cap:'))?.slice(4);
    lines.push({ category, first, count: mine.length, attrs, cap });
  }
  return lines;
}

/** The plain-words extras of a line: what makes this clause worse for you. */
function extras(line: TroubleLine): string[] {
  const out: string[] = [];
  if (line.attrs.has('class-action-waiver')) out.push(t('popup_troubleClassAction'));
  if (line.attrs.has('opt-out-window')) out.push(t('popup_troubleOptOut'));
  if (line.attrs.has('cap')) out.push(line.cap ? t('popup_troubleCap', line.cap) : t('popup_troubleCapUnknown'));
  if (line.attrs.has('without-reason')) out.push(t('popup_troubleWithoutReason'));
  if (line.attrs.has('without-notice')) out.push(t('popup_troubleWithoutNotice'));
  return out;
}

export function TroubleSection({ findings, onShow }: TroubleSectionProps) {
  const lines = troubleLines(findings);
  if (lines.length === 0) return null;
  return (
    <section class="trouble" aria-labelledby="trouble-title" data-testid="trouble">
      <h2 id="trouble-title">{t('popup_troubleTitle')}</h2>
      <p class="hint">{t('popup_troubleHint')}</p>
      <ul class="trouble-lines findings">
        {lines.map((line) => (
          <li key={line.category} class="trouble-line" data-category={line.category}>
            <button type="button" class="finding-button" onClick={() => onShow(line.first)}>
              <span class="finding-head">
                <CategoryChip category={line.category} count={line.count} />
              </span>
              <span class="explanation">{[t(`popup_trouble_${line.category.replace(/-/g, '_')}`), ...extras(line)].join(' ')}</span>
              <span class="visually-hidden">{t('popup_showInPage')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
