// A report as something to keep or share: Markdown for people, JSON for tools. Both carry the page
// address, the date and every clause quoted in full.
import type { TabReport } from '../shared/report';
import type { UserCategory } from '../shared/settings';
import { attrName, categoryName, severityName } from './labels';
import { t } from '../shared/i18n';

export function reportToMarkdown(tab: TabReport, userCategories: readonly UserCategory[] = []): string {
  const report = tab.report;
  const lines = [`# ${t('popup_exportTitle', tab.title || tab.url)}`, '', `- ${t('popup_exportPage')}: <${tab.url}>`, `- ${t('popup_exportDate')}: ${new Date(tab.updatedAt).toISOString()}`];
  if (!report) return `${lines.join('\n')}\n`;
  const { summary, findings } = report;
  lines.push(`- ${t('popup_exportGrade')}: ${summary.grade}`, '', summary.headline, '');
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
    summary: report?.summary ?? null,
    findings: report?.findings ?? [],
  };
  return `${JSON.stringify(json, null, 2)}\n`;
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
