// The popup: the current tab's report in every state (scanning, done, nothing found, not a terms page, error).
// Opening it on a tab with no report starts a scan: the click on the toolbar button is what grants activeTab.
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { t } from '../shared/i18n';
import { SummaryView } from './SummaryView';
import { ScanningView } from './ScanningView';
import { NotLegalView } from './NotLegalView';
import { ErrorView } from './ErrorView';
import type { ErrorKind } from './error-kinds';
import { Toolbar } from './Toolbar';
import { ChangesPanel } from './changes/ChangesPanel';
import { SignalsPanel } from './signals/SignalsPanel';
import { UnsupportedLanguageView } from './UnsupportedLanguageView';
import { UngradedView, isGraded } from './UngradedView';
import { NotReadView } from './NotReadView';

/** Panels other features add under the summary (src/popup/changes/, src/popup/signals/): one line each. */
const EXTRA_PANELS: Array<(props: { tab: TabReport }) => VNode | null> = [ChangesPanel, SignalsPanel];

export interface AppProps {
  tabId: number | null;
  /** How often to ask the background for the tab's report, in ms. */
  pollMs?: number;
  /** How long a started scan may stay silent before the popup says the page did not answer. */
  answerMs?: number;
}

export function App({ tabId, pollMs = 500, answerMs = 15_000 }: AppProps) {
  const [tab, setTab] = useState<TabReport | null | undefined>(undefined);
  const [startError, setStartError] = useState<{ message: string; kind?: ErrorKind } | null>(null);
  /** The scan could not start because the tab is a PDF the browser keeps scripts out of. */
  const [pdfTab, setPdfTab] = useState(false);
  const [userCategories, setUserCategories] = useState<UserCategory[]>([]);
  // A rescan shows "scanning" until the page reports something newer than the click.
  const [pendingSince, setPendingSince] = useState(0);
  const asked = useRef(false);

  const scan = async (force: boolean) => {
    if (tabId === null) return;
    setStartError(null);
    setPendingSince(Date.now());
    try {
      const result = await sendToBackground('popup/scan-tab', { tabId, force });
      setPdfTab(!result.ok && result.pdf === true);
      if (!result.ok) setStartError({ message: result.error ?? '' });
    } catch (error) {
      setStartError({ message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => void loadSettings().then((s) => setUserCategories(s.userCategories), () => undefined), []);

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const poll = async () => {
      const next = await sendToBackground('popup/get-report', { tabId }).catch(() => null);
      if (!alive) return;
      setTab(next);
      if (next === null && !asked.current) {
        asked.current = true;
        void scan(false);
      }
    };
    void poll();
    const timer = setInterval(poll, pollMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId]);

  const showFinding = (index: number) => {
    if (tabId !== null) void sendToBackground('popup/show-finding', { tabId, index }).catch(() => undefined);
  };

  // A page that never reports back (its script was blocked or crashed) must not leave the popup spinning.
  const silent = pendingSince > 0 && tab === null;
  useEffect(() => {
    if (!silent) return;
    const timer = setTimeout(() => setStartError({ message: t('popup_noAnswer'), kind: 'no-answer' }), answerMs);
    return () => clearTimeout(timer);
  }, [silent, pendingSince]);

  const pending = pendingSince > 0 && (!tab || tab.updatedAt < pendingSince) && !startError;
  let body: VNode;
  // An error view offers its own one action, so the toolbar's Rescan steps aside (never both).
  const failed = tabId === null || Boolean(startError) || (tab != null && !pending && (tab.status === 'error' || (tab.status === 'done' && !tab.report)));
  if (tabId === null) body = <ErrorView message="" kind="no-tab" />;
  else if (startError && pdfTab) body = <NotReadView reason="pdf" />;
  else if (startError) body = <ErrorView message={startError.message} {...(startError.kind ? { kind: startError.kind } : {})} {...(tab?.url ? { url: tab.url } : {})} onRetry={() => void scan(true)} />;
  else if (tab === undefined) body = <ScanningView />;
  else if (pending || tab === null || tab.status === 'scanning') body = <ScanningView progress={pending ? undefined : tab?.progress} />;
  else if (tab.status === 'not-legal') body = <NotLegalView onScanAnyway={() => void scan(true)} />;
  else if (tab.status === 'unsupported-language' && tab.report) body = <UnsupportedLanguageView language={tab.report.language} words={tab.report.words} />;
  else if (tab.status === 'error' || !tab.report) body = <ErrorView message={tab.error ?? ''} url={tab.url} onRetry={() => void scan(true)} />;
  else if (!isGraded(tab.report, tab.reading)) {
    body = (
      <UngradedView tab={tab} report={tab.report} userCategories={userCategories} onShow={showFinding}>
        {EXTRA_PANELS.map((Panel, i) => (
          <Panel key={i} tab={tab} />
        ))}
      </UngradedView>
    );
  } else {
    body = (
      <SummaryView report={tab.report} tab={tab} userCategories={userCategories} onShow={showFinding}>
        {EXTRA_PANELS.map((Panel, i) => (
          <Panel key={i} tab={tab} />
        ))}
      </SummaryView>
    );
  }

  return (
    <div class="popup">
      <header class="top">
        <h1>{t('common_extName')}</h1>
        {tab?.title && <p class="page" title={tab.url}>{tab.title}</p>}
      </header>
      <main>{body}</main>
      {tabId !== null && <Toolbar tab={tab ?? null} userCategories={userCategories} {...(failed ? {} : { onRescan: () => void scan(true) })} />}
    </div>
  );
}
