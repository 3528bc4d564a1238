// What a page tells machines about AI in its own markup and headers: robots `noai`/`noimageai`,
// per-bot meta tags, TDMRep (`tdm-reservation`, `tdm-policy`) and the `Content-Usage` header.
import { findBot } from './bots';
import { parseUsagePrefs, type UsagePrefs } from './usage';

export interface MetaTag {
  /** `name` or `http-equiv`, as written. */
  name: string;
  content: string;
}

export interface BotDirective {
  bot: string;
  operator: string;
  directives: string[];
}

export interface PageSignals {
  noai: boolean;
  noimageai: boolean;
  /** `<meta name="GPTBot" content="noindex">` and `X-Robots-Tag: GPTBot: noai`. */
  perBot: BotDirective[];
  tdmReservation?: boolean;
  tdmPolicy?: string;
  usage?: UsagePrefs;
}

const MAX_TAGS = 200;

function directivesOf(content: string): string[] {
  return content
    .toLowerCase()
    .split(/[,\s]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

/** Meta tags (no request needed) and, when the user asked for a check, the page's response headers. */
export function readPageSignals(tags: readonly MetaTag[], headers: Readonly<Record<string, string>> = {}): PageSignals {
  const signals: PageSignals = { noai: false, noimageai: false, perBot: [] };
  const addBot = (token: string, directives: string[]) => {
    const bot = findBot(token);
    if (!bot || directives.length === 0) return;
    const existing = signals.perBot.find((b) => b.bot === bot.token);
    if (existing) existing.directives = [...new Set([...existing.directives, ...directives])];
    else signals.perBot.push({ bot: bot.token, operator: bot.operator, directives });
  };
  const addRobots = (directives: string[]) => {
    if (directives.includes('noai')) signals.noai = true;
    if (directives.includes('noimageai')) signals.noimageai = true;
  };
  for (const tag of tags.slice(0, MAX_TAGS)) {
    const name = tag.name.trim().toLowerCase();
    if (name === 'robots' || name === 'x-robots-tag') addRobots(directivesOf(tag.content));
    else if (name === 'tdm-reservation') signals.tdmReservation = tag.content.trim() === '1';
    else if (name === 'tdm-policy' && tag.content.trim()) signals.tdmPolicy = tag.content.trim();
    else if (name === 'content-usage') mergeUsage(signals, parseUsagePrefs(tag.content));
    else addBot(name, directivesOf(tag.content));
  }
  const header = (name: string) => headers[name] ?? headers[name.toLowerCase()];
  for (const value of (header('x-robots-tag') ?? '').split(/\n/)) {
    // "GPTBot: noai, noindex" speaks to one bot; "noai" to all.
    const scoped = /^\s*([A-Za-z0-9_-]+)\s*:\s*(.*)$/.exec(value);
    if (scoped && findBot(scoped[1]!)) addBot(scoped[1]!, directivesOf(scoped[2]!));
    else addRobots(directivesOf(value));
  }
  const tdm = header('tdm-reservation');
  if (tdm !== undefined) signals.tdmReservation = tdm.trim() === '1';
  const policy = header('tdm-policy');
  if (policy?.trim()) signals.tdmPolicy = policy.trim();
  const usage = header('content-usage');
  if (usage) mergeUsage(signals, parseUsagePrefs(usage));
  return signals;
}

function mergeUsage(signals: PageSignals, prefs: UsagePrefs): void {
  if (Object.keys(prefs).length) signals.usage = { ...signals.usage, ...prefs };
}

/** Does the page itself say "no AI"? A per-bot `noai`/`noindex`/`none` for a training bot counts too. */
export function pageRefusesAi(signals: PageSignals): boolean {
  if (signals.noai || signals.tdmReservation) return true;
  if (signals.usage && (signals.usage['train-ai'] === 'n' || signals.usage['train-genai'] === 'n')) return true;
  return signals.perBot.some((b) => b.directives.some((d) => d === 'noai' || d === 'noindex' || d === 'none'));
}
