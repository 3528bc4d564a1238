// The first-run page: what Fine Print does, what it never does, what it fetches and when, how to keep its
// button in sight (in the browser's own words: a new extension's button is hidden in the Extensions menu
// until pinned), and an offer to scan automatically.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { loadSettings, saveSettings } from '../shared/settings-store';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { AutoScanToggle } from '../options/AutoScanToggle';
import { browserKind } from '../options/browser-kind';
import { StatusProvider, useStatusState } from '../options/status';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const status = useStatusState();
  useEffect(() => void loadSettings().then(setSettings), []);
  const saveAutoScan = async (on: boolean): Promise<string | null> => {
    if (!settings) return null;
    const next = { ...settings, autoScan: on };
    try {
      await saveSettings(next);
    } catch (error) {
      const failure = t('options_saveFailed', error instanceof Error ? error.message : String(error));
      status.say('auto', { text: failure, error: true });
      return failure;
    }
    setSettings(next);
    status.say('auto', { text: t(on ? 'options_autoScanOn' : 'options_autoScanOff') });
    return null;
  };
  const firefox = browserKind() === 'firefox';
  return (
    <StatusProvider value={status}>
      <main class="options onboarding">
        <h1>{t('onboarding_title')}</h1>
        <p class="lead">{t('onboarding_intro')}</p>
        <section aria-labelledby="pin-title" class="card" data-testid="pin" data-browser={firefox ? 'firefox' : 'chrome'}>
          <h2 id="pin-title">{t('settings_welcomePinTitle')}</h2>
          <ol>
            <li>{t(firefox ? 'settings_welcomePinFirefox1' : 'settings_welcomePinChrome1')}</li>
            <li>{t(firefox ? 'settings_welcomePinFirefox2' : 'settings_welcomePinChrome2')}</li>
          </ol>
          <p class="hint">{t('settings_welcomePinWhy')}</p>
        </section>
        <section aria-labelledby="does-title">
          <h2 id="does-title">{t('onboarding_doesTitle')}</h2>
          <ul>
            <li>{t('onboarding_does1')}</li>
            <li>{t('onboarding_does2')}</li>
            <li>{t('onboarding_does3')}</li>
          </ul>
        </section>
        <section aria-labelledby="never-title">
          <h2 id="never-title">{t('onboarding_neverTitle')}</h2>
          <ul>
            <li>{t('settings_welcomeNeverSends')}</li>
            <li>{t('onboarding_never2')}</li>
            <li>{t('onboarding_never3')}</li>
          </ul>
        </section>
        <section aria-labelledby="fetch-title" data-testid="fetches">
          <h2 id="fetch-title">{t('settings_welcomeFetchTitle')}</h2>
          <p>{t('settings_welcomeFetch')}</p>
        </section>
        <section aria-labelledby="start-title" class="card">
          <h2 id="start-title">{t('onboarding_startTitle')}</h2>
          <p>{t('onboarding_startManual')}</p>
          {settings && <AutoScanToggle on={settings.autoScan} onSave={saveAutoScan} />}
        </section>
        <p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('onboarding_moreOptions')}
          </button>
        </p>
      </main>
    </StatusProvider>
  );
}
