// Something went wrong: what happened in plain words and the one action that helps (or none, where nothing
// the user can do here would). The browser's own error text stays behind a "Details" toggle.
import { t } from '../shared/i18n';
import { canRetry, errorKind, type ErrorKind } from './error-kinds';

export interface ErrorViewProps {
  /** The raw error (shown only under "Details"), or our own plain message for `no-answer` / `no-tab`. */
  message: string;
  /** Set when the popup already knows the kind (no tab, the page never answered). */
  kind?: ErrorKind;
  /** The page's address, when known: a browser page is told apart by it. */
  url?: string;
  onRetry?: () => void;
}

const PLAIN: Record<ErrorKind, { text: string; hint: string }> = {
  'browser-page': { text: 'settings_errorBrowserPage', hint: 'settings_errorBrowserPageHint' },
  'no-access': { text: 'settings_errorNoAccess', hint: 'settings_errorNoAccessHint' },
  'error-page': { text: 'settings_errorErrorPage', hint: 'settings_errorErrorPageHint' },
  'tab-gone': { text: 'settings_errorTabGone', hint: 'settings_errorTabGoneHint' },
  'no-answer': { text: 'settings_errorNoAnswer', hint: 'settings_errorNoAnswerHint' },
  'no-tab': { text: 'popup_noTab', hint: 'settings_errorTabGoneHint' },
  failed: { text: 'settings_errorFailed', hint: 'settings_errorFailedHint' },
};

export function ErrorView({ message, kind, url, onRetry }: ErrorViewProps) {
  const which = kind ?? errorKind(message, url);
  const plain = PLAIN[which];
  // Our own messages are already plain words; only a browser's raw text goes behind the toggle.
  const raw = kind === undefined && message.trim() !== '';
  return (
    <div class="state" data-state="error" data-error-kind={which} role="alert">
      <p class="headline" data-testid="error">
        {t(plain.text)}
      </p>
      <p class="hint">{t(plain.hint)}</p>
      {onRetry && canRetry(which) && (
        <button type="button" class="primary" onClick={onRetry}>
          {t('popup_tryAgain')}
        </button>
      )}
      {raw && (
        <details class="error-details">
          <summary>{t('settings_errorDetails')}</summary>
          <p class="error-detail" data-testid="error-raw">
            {message}
          </p>
        </details>
      )}
    </div>
  );
}
