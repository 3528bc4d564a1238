// The one-line answer for a scan that gets no grade, shared by the popup's views and the exports, so a copied
// report never says "Grade A" about terms that were not read.
import type { Verdict } from '../core/verdict';
import { t } from '../shared/i18n';
import { languageLabel } from '../shared/language-label';

/** The headline for a verdict; null when the scan is graded (its own headline stands). */
export function ungradedHeadline(verdict: Verdict): string | null {
  if (verdict.kind === 'unsupported-language') return t('popup_verdictLanguageTitle', languageLabel(verdict.language));
  if (verdict.kind === 'terms-not-found') return `${t('popup_verdictNotFoundTitle')} ${t(`popup_verdictReason_${verdict.reason}`)}`;
  if (verdict.kind === 'page-scan') return t('popup_verdictPageTitle');
  return null;
}
