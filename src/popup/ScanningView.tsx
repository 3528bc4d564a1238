// A scan in progress; long pages report how far they have got.
import { t } from '../shared/i18n';

export interface ScanningViewProps {
  /** 0..1, or undefined before the page has said anything. */
  progress?: number;
}

export function ScanningView({ progress }: ScanningViewProps) {
  const percent = progress === undefined ? undefined : Math.round(progress * 100);
  return (
    <div class="state" data-state="scanning" role="status">
      <p class="headline">{t('popup_scanning')}</p>
      <progress max={100} value={percent} aria-label={t('popup_scanProgress')} />
      {percent !== undefined && <p class="hint">{t('popup_scanPercent', percent)}</p>}
    </div>
  );
}
