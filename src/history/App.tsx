// "What changed": every document terms memory remembers, with the clauses of each version; forget one or all
// (forgetting all asks first), and undo either for UNDO_MS while this page stays open.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RememberedDocument } from '../core/memory/index';
import { MAX_DOCUMENTS } from '../core/memory/index';
import { sendToBackground } from '../shared/messaging';
import { t } from '../shared/i18n';
import { DocumentHistory } from './DocumentHistory';
import { ForgetControls, type PendingUndo } from './ForgetControls';
import { loadSettings } from '../shared/settings-store';
import type { UserCategory } from '../shared/settings';

export const UNDO_MS = 30_000;

export interface AppProps {
  undoMs?: number;
}

export function App({ undoMs = UNDO_MS }: AppProps) {
  const [docs, setDocs] = useState<RememberedDocument[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [status, setStatus] = useState('');
  /** The forgotten documents themselves: only in this page's memory, gone when it closes or the undo expires. */
  const kept = useRef<RememberedDocument[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const load = () => void sendToBackground('history/list', {}).then(setDocs, () => setDocs([]));
  const [userCategories, setUserCategories] = useState<readonly UserCategory[]>([]);
  useEffect(load, []);
  useEffect(() => void loadSettings().then((settings) => setUserCategories(settings.userCategories), () => undefined), []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const forget = async (gone: RememberedDocument[], key?: string) => {
    setConfirming(false);
    await sendToBackground('history/forget', key === undefined ? {} : { key });
    clearTimeout(timer.current);
    kept.current = gone;
    const message = gone.length === 1 ? t('memory_forgotOne', gone[0]!.title || gone[0]!.key) : t('memory_forgotAll', String(gone.length));
    setUndo({ message, count: gone.length });
    timer.current = setTimeout(() => {
      kept.current = [];
      setUndo(null);
      setStatus('');
    }, undoMs);
    load();
  };

  const restore = async () => {
    clearTimeout(timer.current);
    const docsBack = kept.current;
    kept.current = [];
    setUndo(null);
    const { restored } = await sendToBackground('history/restore', { docs: docsBack });
    setStatus(t('memory_restored', String(restored)));
    load();
  };

  return (
    <main style={{ maxWidth: '46rem', margin: '1.5rem auto', padding: '0 1rem' }}>
      <h1>{t('memory_historyHeading')}</h1>
      <p>{t('memory_historyIntro', String(MAX_DOCUMENTS))}</p>
      {docs === null && <p>…</p>}
      {docs?.length === 0 && <p data-testid="history-empty">{t('memory_historyEmpty')}</p>}
      {docs?.map((doc) => (
        <DocumentHistory key={doc.key} doc={doc} userCategories={userCategories} onForget={(key) => void forget(docs.filter((d) => d.key === key), key)} />
      ))}
      <ForgetControls
        count={docs?.length ?? 0}
        confirming={confirming}
        undo={undo}
        status={status}
        onAsk={() => setConfirming(true)}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void forget(docs ?? [])}
        onUndo={() => void restore()}
      />
    </main>
  );
}
