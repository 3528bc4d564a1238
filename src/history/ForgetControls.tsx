// "Forget everything remembered" asks first, and every forget can be undone for a while: the page keeps the
// forgotten documents in memory until the undo expires or the page closes, and Undo writes them back.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

export interface PendingUndo {
  message: string;
  count: number;
}

export interface ForgetControlsProps {
  count: number;
  confirming: boolean;
  undo: PendingUndo | null;
  onAsk(): void;
  onCancel(): void;
  onConfirm(): void;
  onUndo(): void;
  status: string;
}

export function ForgetControls({ count, confirming, undo, onAsk, onCancel, onConfirm, onUndo, status }: ForgetControlsProps) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  return (
    <>
      {count > 0 && !confirming && (
        <p>
          <button type="button" class="danger" data-testid="history-forget-all" onClick={onAsk}>
            {t('memory_forgetAll')}
          </button>
        </p>
      )}
      {confirming && (
        <div class="warning" role="group" aria-labelledby="forget-confirm-text" data-testid="history-confirm">
          <p id="forget-confirm-text" style={{ margin: '0 0 0.4rem' }}>
            {t('memory_forgetAllConfirm', String(count))}
          </p>
          <div class="row">
            <button type="button" class="primary" ref={confirmButton} data-testid="history-confirm-yes" onClick={onConfirm}>
              {t('memory_forgetAllYes')}
            </button>
            <button type="button" data-testid="history-confirm-no" onClick={onCancel}>
              {t('memory_forgetAllNo')}
            </button>
          </div>
        </div>
      )}
      <p role="status" data-testid="history-status" style={{ minHeight: '1.6em' }}>
        {undo ? undo.message : status}{' '}
        {undo && (
          <button type="button" class="link" data-testid="history-undo" onClick={onUndo}>
            {t('memory_undo')}
          </button>
        )}
      </p>
    </>
  );
}
