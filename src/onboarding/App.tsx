// The first-run page: what Fine Print does, what it never does, and an offer to scan automatically.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { loadSettings, saveSettings } from '../shared/settings-store';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { AutoScanToggle } from '../options/AutoScanToggle';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  const saveAutoScan = async (on: boolean): Promise<string | null> => {
    if (!settings) return null;
    const next = { ...settings, autoScan: on };
    try {
      await saveSettings(next);
    } catch (error) {
      return t('options_saveFailed', error instanceof Error ? error.message : String(error));
    }
    setSettings(next);
    return null;
  };
  return (
    <main class="options onboarding">
      <h1>{t('onboarding_title')}</h1>
      <p class="lead">{t('onboarding_intro')}</p>
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
          <li>{t('onboarding_never1')}</li>
          <li>{t('onboarding_never2')}</li>
          <li>{t('onboarding_never3')}</li>
        </ul>
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
  );
}
