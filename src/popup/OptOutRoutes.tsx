// "How to opt out": the ways out the terms name for their AI-training clauses and the protections that need
// the user to act (src/core/routes.ts, plus the page's links from src/content/route-links.ts). Links are real
// links, opened in a new tab only when clicked; nothing is fetched. Terms that allow AI training and name no
// way out get that said plainly.
import type { OptOutRoute, Report } from '../core/types';
import { noWayOut } from '../core/routes';
import { t } from '../shared/i18n';

export interface OptOutRoutesProps {
  report: Report;
}

/** At most this many ways out on the first screen; the rest are in the exports. */
const SHOWN = 5;

/** The routes worth showing: concrete ones (link, settings, address, section); the sentence only when nothing else is named. */
export function shownRoutes(routes: readonly OptOutRoute[]): OptOutRoute[] {
  const concrete = routes.filter((r) => r.kind !== 'sentence');
  return (concrete.length ? concrete : routes.slice(0, 1)).slice(0, SHOWN);
}

export function OptOutRoutes({ report }: OptOutRoutesProps) {
  const routes = report.routes ?? [];
  const none = noWayOut(report.findings, routes);
  if (!routes.length && !none) return null;
  return (
    <section class="card routes" aria-labelledby="routes-title" data-testid="routes" id="routes">
      <h2 id="routes-title">{t('routes_title')}</h2>
      {none ? (
        <p class="routes-none" data-testid="routes-none">
          {t('routes_none')}
        </p>
      ) : (
        <ul class="routes-list">
          {shownRoutes(routes).map((route) => (
            <li key={`${route.kind}-${route.start}-${route.text}`} data-kind={route.kind} data-testid="route">
              <RouteLine route={route} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RouteLine({ route }: { route: OptOutRoute }) {
  const label = <span class="route-label">{t(`routes_${route.kind}`)}: </span>;
  if (route.kind === 'settings') return <>{label}<strong class="route-path">{route.text.split(' > ').join(' › ')}</strong></>;
  if (route.kind === 'section') return <>{label}<strong>{t('routes_quoted', route.text)}</strong></>;
  if (route.kind === 'sentence') return <>{label}<q class="quote">{route.text}</q></>;
  // Links and addresses: only http(s) and mailto ever reach here (route-words.ts), checked again before rendering.
  if (!route.href || !/^(?:https?|mailto):/i.test(route.href)) return <>{label}{route.text}</>;
  return (
    <>
      {label}
      <a href={route.href} target="_blank" rel="noopener noreferrer" title={route.href}>
        {route.text}
        <span class="visually-hidden"> {t('routes_opensNewTab')}</span>
      </a>
      {route.kind === 'link' && route.text !== route.href && <span class="route-host"> ({hostOf(route.href)})</span>}
    </>
  );
}

/** Where a link goes, shown beside its text so a reader sees the address before clicking. */
function hostOf(href: string): string {
  if (/^mailto:/i.test(href)) return href.slice(7);
  return /^https?:\/\/([^/?#]+)/i.exec(href)?.[1] ?? href;
}
