// "Forget everything": one button (with a confirm step) that asks the background to clear all stored data,
// dynamic content scripts and granted site access, then reloads the options page so it shows the defaults.
import { useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { t } from '../shared/i18n';

/** The page reloads after forgetting; this hash tells the new page to say that it worked. */
const DONE_HASH = '#forgotten';

export type ForgetEverythingProps = { reload?: () => void };

type State = 'idle' | 'confirming' | 'working' | { error: string };

export function ForgetEverything({ reload = () => location.reload() }: ForgetEverythingProps) {
  const [state, setState] = useState<State>('idle');
  const [done] = useState(() => location.hash === DONE_HASH);

  const forget = async () => {
    setState('working');
    try {
      const result = await sendToBackground('options/forget-everything', {});
      if (!result.ok) {
        setState({ error: t('options_forgetPartial', result.errors.join('; ')) });
        return;
      }
      history.replaceState(null, '', DONE_HASH);
      reload();
    } catch (error) {
      setState({ error: t('options_forgetFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section class="forget-everything" aria-labelledby="forget-everything-title">
      <h2 id="forget-everything-title">{t('options_forgetTitle')}</h2>
      <p>{t('options_forgetExplain')}</p>
      {state === 'confirming' ? (
        <p>
          <button type="button" data-action="forget-confirm" onClick={() => void forget()}>
            {t('options_forgetConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setState('idle')}>
            {t('options_forgetCancel')}
          </button>
        </p>
      ) : (
        <button type="button" data-action="forget" disabled={state === 'working'} onClick={() => setState('confirming')}>
          {state === 'working' ? t('options_forgetWorking') : t('options_forgetButton')}
        </button>
      )}
      {/* One status line: the latest outcome replaces the one before. */}
      <p role="status" data-testid="status-forget" class={typeof state === 'object' ? 'error' : undefined}>
        {typeof state === 'object' ? state.error : done && state === 'idle' ? t('options_forgetDone') : ''}
      </p>
    </section>
  );
}
