// The options page: categories, custom keywords with a live try-it box, automatic scanning and per-site
// lists, backup. Every change is validated before saving; the last change can be undone.
import { useEffect, useState } from 'preact/hooks';
import { parseSettings, type Settings } from '../shared/settings';
import { loadSettingsState, saveSettings } from '../shared/settings-store';
import { t } from '../shared/i18n';
import { CategoryToggles } from './CategoryToggles';
import { KeywordEditor } from './KeywordEditor';
import { AutoScanToggle } from './AutoScanToggle';
import { SiteList } from './SiteList';
import { BackupSection } from './BackupSection';
import { ForgetEverything } from './ForgetEverything';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Settings | null>(null);

  useEffect(() => {
    loadSettingsState().then(
      (state) => (setSettings(state.settings), setProblem(state.problem)),
      (error: unknown) => setProblem(String(error)),
    );
  }, []);
  if (!settings) return <p role="status">{t('options_loading')}</p>;

  /** Validates and saves; resolves to an error message (nothing changed) or null. */
  const save = async (next: Settings, message: string, undoable = true): Promise<string | null> => {
    const parsed = parseSettings(next);
    if (!parsed.ok) return parsed.error;
    try {
      await saveSettings(parsed.value);
    } catch (error) {
      return t('options_saveFailed', error instanceof Error ? error.message : String(error));
    }
    setUndo(undoable ? settings : null);
    setSettings(parsed.value);
    setProblem(undefined);
    setStatus(message);
    return null;
  };
  const change = (next: Settings, message: string) => save(next, message);

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      {problem && (
        <p class="warning" role="alert" data-testid="stored-problem">
          {t('options_storedProblem', problem)}
        </p>
      )}
      <div class="status-bar" role="status" aria-live="polite">
        <span data-testid="status">{status}</span>
        {undo && (
          <button type="button" class="link" onClick={() => void save(undo, t('options_undone'), false)}>
            {t('options_undo')}
          </button>
        )}
      </div>
      <CategoryToggles settings={settings} onChange={(next, message) => void change(next, message)} />
      <KeywordEditor settings={settings} onChange={change} />
      <section aria-labelledby="auto-title">
        <h2 id="auto-title">{t('options_autoTitle')}</h2>
        <AutoScanToggle on={settings.autoScan} onSave={(on) => save({ ...settings, autoScan: on }, t(on ? 'options_autoScanOn' : 'options_autoScanOff'))} />
        <p class="hint">{t('options_sitesHint')}</p>
        <div class="columns">
          <SiteList which="never" settings={settings} onChange={(next, message) => void change(next, message)} />
          <SiteList which="always" settings={settings} onChange={(next, message) => void change(next, message)} />
        </div>
      </section>
      <BackupSection settings={settings} onChange={change} />
      <ForgetEverything />
    </main>
  );
}
