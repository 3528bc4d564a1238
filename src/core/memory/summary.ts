// One plain sentence for a diff: "Since 12 Feb: 1 new AI-training clause, licence now sublicensable, ...".
import type { Category } from '../types';
import { andList, attrLabel } from '../attr-labels';
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

/** Riskiest category first: the order the popup lists changed clauses in. */
export function rank(category: Category): number {
  const i = ORDER.indexOf(category);
  return i === -1 ? ORDER.length : i;
}

/** Counts per category, riskiest first. */
class Tally {
  private readonly counts = new Map<Category, number>();
  add(category: Category): void {
    this.counts.set(category, (this.counts.get(category) ?? 0) + 1);
  }
  entries(): Array<[Category, number]> {
    return [...this.counts].sort(([a], [b]) => rank(a) - rank(b));
  }
}

/**
 * The parts of the sentence, by category: a clause that gained a category counts as a new clause of it, one
 * that lost a category as one removed; attribute changes are said of the category that has the attribute.
 */
export function describeDiff(diff: FindingsDiff): string[] {
  const added = new Tally();
  const removed = new Tally();
  const reworded = new Tally();
  const attrParts: string[] = [];
  for (const clause of diff.added) for (const c of clause.categories) added.add(c);
  for (const clause of diff.removed) for (const c of clause.categories) removed.add(c);
  for (const change of [...diff.changed].sort((a, b) => rank(a.after.category) - rank(b.after.category))) {
    for (const c of change.categoriesAdded) added.add(c);
    for (const c of change.categoriesRemoved) removed.add(c);
    let said = change.categoriesAdded.length + change.categoriesRemoved.length > 0;
    for (const print of change.after.prints) {
      const old = change.before.prints.find((p) => p.category === print.category);
      if (!old) continue;
      const subject = SUBJECTS[print.category] ?? categoryNoun(print.category, 1);
      const gained = print.attrs.filter((a) => !old.attrs.includes(a));
      const lost = old.attrs.filter((a) => !print.attrs.includes(a));
      if (gained.length) attrParts.push(`${subject} now ${andList(gained.map(attrLabel))}`);
      if (lost.length) attrParts.push(`${subject} no longer: ${andList(lost.map(attrLabel))}`);
      said ||= gained.length + lost.length > 0;
    }
    if (!said && change.similarity < 1) reworded.add(change.after.category);
  }
  return [
    ...added.entries().map(([category, n]) => `${n} new ${categoryNoun(category, n)}`),
    ...attrParts,
    ...reworded.entries().map(([category, n]) => `${n} ${categoryNoun(category, n)} reworded`),
    ...removed.entries().map(([category, n]) => `${n} ${categoryNoun(category, n)} removed`),
  ];
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
