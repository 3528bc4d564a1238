// The keyboard shortcuts as the browser has them now (`commands.getAll()`), so a key the user changed shows
// as they set it, with a way to change them: Chrome's shortcut page (an extension may open it with
// tabs.create), Firefox's own shortcut manager (commands.openShortcutSettings, Firefox 137+) and the words.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { browserKind } from './browser-kind';

export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

type CommandsApi = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

async function readShortcuts(): Promise<Shortcut[]> {
  const all = await browser.commands.getAll();
  return all
    // Chrome lists "open the popup" (`_execute_action`) even when the manifest does not: show it once it has a key.
    .filter((c) => c.name && (!c.name.startsWith('_') || c.shortcut))
    .map((c) => ({
      name: c.name!,
      description: c.name!.startsWith('_') ? t('settings_shortcutOpenPopup') : (c.description ?? c.name!),
      shortcut: c.shortcut ?? '',
    }));
}

export function openShortcutSettings(): Promise<unknown> {
  const commands = browser.commands as CommandsApi;
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  return browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
}

export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    const read = () => void readShortcuts().then(setShortcuts, () => setShortcuts([]));
    read();
    // Back from the browser's shortcut page: show what the user picked there.
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const firefox = browserKind() === 'firefox';
  const canOpen = !firefox || typeof (browser.commands as CommandsApi).openShortcutSettings === 'function';
  return (
    <div class="shortcuts" data-testid="shortcuts">
      <dl>
        {(shortcuts ?? []).map((s) => (
          <div key={s.name} class="shortcut" data-command={s.name}>
            <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="hint">{t('settings_shortcutNotSet')}</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      {canOpen && (
        <button type="button" class="link" data-action="change-shortcuts" onClick={() => void openShortcutSettings().catch(() => undefined)}>
          {t('settings_shortcutsChange')}
        </button>
      )}
      <p class="hint">{t(firefox ? 'settings_shortcutsHowFirefox' : 'settings_shortcutsHowChrome')}</p>
    </div>
  );
}
