// "What you grant": the licence's attributes as chips, most-asked first, and who receives the rights.
import type { LicenceCard as Licence } from '../core/types';
import { t } from '../shared/i18n';
import { KEY_LICENCE_ATTRS, attrName } from './labels';

export interface LicenceCardProps {
  licence: Licence;
}

export function LicenceCard({ licence }: LicenceCardProps) {
  if (!licence.attrs.length && !licence.grantees.length) return null;
  const rank = (a: string) => (KEY_LICENCE_ATTRS.includes(a) ? KEY_LICENCE_ATTRS.indexOf(a) : KEY_LICENCE_ATTRS.length);
  const attrs = [...licence.attrs].sort((a, b) => rank(a) - rank(b));
  return (
    <section class="card licence" aria-labelledby="licence-title" data-testid="licence">
      <h2 id="licence-title">{t('popup_licenceTitle')}</h2>
      {attrs.length > 0 && (
        <ul class="chips" aria-label={t('popup_licenceAttrs')}>
          {attrs.map((a) => (
            <li key={a} class={`chip attr${KEY_LICENCE_ATTRS.includes(a) ? ' key' : ''}`} data-attr={a}>
              {attrName(a)}
            </li>
          ))}
        </ul>
      )}
      {licence.grantees.length > 0 && (
        <p class="grantees">
          {t('popup_licenceGrantees')} <strong>{licence.grantees.join(', ')}</strong>
        </p>
      )}
    </section>
  );
}
