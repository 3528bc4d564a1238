// Automatic scanning on / off. Turning it on asks for access to all sites, so the reason is written
// beside the switch first, and the request is made straight from the click (browsers require that). A denied
// prompt (its focused button is "Deny" in Chrome) says so in the section's status line: the switch stays off.
import { browser } from '../shared/browser';
import { AUTO_SCAN_ORIGINS } from '../shared/settings';
import { t } from '../shared/i18n';
import { SectionStatus, useSection } from './status';

export interface AutoScanToggleProps {
  on: boolean;
  /** Saves the new value; resolves to an error message, or null. */
  onSave(on: boolean): Promise<string | null> | void;
}

export function AutoScanToggle({ on, onSave }: AutoScanToggleProps) {
  const status = useSection('auto');
  const change = (event: Event) => {
    const wanted = (event.currentTarget as HTMLInputElement).checked;
    // Stay as we were until the browser and storage agree.
    (event.currentTarget as HTMLInputElement).checked = on;
    if (wanted) {
      void browser.permissions.request({ origins: AUTO_SCAN_ORIGINS }).then(
        // onSave says how the save went; a refusal is ours to say.
        async (granted) => (granted ? void (await onSave(true)) : status.fail(t('options_autoScanDenied'), 'auto-scan')),
        (e: unknown) => status.fail(t('options_autoScanFailed', e instanceof Error ? e.message : String(e)), 'auto-scan'),
      );
    } else {
      void Promise.resolve(onSave(false)).then(async (failure) => {
        if (!failure) await browser.permissions.remove({ origins: AUTO_SCAN_ORIGINS }).catch(() => undefined);
      });
    }
  };
  return (
    <div class="auto-scan">
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={change} aria-describedby="auto-scan-why status-auto" aria-invalid={status.field('auto-scan')['aria-invalid']} />
        {t('options_autoScan')}
      </label>
      <p id="auto-scan-why" class="hint">
        {t('options_autoScanWhy')}
      </p>
      <SectionStatus section="auto" />
    </div>
  );
}
