// "Says vs. signals": beside the terms, what the site declares to machines about AI. Meta tags are read at
// once with no request; robots.txt and tdmrep.json are fetched (same site only) when the user clicks.
import { useEffect, useState } from 'preact/hooks';
import type { SignalsResponse } from '../../core/signals/index';
import { sendToBackground } from '../../shared/messaging';
import type { TabReport } from '../../shared/report';
import { t } from '../../shared/i18n';
import { CheckedSignalsView, PageSignalsList } from './SignalsView';

export interface SignalsPanelProps {
  tab: TabReport;
}

export function SignalsPanel({ tab }: SignalsPanelProps) {
  const [result, setResult] = useState<SignalsResponse | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let alive = true;
    void sendToBackground('popup/read-signals', { tabId: tab.tabId }).then(
      (next) => alive && setResult((current) => (current?.ok && current.signals.checked ? current : next)),
      (error: unknown) => alive && setResult({ ok: false, error: String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [tab.tabId, tab.updatedAt]);

  const check = async () => {
    setChecking(true);
    try {
      setResult(await sendToBackground('popup/check-signals', { tabId: tab.tabId }));
    } catch (error) {
      setResult({ ok: false, error: String(error) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <section class="signals" data-testid="signals" aria-labelledby="signals-heading">
      <h2 id="signals-heading">{t('signals_heading')}</h2>
      {result === null && <p>…</p>}
      {result && !result.ok && <p data-testid="signals-error">{t('signals_error', result.error)}</p>}
      {result?.ok && (
        <>
          {result.signals.contradictions.map((sentence) => (
            <p key={sentence} data-testid="signals-contradiction" role="note" style={{ fontWeight: 600 }}>
              ⚠ {sentence}
            </p>
          ))}
          <PageSignalsList signals={result.signals} />
          <CheckedSignalsView signals={result.signals} />
        </>
      )}
      {!(result?.ok && result.signals.checked) && (
        <>
          <button type="button" data-testid="signals-check" disabled={checking} onClick={() => void check()}>
            {t(checking ? 'signals_checking' : 'signals_check')}
          </button>
          <p style={{ fontSize: '0.85em', color: 'var(--muted, #667085)' }}>{t('signals_checkNote')}</p>
        </>
      )}
    </section>
  );
}
