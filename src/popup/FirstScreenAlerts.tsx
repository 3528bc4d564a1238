// The first screen's alarms, one line each, linking to their section further down: a quiet change to the
// terms (terms memory) and a contradiction between what the terms say and what the site signals to AI.
// They ask the background the same questions as the panels below; the answers are kept per tab there.
import { useEffect, useState } from 'preact/hooks';
import type { ChangesView } from '../core/memory/index';
import { formatShortDate } from '../core/memory/index';
import type { SignalsResponse } from '../core/signals/index';
import { sendToBackground } from '../shared/messaging';
import type { TabReport } from '../shared/report';
import { t } from '../shared/i18n';
import { categoryName } from './labels';
import type { Category } from '../core/types';

export interface FirstScreenAlertsProps {
  tab: TabReport;
}

/** "Changed since 12 Feb: AI training added; Licence to your content changed" */
export function changeLine(view: ChangesView): string {
  const names = (list: Array<{ category: Category }>) => [...new Set(list.map((f) => categoryName(f.category)))].join(', ');
  const parts: string[] = [];
  if (view.diff.added.length) parts.push(t('routes_changeAdded', names(view.diff.added)));
  if (view.diff.changed.length) parts.push(t('routes_changeChanged', names(view.diff.changed.map((c) => c.after))));
  if (view.diff.removed.length) parts.push(t('routes_changeRemoved', names(view.diff.removed)));
  return t('routes_changed', [formatShortDate(view.since), parts.length ? parts.join('; ') : t('routes_changeWording')]);
}

export function FirstScreenAlerts({ tab }: FirstScreenAlertsProps) {
  const [changes, setChanges] = useState<ChangesView | null>(null);
  const [signals, setSignals] = useState<SignalsResponse | null>(null);
  useEffect(() => {
    let alive = true;
    void sendToBackground('popup/get-changes', { tabId: tab.tabId }).then((next) => alive && setChanges(next), () => undefined);
    void sendToBackground('popup/read-signals', { tabId: tab.tabId }).then((next) => alive && setSignals(next), () => undefined);
    return () => {
      alive = false;
    };
  }, [tab.tabId, tab.updatedAt]);

  const contradiction = signals?.ok && signals.signals.contradictions.length > 0;
  if (!changes && !contradiction) return null;
  return (
    <ul class="alerts" data-testid="alerts">
      {changes && (
        <li data-testid="alert-changes">
          <a href="#changes-heading" class="alert-line">
            ⚠ {changeLine(changes)}
          </a>
        </li>
      )}
      {contradiction && (
        <li data-testid="alert-signals">
          <a href="#signals-heading" class="alert-line">
            ⚠ {t('routes_signals')}
          </a>
        </li>
      )}
    </ul>
  );
}
