// The options page: categories, custom keywords with a live try-it box, automatic scanning and per-site
// lists, keyboard shortcuts, backup. Every change is validated before saving; the last change can be undone.
// Each section has one status line (status.tsx) that the section's newest message replaces.
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
import { Shortcuts } from './Shortcuts';
import { SectionStatus, StatusProvider, useStatusState, type SectionId } from './status';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [undo, setUndo] = useState<{ section: SectionId; settings: Settings } | null>(null);
  const status = useStatusState(undo ? { section: undo.section, run: () => void save(undo.section, undo.settings, t('options_undone'), false) } : null);

  useEffect(() => {
    loadSettingsState().then(
      (state) => (setSettings(state.settings), setProblem(state.problem)),
      (error: unknown) => setProblem(String(error)),
    );
  }, []);
  if (!settings) return <p role="status">{t('options_loading')}</p>;

  /** Validates and saves; says how it went in the section's status line; resolves to the error (nothing changed) or null. */
  async function save(section: SectionId, next: Settings, message: string, undoable = true): Promise<string | null> {
    const parsed = parseSettings(next);
    let failure: string | null = parsed.ok ? null : parsed.error;
    if (parsed.ok) {
      try {
        await saveSettings(parsed.value);
      } catch (error) {
        failure = t('options_saveFailed', error instanceof Error ? error.message : String(error));
      }
    }
    if (failure !== null || !parsed.ok) {
      status.say(section, { text: failure ?? '', error: true });
      return failure;
    }
    setUndo(undoable ? { section, settings: settings! } : null);
    setSettings(parsed.value);
    setProblem(undefined);
    status.say(section, { text: message });
    return null;
  }
  const change = (section: SectionId) => (next: Settings, message: string) => save(section, next, message);

  return (
    <StatusProvider value={status}>
      <main class="options">
        <h1>{t('options_title')}</h1>
        {problem && (
          <p class="warning" role="alert" data-testid="stored-problem">
            {t('options_storedProblem', problem)}
          </p>
        )}
        <CategoryToggles settings={settings} onChange={(next, message) => void change('categories')(next, message)} />
        <KeywordEditor settings={settings} onChange={change('keywords')} />
        <section aria-labelledby="auto-title">
          <h2 id="auto-title">{t('options_autoTitle')}</h2>
          <AutoScanToggle on={settings.autoScan} onSave={(on) => save('auto', { ...settings, autoScan: on }, t(on ? 'options_autoScanOn' : 'options_autoScanOff'))} />
          <p class="hint">{t('options_sitesHint')}</p>
          <div class="columns">
            <SiteList which="never" settings={settings} onChange={(next, message) => void change('sites')(next, message)} />
            <SiteList which="always" settings={settings} onChange={(next, message) => void change('sites')(next, message)} />
          </div>
          <SectionStatus section="sites" />
        </section>
        <section aria-labelledby="shortcuts-title">
          <h2 id="shortcuts-title">{t('settings_shortcutsTitle')}</h2>
          <Shortcuts />
        </section>
        <BackupSection settings={settings} onChange={change('backup')} />
        <ForgetEverything />
      </main>
    </StatusProvider>
  );
}
