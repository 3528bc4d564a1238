// "Forget everything": one button (with a confirm step) that asks the background to clear all stored data,
// dynamic content scripts and granted site access, then reloads the options page so it shows the defaults.
import { useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';

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
        setState({ error: `Some data could not be removed: ${result.errors.join('; ')}` });
        return;
      }
      history.replaceState(null, '', DONE_HASH);
      reload();
    } catch (error) {
      setState({ error: `Could not forget: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section class="forget-everything" aria-labelledby="forget-everything-title">
      <h2 id="forget-everything-title">Forget everything</h2>
      <p>
        Removes your settings and keywords, every saved report and terms snapshot, automatic-scanning
        registrations and the site access you granted. Fine Print starts again from its defaults.
      </p>
      {state === 'confirming' ? (
        <p>
          <button type="button" data-action="forget-confirm" onClick={() => void forget()}>
            Yes, forget everything
          </button>{' '}
          <button type="button" onClick={() => setState('idle')}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" data-action="forget" disabled={state === 'working'} onClick={() => setState('confirming')}>
          {state === 'working' ? 'Forgetting…' : 'Forget everything'}
        </button>
      )}
      {typeof state === 'object' && <p role="alert">{state.error}</p>}
      {done && state === 'idle' && <p role="status">Done: Fine Print has forgotten everything it kept.</p>}
    </section>
  );
}
