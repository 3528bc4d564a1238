// Automatic scanning on / off. Turning it on asks for access to all sites, so the reason is written
// beside the switch first, and the request is made straight from the click (browsers require that).
import { useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { AUTO_SCAN_ORIGINS } from '../shared/settings';
import { t } from '../shared/i18n';
import { FieldError } from './FieldError';

export interface AutoScanToggleProps {
  on: boolean;
  /** Saves the new value; resolves to an error message, or null. */
  onSave(on: boolean): Promise<string | null> | void;
}

export function AutoScanToggle({ on, onSave }: AutoScanToggleProps) {
  const [error, setError] = useState<string | null>(null);
  const change = (event: Event) => {
    const wanted = (event.currentTarget as HTMLInputElement).checked;
    // Stay as we were until the browser and storage agree.
    (event.currentTarget as HTMLInputElement).checked = on;
    setError(null);
    if (wanted) {
      void browser.permissions.request({ origins: AUTO_SCAN_ORIGINS }).then(
        async (granted) => setError(granted ? await onSave(true) ?? null : t('options_autoScanDenied')),
        (e: unknown) => setError(t('options_autoScanFailed', e instanceof Error ? e.message : String(e))),
      );
    } else {
      void Promise.resolve(onSave(false)).then(async (failure) => {
        setError(failure ?? null);
        if (!failure) await browser.permissions.remove({ origins: AUTO_SCAN_ORIGINS }).catch(() => undefined);
      });
    }
  };
  return (
    <div class="auto-scan">
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={change} aria-describedby="auto-scan-why auto-scan-error" />
        {t('options_autoScan')}
      </label>
      <p id="auto-scan-why" class="hint">
        {t('options_autoScanWhy')}
      </p>
      <FieldError id="auto-scan-error" message={error} />
    </div>
  );
}
