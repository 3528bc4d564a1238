// The popup's actions: rescan, copy or download the report, open the options.
import { useState } from 'preact/hooks';
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { downloadText, exportFileName, reportToJson, reportToMarkdown } from './report-export';

export interface ToolbarProps {
  tab: TabReport | null;
  userCategories: readonly UserCategory[];
  onRescan(): void;
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
        <button type="button" onClick={onRescan} disabled={tab?.status === 'scanning'}>
          {t('popup_rescan')}
        </button>
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
    </footer>
  );
}
