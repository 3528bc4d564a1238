// "What changed": every document terms memory remembers, with its history; forget one or all.
import { useEffect, useState } from 'preact/hooks';
import type { RememberedDocument } from '../core/memory/index';
import { MAX_DOCUMENTS } from '../core/memory/index';
import { sendToBackground } from '../shared/messaging';
import { t } from '../shared/i18n';
import { DocumentHistory } from './DocumentHistory';

export function App() {
  const [docs, setDocs] = useState<RememberedDocument[] | null>(null);
  const load = () => void sendToBackground('history/list', {}).then(setDocs, () => setDocs([]));
  useEffect(load, []);

  const forget = async (key?: string) => {
    await sendToBackground('history/forget', key === undefined ? {} : { key });
    load();
  };

  return (
    <main style={{ maxWidth: '46rem', margin: '1.5rem auto', padding: '0 1rem' }}>
      <h1>{t('memory_historyHeading')}</h1>
      <p>{t('memory_historyIntro', String(MAX_DOCUMENTS))}</p>
      {docs === null && <p>…</p>}
      {docs?.length === 0 && <p data-testid="history-empty">{t('memory_historyEmpty')}</p>}
      {docs && docs.length > 0 && (
        <>
          {docs.map((doc) => (
            <DocumentHistory key={doc.key} doc={doc} onForget={(key) => void forget(key)} />
          ))}
          <p>
            <button type="button" data-testid="history-forget-all" onClick={() => void forget()}>
              {t('memory_forgetAll')}
            </button>
          </p>
        </>
      )}
    </main>
  );
}
