// robots.txt as RFC 9309 reads it, plus the IETF AI-preferences `Content-Usage` lines.
import { parseUsagePrefs, type UsagePrefs } from './usage';

/** RFC 9309 asks crawlers to parse at least 500 KiB; past that we stop, as they may. */
export const MAX_ROBOTS_CHARS = 500 * 1024;
const MAX_PATTERN_CHARS = 2048;

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}
export interface UsageRule {
  path: string;
  prefs: UsagePrefs;
}
export interface RobotsGroup {
  /** Product tokens, lower case; `*` for everyone else. */
  agents: string[];
  rules: RobotsRule[];
  usage: UsageRule[];
}
export interface RobotsTxt {
  groups: RobotsGroup[];
  /** `Content-Usage` lines before any group: they speak for every crawler. */
  globalUsage: UsageRule[];
  sitemaps: string[];
  /** Lines that were neither blank, comments nor fields we understand in place. */
  ignoredLines: number;
  truncated: boolean;
}

export function parseRobots(input: string): RobotsTxt {
  const truncated = input.length > MAX_ROBOTS_CHARS;
  const text = (truncated ? input.slice(0, MAX_ROBOTS_CHARS) : input).replace(/^\uFEFF/, '');
  const result: RobotsTxt = { groups: [], globalUsage: [], sitemaps: [], ignoredLines: 0, truncated };
  let group: RobotsGroup | undefined;
  // A user-agent line after a rule starts a new group; consecutive user-agent lines share one.
  let collectingAgents = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const field = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!field) {
      result.ignoredLines++;
      continue;
    }
    const key = field[1]!.toLowerCase();
    const value = field[2]!.trim();
    if (key === 'user-agent') {
      if (!group || !collectingAgents) {
        group = { agents: [], rules: [], usage: [] };
        result.groups.push(group);
      }
      collectingAgents = true;
      const token = productToken(value);
      if (token) group.agents.push(token);
    } else if (key === 'allow' || key === 'disallow') {
      collectingAgents = false;
      if (!group) result.ignoredLines++;
      // An empty disallow allows everything; an empty allow says nothing. Neither is a rule.
      else if (value) group.rules.push({ allow: key === 'allow', pattern: value.slice(0, MAX_PATTERN_CHARS) });
    } else if (key === 'content-usage') {
      collectingAgents = false;
      const usage = parseUsageLine(value);
      if (usage) (group ? group.usage : result.globalUsage).push(usage);
      else result.ignoredLines++;
    } else if (key === 'sitemap') {
      result.sitemaps.push(value);
    } else {
      // crawl-delay, host and friends: not ours to judge, and they do not end a group.
    }
  }
  return result;
}

/** "Googlebot/2.1 (+http://...)" names the product token "googlebot". */
function productToken(value: string): string {
  return (/^[^\s/]+/.exec(value)?.[0] ?? '').toLowerCase();
}

/** `Content-Usage: [path] prefs`, e.g. `Content-Usage: /music/ train-ai=n`. */
function parseUsageLine(value: string): UsageRule | null {
  const match = /^(\/\S*)?\s*(.*)$/.exec(value);
  const prefs = parseUsagePrefs(match?.[2] ?? '');
  if (Object.keys(prefs).length === 0) return null;
  return { path: match?.[1] ?? '/', prefs };
}

/** Groups naming the agent, combined (RFC 9309 2.2.1); else the `*` groups; else none. */
export function groupsFor(robots: RobotsTxt, agent: string): { groups: RobotsGroup[]; matchedBy: 'own' | '*' | 'none' } {
  const token = agent.toLowerCase();
  const own = robots.groups.filter((g) => g.agents.includes(token));
  if (own.length) return { groups: own, matchedBy: 'own' };
  const star = robots.groups.filter((g) => g.agents.includes('*'));
  return star.length ? { groups: star, matchedBy: '*' } : { groups: [], matchedBy: 'none' };
}

/** May `agent` fetch `path`? Longest matching pattern wins; on a tie, allow wins (RFC 9309 2.2.2). */
export function isAllowed(robots: RobotsTxt, agent: string, path: string): boolean {
  const target = normalisePath(path);
  if (target === '/robots.txt') return true;
  let best: RobotsRule | undefined;
  for (const group of groupsFor(robots, agent).groups) {
    for (const rule of group.rules) {
      if (!matchesPattern(normalisePath(rule.pattern), target)) continue;
      if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
    }
  }
  return best ? best.allow : true;
}

/** The AI-use preferences that apply to `agent` on `path`: the longest matching path, the agent's groups first. */
export function usageFor(robots: RobotsTxt, agent: string, path: string): UsagePrefs | undefined {
  const target = normalisePath(path);
  const pick = (rules: UsageRule[]) => {
    let best: UsageRule | undefined;
    for (const rule of rules) {
      if (matchesPattern(normalisePath(rule.path), target) && (!best || rule.path.length >= best.path.length)) best = rule;
    }
    return best?.prefs;
  };
  return pick(groupsFor(robots, agent).groups.flatMap((g) => g.usage)) ?? pick(robots.globalUsage);
}

/** Percent-escapes compare case-insensitively; a missing leading slash is implied. */
function normalisePath(path: string): string {
  const withSlash = path.startsWith('/') || path.startsWith('*') ? path : `/${path}`;
  return withSlash.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/**
 * `*` matches any run of characters, a final `$` anchors the end; otherwise a pattern is a prefix.
 * Matched without building a RegExp, so a hostile robots.txt cannot make us backtrack for long.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const parts = body.split('*');
  let position = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === 0) {
      if (!path.startsWith(part)) return false;
      position = part.length;
      continue;
    }
    if (i === parts.length - 1 && anchored) {
      // The last piece must sit at the very end, after everything matched so far.
      return path.length - part.length >= position && path.endsWith(part);
    }
    const found = path.indexOf(part, position);
    if (found === -1) return false;
    position = found + part.length;
  }
  return anchored ? position === path.length : true;
}
