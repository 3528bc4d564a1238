// Renders what a site signals about AI: page tags first, then (after a check) robots.txt and TDMRep.
import type { BotVerdict, SiteSignals, UsagePrefs } from '../../core/signals/index';
import { t } from '../../shared/i18n';

export function PageSignalsList({ signals }: { signals: SiteSignals }) {
  const { page } = signals;
  const items: string[] = [];
  if (page.noai) items.push(t('signals_noai'));
  if (page.noimageai) items.push(t('signals_noimageai'));
  if (page.tdmReservation) items.push(t('signals_tdmReserved'));
  if (page.tdmPolicy) items.push(t('signals_tdmPolicy', page.tdmPolicy));
  for (const bot of page.perBot) items.push(t('signals_perBot', [bot.bot, bot.operator, bot.directives.join(', ')]));
  if (page.usage) items.push(t('signals_usage', prefsText(page.usage)));
  if (items.length === 0) return <p data-testid="signals-meta-none">{t('signals_noMeta')}</p>;
  return (
    <ul data-testid="signals-meta">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function CheckedSignalsView({ signals }: { signals: SiteSignals }) {
  const checked = signals.checked;
  if (!checked) return null;
  const named = checked.bots.filter((b) => b.matchedBy === 'own');
  const blocked = checked.bots.filter((b) => !b.page);
  return (
    <div data-testid="signals-checked">
      {checked.robotsStatus === 'ok' ? (
        <p data-testid="signals-robots-summary">
          {blocked.length
            ? t('signals_blocked', [String(blocked.length), String(checked.bots.length)])
            : t('signals_noneBlocked')}
        </p>
      ) : (
        <p data-testid="signals-robots-summary">{t(checked.robotsStatus === 'missing' ? 'signals_robotsMissing' : 'signals_robotsError')}</p>
      )}
      {checked.usage && <p data-testid="signals-usage">{t('signals_usage', prefsText(checked.usage))}</p>}
      {checked.tdmStatus === 'ok' && (
        <p data-testid="signals-tdm">{t(checked.tdmRule?.reservation ? 'signals_tdmFileReserved' : 'signals_tdmFileOpen')}</p>
      )}
      {named.length + blocked.length > 0 && <BotTable bots={uniqueBots([...named, ...blocked])} />}
    </div>
  );
}

function uniqueBots(bots: BotVerdict[]): BotVerdict[] {
  return bots.filter((bot, i) => bots.findIndex((b) => b.token === bot.token) === i);
}

function BotTable({ bots }: { bots: BotVerdict[] }) {
  return (
    <table data-testid="signals-bots" style={{ width: '100%', fontSize: '0.88em', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>{t('signals_colBot')}</th>
          <th scope="col" style={{ textAlign: 'left' }}>{t('signals_colOperator')}</th>
          <th scope="col" style={{ textAlign: 'left' }}>{t('signals_colPage')}</th>
          <th scope="col" style={{ textAlign: 'left' }}>{t('signals_colRoot')}</th>
        </tr>
      </thead>
      <tbody>
        {bots.map((bot) => (
          <tr key={bot.token} data-bot={bot.token} data-page={bot.page ? 'allowed' : 'blocked'}>
            <td>{bot.token}</td>
            <td>{bot.operator}</td>
            <td>{t(bot.page ? 'signals_allowed' : 'signals_blockedOne')}</td>
            <td>{t(bot.root ? 'signals_allowed' : 'signals_blockedOne')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function prefsText(prefs: UsagePrefs): string {
  return Object.entries(prefs)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
