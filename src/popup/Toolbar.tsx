// The popup's actions: rescan, copy or download the report, open the options; and, folded away, the keyboard
// shortcuts as the browser has them now, with a way to change them.
import { useState } from 'preact/hooks';
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { downloadText, exportFileName, reportToJson, reportToMarkdown } from './report-export';
import { Shortcuts } from '../options/Shortcuts';

export interface ToolbarProps {
  tab: TabReport | null;
  userCategories: readonly UserCategory[];
  /** Absent while an error view offers its own action: the popup never shows both "Try again" and "Rescan". */
  onRescan?: () => void;
}

export function Toolbar({ tab, userCategories, onRescan }: ToolbarProps) {
  const [note, setNote] = useState('');
  const done = tab?.status === 'done' && tab.report !== undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reportToMarkdown(tab!, userCategories));
      setNote(t('popup_copied'));
    } catch {
      setNote(t('popup_copyFailed'));
    }
  };
  return (
    <footer class="toolbar">
      <div class="buttons" role="group" aria-label={t('popup_actions')}>
        {onRescan && (
          <button type="button" onClick={onRescan} disabled={tab?.status === 'scanning'}>
            {t('popup_rescan')}
          </button>
        )}
        {done && (
          <>
            <button type="button" onClick={() => void copy()}>
              {t('popup_copy')}
            </button>
            <button type="button" onClick={() => downloadText(exportFileName(tab, 'md'), reportToMarkdown(tab, userCategories), 'text/markdown')}>
              {t('popup_exportMarkdown')}
            </button>
            <button type="button" onClick={() => downloadText(exportFileName(tab, 'json'), reportToJson(tab), 'application/json')}>
              {t('popup_exportJson')}
            </button>
          </>
        )}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {note}
      </p>
      <details class="shortcut-hint">
        <summary>{t('settings_shortcutsTitle')}</summary>
        <Shortcuts />
      </details>
    </footer>
  );
}
