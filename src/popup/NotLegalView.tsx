// The page does not look like terms: say so, and let the user scan it anyway.
import { t } from '../shared/i18n';

export interface NotLegalViewProps {
  onScanAnyway(): void;
}

export function NotLegalView({ onScanAnyway }: NotLegalViewProps) {
  return (
    <div class="state" data-state="not-legal">
      <p class="headline">{t('popup_notLegal')}</p>
      <p class="hint">{t('popup_notLegalHint')}</p>
      <button type="button" class="primary" onClick={onScanAnyway}>
        {t('popup_scanAnyway')}
      </button>
    </div>
  );
}
