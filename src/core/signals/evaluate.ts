// Puts together what the site signals to machines, and sets it beside what the terms say.
import type { Category } from '../types';
import { AI_BOTS, type AiBot } from './bots';
import { pageRefusesAi, type PageSignals } from './meta';
import { isAllowed, groupsFor, parseRobots, usageFor } from './robots';
import { parseTdmRep, tdmRuleFor, type TdmRule } from './tdmrep';
import { allowsTraining, refusesTraining, type UsagePrefs } from './usage';

export type FetchStatus = 'ok' | 'missing' | 'error' | 'too-large' | 'timeout';

/** One same-site file as the content script fetched it (only when the user clicked "Check"). */
export interface FetchedFile {
  status: FetchStatus;
  text?: string;
}

export interface SiteFetch {
  /** The page's path (no query), for path-specific rules. */
  path: string;
  robots: FetchedFile;
  tdmrep: FetchedFile;
}

export interface BotVerdict extends AiBot {
  matchedBy: 'own' | '*' | 'none';
  /** May fetch "/" and this page. */
  root: boolean;
  page: boolean;
}

export interface CheckedSignals {
  robotsStatus: FetchStatus;
  bots: BotVerdict[];
  /** Content-Usage preferences for crawlers in general on this page. */
  usage?: UsagePrefs;
  tdmStatus: FetchStatus;
  tdmRule?: TdmRule;
}

export interface SiteSignals {
  page: PageSignals;
  checked?: CheckedSignals;
  /** The site tells AI (crawlers or trainers) not to train on or take its pages. */
  refusesAi: boolean;
  contradictions: string[];
}

export function checkSite(fetched: SiteFetch): CheckedSignals {
  const robots = fetched.robots.status === 'ok' ? parseRobots(fetched.robots.text ?? '') : parseRobots('');
  const bots = AI_BOTS.map((bot) => ({
    ...bot,
    matchedBy: groupsFor(robots, bot.token).matchedBy,
    root: isAllowed(robots, bot.token, '/'),
    page: isAllowed(robots, bot.token, fetched.path),
  }));
  const usage = usageFor(robots, '*', fetched.path);
  const tdmRule = fetched.tdmrep.status === 'ok' ? tdmRuleFor(parseTdmRep(fetched.tdmrep.text ?? ''), fetched.path) : undefined;
  return {
    robotsStatus: fetched.robots.status,
    bots,
    ...(usage ? { usage } : {}),
    tdmStatus: fetched.tdmrep.status,
    ...(tdmRule ? { tdmRule } : {}),
  };
}

/** Training crawlers told by name to keep off this page (a `*` block is a general block, not an AI signal). */
export function blockedTrainingBots(checked: CheckedSignals): BotVerdict[] {
  return checked.bots.filter((b) => b.purpose === 'training' && b.matchedBy === 'own' && !b.page);
}

function checkedRefuses(checked: CheckedSignals): boolean {
  return blockedTrainingBots(checked).length > 0 || Boolean(checked.tdmRule?.reservation) || Boolean(checked.usage && refusesTraining(checked.usage));
}

function checkedWelcomes(checked: CheckedSignals): boolean {
  if (checked.usage && allowsTraining(checked.usage)) return true;
  return checked.bots.filter((b) => b.purpose === 'training').every((b) => b.page) && !checked.tdmRule?.reservation && !checked.usage;
}

export interface TermsFindingLike {
  category: Category;
  attrs: readonly string[];
}

export function siteSignals(page: PageSignals, findings: readonly TermsFindingLike[], checked?: CheckedSignals): SiteSignals {
  const refusesAi = pageRefusesAi(page) || (checked ? checkedRefuses(checked) : false);
  const trains = findings.some((f) => f.category === 'ai-training');
  const restricts = findings.some((f) => f.category === 'ai-restriction');
  const contradictions: string[] = [];
  if (trains && refusesAi) {
    contradictions.push('The terms let the platform train AI on your uploads, while the site tells AI crawlers not to train on its pages.');
  }
  if (!trains && restricts && checked && !pageRefusesAi(page) && !checkedRefuses(checked) && checkedWelcomes(checked)) {
    contradictions.push(
      'The terms promise limits on AI use of your content, but the site does not ask AI crawlers to stay away, so others may still train on what you post publicly.',
    );
  }
  return { page, ...(checked ? { checked } : {}), refusesAi, contradictions };
}
