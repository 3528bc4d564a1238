// One per-site list (never or always scan automatically): add a site by address or name, remove one.
import { useState } from 'preact/hooks';
import { parseSite, MAX_SITES, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { useSection } from './status';

const MAX_SITE_INPUT = 2048;

export interface SiteListProps {
  which: 'never' | 'always';
  settings: Settings;
  onChange(next: Settings, message: string): void;
}

export function SiteList({ which, settings, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const status = useSection('sites');
  const sites = settings.sites[which];
  const other = which === 'never' ? 'always' : 'never';
  const id = `sites-${which}`;
  const add = (event: Event) => {
    event.preventDefault();
    const typed = text.trim();
    // A web address is at most 2,048 characters in practice; say so rather than echo a 10,000-character paste.
    if (typed.length > MAX_SITE_INPUT) return status.fail(t('settings_siteTooLong', [typed.length.toLocaleString('en'), MAX_SITE_INPUT.toLocaleString('en')]), id);
    const site = parseSite(typed);
    if (!site) return status.fail(t('options_siteInvalid', typed || '""'), id);
    if (sites.includes(site)) return status.fail(t('options_siteDuplicate', site), id);
    if (sites.length >= MAX_SITES) return status.fail(t('options_siteTooMany', MAX_SITES), id);
    setText('');
    // A site is in one list at most: adding it here takes it out of the other.
    const sitesNext = { ...settings.sites, [which]: [...sites, site], [other]: settings.sites[other].filter((s) => s !== site) };
    onChange({ ...settings, sites: sitesNext }, t('options_siteAdded', site));
  };
  return (
    <div class="site-list">
      <form onSubmit={add} noValidate>
        <label for={id}>{t(`options_sites_${which}`)}</label>
        <div class="row">
          <input id={id} type="text" value={text} placeholder="example.com" onInput={(e) => setText(e.currentTarget.value)} {...status.field(id)} />
          <button type="submit">{t('options_siteAdd')}</button>
        </div>
      </form>
      <ul data-testid={id}>
        {sites.map((site) => (
          <li key={site}>
            {site}{' '}
            <button type="button" class="link danger" aria-label={t('options_siteRemove', site)} onClick={() => onChange({ ...settings, sites: { ...settings.sites, [which]: sites.filter((s) => s !== site) } }, t('options_siteRemoved', site))}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
