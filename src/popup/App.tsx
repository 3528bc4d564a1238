// The popup: the current tab's findings. First slice; the popup issue adds the full summary.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { TabReport } from '../shared/report';

export interface AppProps {
  tabId: number | null;
}

export function App({ tabId }: AppProps) {
  const [tab, setTab] = useState<TabReport | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const poll = async () => {
      const next = await sendToBackground('popup/get-report', { tabId });
      if (alive) setTab(next);
    };
    void poll();
    const timer = setInterval(poll, 500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId]);

  if (tabId === null) return <p>No tab to show.</p>;
  if (tab === undefined) return <p>Loading…</p>;
  if (tab === null || tab.status === 'not-legal') {
    return (
      <main>
        <p>This doesn't look like a terms page.</p>
        <button onClick={() => void sendToBackground('popup/scan-tab', { tabId, force: true })}>Scan this page anyway</button>
      </main>
    );
  }
  const findings = tab.report?.findings ?? [];
  return (
    <main>
      <h1>
        Grade <span data-testid="grade">{tab.report?.summary.grade ?? '…'}</span>
      </h1>
      <p data-testid="headline">{tab.report?.summary.headline}</p>
      <ul data-testid="findings">
        {findings.map((f, i) => (
          <li key={i} data-category={f.category}>
            <strong>{f.category}</strong>: {f.explanation} <q>{f.text.slice(0, 80)}</q>
          </li>
        ))}
      </ul>
    </main>
  );
}
