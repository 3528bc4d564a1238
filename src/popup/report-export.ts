// A report as something to keep or share: Markdown for people, JSON for tools. Both carry the page
// address, the date and every clause quoted in full.
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { attrName, categoryName, severityName } from './labels';
import { t } from '../shared/i18n';
import { verdictFor } from '../core/verdict';
import { ungradedHeadline } from './verdict-text';
import type { OptOutRoute, Report } from '../core/types';
import { noWayOut } from '../core/routes';

export function reportToMarkdown(tab: TabReport, userCategories: readonly UserCategory[] = []): string {
  const report = tab.report;
  const lines = [`# ${t('popup_exportTitle', tab.title || tab.url)}`, '', `- ${t('popup_exportPage')}: <${tab.url}>`, `- ${t('popup_exportDate')}: ${new Date(tab.updatedAt).toISOString()}`];
  if (!report) return `${lines.join('\n')}\n`;
  const { summary, findings } = report;
  // A scan that was not graded in the popup is not graded here either (src/core/verdict.ts).
  const ungraded = ungradedHeadline(verdictFor(report, tab.reading));
  lines.push(`- ${t('popup_exportGrade')}: ${ungraded ? t('popup_verdictNoGrade') : summary.grade}`, `- ${t('popup_verdictWordsRead', report.words)}`, '', ungraded ?? summary.headline, '');
  lines.push(...routesMarkdown(report));
  if (summary.points.length) lines.push(`## ${t('popup_keyPoints')}`, '', ...summary.points.map((p) => `- ${p}`), '');
  if (summary.licence.attrs.length || summary.licence.grantees.length) {
    lines.push(`## ${t('popup_licenceTitle')}`, '');
    if (summary.licence.attrs.length) lines.push(`- ${summary.licence.attrs.map(attrName).join(', ')}`);
    if (summary.licence.grantees.length) lines.push(`- ${t('popup_licenceGrantees')} ${summary.licence.grantees.join(', ')}`);
    lines.push('');
  }
  lines.push(`## ${t('popup_clausesTitle', findings.length)}`, '');
  findings.forEach((f, i) => {
    lines.push(`${i + 1}. **${categoryName(f.category, userCategories)}** (${severityName(f.severity)}): ${f.explanation}`);
    lines.push(`   > ${f.text.replace(/\s+/g, ' ').trim()}`, '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

export function reportToJson(tab: TabReport): string {
  const report = tab.report;
  const json = {
    url: tab.url,
    title: tab.title,
    scannedAt: new Date(tab.updatedAt).toISOString(),
    words: report?.words ?? 0,
    language: report?.language ?? null,
    verdict: report ? verdictFor(report, tab.reading).kind : null,
    summary: report?.summary ?? null,
    findings: report?.findings ?? [],
    routes: report?.routes ?? [],
    noWayOut: report ? noWayOut(report.findings, report.routes) : false,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** "How to opt out": every route (links as Markdown links), or the plain "no way out". Nothing when no clause calls for one. */
function routesMarkdown(report: Report): string[] {
  const routes = report.routes ?? [];
  const none = noWayOut(report.findings, routes);
  if (!routes.length && !none) return [];
  const lines = [`## ${t('routes_title')}`, ''];
  if (none) lines.push(t('routes_none'));
  for (const route of routes) lines.push(`- ${t(`routes_${route.kind}`)}: ${routeMarkdown(route)}`);
  return [...lines, ''];
}

function routeMarkdown(route: OptOutRoute): string {
  const text = route.text.replace(/\s+/g, ' ').trim();
  if (route.href && /^(?:https?|mailto):/i.test(route.href)) return `[${text.replace(/([\[\]\\])/g, '\\$1')}](<${route.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return route.kind === 'settings' ? text.split(' > ').join(' › ') : t('routes_quoted', text);
}

/** `fine-print-soundcloud.com-2026-11-22-0905.md`: the scan's local date and time, so two scans of one site on
 *  one day do not overwrite (or rename) each other's file. */
export function exportFileName(tab: TabReport, extension: 'md' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(tab.url).hostname || host;
  } catch {
    // A tab without a parseable address still gets a file.
  }
  return `fine-print-${host}-${fileStamp(new Date(tab.updatedAt))}.${extension}`;
}

/** `2026-11-22-0905` in the user's own time zone: the time they would recognise on their clock. */
export function fileStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
}

/** Saves text as a file through a Blob link: no downloads permission needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
