// Something went wrong: what happened, in the browser's words, and what to try.
import { t } from '../shared/i18n';

export interface ErrorViewProps {
  message: string;
  onRetry?: () => void;
}

/** Browser pages (new tab, settings, the web store) cannot be read by any extension: say that plainly. */
export function adviceFor(message: string): string {
  if (/chrome:|edge:|about:|moz-extension|chrome-extension|extensions gallery|webstore|cannot be scripted|cannot access/i.test(message)) {
    return t('popup_errorBrowserPage');
  }
  return t('popup_errorTryAgain');
}

export function ErrorView({ message, onRetry }: ErrorViewProps) {
  return (
    <div class="state" data-state="error" role="alert">
      <p class="headline">{t('popup_errorTitle')}</p>
      <p class="error-detail" data-testid="error">
        {message}
      </p>
      <p class="hint">{adviceFor(message)}</p>
      {onRetry && (
        <button type="button" class="primary" onClick={onRetry}>
          {t('popup_tryAgain')}
        </button>
      )}
    </div>
  );
}
