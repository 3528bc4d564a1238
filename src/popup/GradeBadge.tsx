// The grade as a coloured letter with its meaning spelled out for screen readers.
import type { Grade } from '../core/types';
import { t } from '../shared/i18n';

export interface GradeBadgeProps {
  grade: Grade;
}

export function GradeBadge({ grade }: GradeBadgeProps) {
  return (
    <div class={`grade grade-${grade}`} data-testid="grade" role="img" aria-label={t('popup_gradeLabel', [grade, t(`popup_grade${grade}`)])}>
      <span aria-hidden="true">{grade}</span>
    </div>
  );
}
