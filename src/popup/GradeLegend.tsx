// What A to E mean, behind a disclosure so it costs one line: a native <details>, so it opens with the
// keyboard and screen readers announce it as expandable without any script of ours. The current grade is marked
// in words as well as weight.
import type { Grade } from '../core/types';
import { t } from '../shared/i18n';

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

export interface GradeLegendProps {
  current: Grade;
}

export function GradeLegend({ current }: GradeLegendProps) {
  return (
    <details class="grade-legend" data-testid="grade-legend">
      <summary>{t('popup_legendTitle')}</summary>
      <ul>
        {GRADES.map((grade) => (
          <li key={grade} data-grade={grade} aria-current={grade === current ? 'true' : undefined}>
            <span class={`legend-letter grade-${grade}`}>{grade}</span>
            <span>{t(`popup_grade${grade}`)}</span>
          </li>
        ))}
      </ul>
      <p class="hint">{t('popup_legendHow')}</p>
    </details>
  );
}
