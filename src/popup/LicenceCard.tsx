// "What you grant": the licence's attributes as chips in plain words, most-asked first, and who receives the
// licence as chips after "You give a licence to:" (a list reads; "You grant X, Y, anyone they... a licence" did not).
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
        <div class="grantees">
          <p id="licence-grantees">{t('popup_licenceGrantees')}</p>
          <ul class="chips" aria-labelledby="licence-grantees" data-testid="grantees">
            {licence.grantees.map((g) => (
              <li key={g} class="chip grantee">
                {g}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
