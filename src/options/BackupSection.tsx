// Export settings to a file, import them back, reset to defaults. An import that fails says why beside
// the button and changes nothing; import and reset can be undone from the status line.
import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { settingsFromFile, settingsToFile } from '../shared/settings-file';
import { t } from '../shared/i18n';
import { downloadText, fileStamp } from '../popup/report-export';
import { SectionStatus, useSection } from './status';

export interface BackupSectionProps {
  settings: Settings;
  onChange(next: Settings, message: string): Promise<string | null> | void;
}

export function BackupSection({ settings, onChange }: BackupSectionProps) {
  const status = useSection('backup');
  const [confirming, setConfirming] = useState(false);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = settingsFromFile(await file.text());
    if (!parsed.ok) return status.fail(t('options_importFailed', [file.name, parsed.error]), 'import');
    // onChange says how it went in this section's status line.
    await onChange(parsed.value, t('options_imported', file.name));
  };
  const exportName = `fine-print-settings-${fileStamp(new Date())}.json`;
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options_backupTitle')}</h2>
      <div class="row">
        <button type="button" onClick={() => downloadText(exportName, settingsToFile(settings), 'application/json')}>
          {t('options_export')}
        </button>
        <label class="file-button">
          {t('options_import')}
          <input type="file" accept=".json,application/json" data-testid="import-file" {...status.field('import')} onChange={(e) => void importFile(e.currentTarget)} />
        </label>
        {confirming ? (
          <span role="group" aria-label={t('options_resetConfirmLabel')}>
            <button type="button" class="danger" onClick={() => (setConfirming(false), void onChange(structuredClone(DEFAULT_SETTINGS), t('options_resetDone')))}>
              {t('options_resetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        )}
      </div>
      <SectionStatus section="backup" />
    </section>
  );
}
