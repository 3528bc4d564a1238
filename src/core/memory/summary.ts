// One plain sentence for a diff: "Since 12 Feb: 1 new AI-training clause, licence now sublicensable, ...".
import type { Category } from '../types';
import type { FindingsDiff, DocumentVersion } from './types';

const NOUNS: Record<string, [string, string]> = {
  'ai-training': ['AI-training clause', 'AI-training clauses'],
  'ai-restriction': ['AI restriction', 'AI restrictions'],
  'content-license': ['licence clause', 'licence clauses'],
  'third-party-sharing': ['sharing clause', 'sharing clauses'],
  'rights-waiver': ['rights waiver', 'rights waivers'],
  'unilateral-change': ['change-the-terms clause', 'change-the-terms clauses'],
  // Tier 2 ("if something goes wrong").
  'limitation-of-liability': ['liability limit', 'liability limits'],
  'unilateral-termination': ['account-closing clause', 'account-closing clauses'],
  'content-removal': ['content-removal clause', 'content-removal clauses'],
  'contract-by-using': ['bound-by-using clause', 'bound-by-using clauses'],
  'choice-of-law': ['governing-law clause', 'governing-law clauses'],
  jurisdiction: ['court clause', 'court clauses'],
  arbitration: ['arbitration clause', 'arbitration clauses'],
};
/** What an attribute change is said about: "licence now sublicensable", "AI training now opt-out". */
const SUBJECTS: Record<string, string> = {
  'ai-training': 'AI training',
  'ai-restriction': 'AI restriction',
  'content-license': 'licence',
  'third-party-sharing': 'sharing',
  'rights-waiver': 'rights waiver',
  'unilateral-change': 'change-the-terms clause',
};
/** Riskiest first, so the sentence leads with what matters. */
const ORDER = ['ai-training', 'content-license', 'rights-waiver', 'third-party-sharing', 'unilateral-change', 'ai-restriction'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function categoryNoun(category: Category, count: number): string {
  const noun = NOUNS[category] ?? [`"${category.replace(/^user:/, '')}" match`, `"${category.replace(/^user:/, '')}" matches`];
  return count === 1 ? noun[0] : noun[1];
}

/** "12 Feb", or "12 Feb 2025" when not this year (the user's own clock and time zone). */
export function formatShortDate(epochMs: number, nowMs: number = Date.now()): string {
  const date = new Date(epochMs);
  const label = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return date.getFullYear() === new Date(nowMs).getFullYear() ? label : `${label} ${date.getFullYear()}`;
}

function byCategory<T extends { category: Category }>(items: readonly T[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => rank(a) - rank(b)));
}

/** Riskiest category first: the order the popup lists changed clauses in. */
export function rank(category: Category): number {
  const i = ORDER.indexOf(category);
  return i === -1 ? ORDER.length : i;
}

export function describeDiff(diff: FindingsDiff): string[] {
  const parts: string[] = [];
  for (const [category, n] of byCategory(diff.added)) parts.push(`${n} new ${categoryNoun(category, n)}`);
  const reworded = new Map<Category, number>();
  for (const change of [...diff.changed].sort((a, b) => rank(a.before.category) - rank(b.before.category))) {
    const subject = SUBJECTS[change.after.category] ?? categoryNoun(change.after.category, 1);
    if (change.attrsAdded.length) parts.push(`${subject} now ${listOf(change.attrsAdded)}`);
    if (change.attrsRemoved.length) parts.push(`${subject} no longer ${listOf(change.attrsRemoved)}`);
    if (!change.attrsAdded.length && !change.attrsRemoved.length) {
      reworded.set(change.after.category, (reworded.get(change.after.category) ?? 0) + 1);
    }
  }
  for (const [category, n] of reworded) parts.push(`${n} ${categoryNoun(category, n)} reworded`);
  for (const [category, n] of byCategory(diff.removed)) parts.push(`${n} ${categoryNoun(category, n)} removed`);
  return parts;
}

function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function summariseChanges(diff: FindingsDiff, sinceLabel: string): string {
  const parts = describeDiff(diff);
  if (parts.length === 0) return `Since ${sinceLabel}: the wording changed, but none of the clauses Fine Print looks for did.`;
  return `Since ${sinceLabel}: ${parts.join(', ')}.`;
}

/**
 * The dangerous combination over time: the terms already let the site change them unilaterally, and a
 * later version added AI training. Returns the sentence, or undefined when the history does not show it.
 */
export function unilateralTrend(versions: readonly DocumentVersion[], nowMs: number = Date.now()): string | undefined {
  for (let i = 1; i < versions.length; i++) {
    const previous = versions[i - 1]!;
    const current = versions[i]!;
    const had = (v: DocumentVersion, c: Category) => v.findings.some((f) => f.category === c);
    if (had(previous, 'unilateral-change') && !had(previous, 'ai-training') && had(current, 'ai-training')) {
      return `This site could change its terms without asking you, and it has: AI training appeared on ${formatShortDate(current.firstSeen, nowMs)}.`;
    }
  }
  return undefined;
}
