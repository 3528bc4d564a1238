// A language's name for the UI ("French"), through i18n so a translation names it in its own language.
import { t } from './i18n';

/** The name of an ISO 639-1 code; the code itself when no name is known (never a raw message key). */
export function languageLabel(code: string): string {
  const key = `popup_verdictLang_${code}`;
  const name = t(key);
  return name === key ? code : name;
}
