// The clause list in the order that matters to someone who uploads their work. One sentence labelled with
// several categories is one card with several chips, in the group of its most important category.
import type { Category, Finding, Severity } from '../core/types';

/** Where categories not named here fall: user keywords, and tier-2 labels nobody has placed yet. */
export const OTHER = '*';

/**
 * The groups' order, as data: AI training, rights you give up, licence, sharing, changes; then tier-2 terms
 * (TAXONOMY.md; a new label goes in here, before OTHER); then protections last.
 */
export const GROUP_ORDER: readonly string[] = [
  'ai-training',
  'rights-waiver',
  'content-license',
  'third-party-sharing',
  'unilateral-change',
  'arbitration',
  'limitation-of-liability',
  'unilateral-termination',
  'content-removal',
  'contract-by-using',
  'jurisdiction',
  'choice-of-law',
  OTHER,
  'ai-restriction',
];

const SEVERITY_RANK: Record<Severity, number> = { protective: 0, low: 1, medium: 2, high: 3 };

export interface ClauseCard {
  /** The index (into the report's findings) that the page scrolls to: the card's most important finding. */
  index: number;
  /** Every finding of this sentence, most important category first. */
  findings: Finding[];
  severity: Severity;
}

export interface ClauseGroup {
  category: Category;
  cards: ClauseCard[];
}

export function groupRank(category: string): number {
  const at = GROUP_ORDER.indexOf(category);
  return at >= 0 ? at : GROUP_ORDER.indexOf(OTHER);
}

/** Cards (one per sentence) grouped by category in GROUP_ORDER, page order within a group. */
export function groupFindings(findings: readonly Finding[]): ClauseGroup[] {
  const bySentence = new Map<string, Array<{ finding: Finding; index: number }>>();
  findings.forEach((finding, index) => {
    const key = `${finding.start}:${finding.end}`;
    const list = bySentence.get(key) ?? [];
    if (!list.some((x) => x.finding.category === finding.category)) list.push({ finding, index });
    bySentence.set(key, list);
  });
  const groups = new Map<Category, ClauseCard[]>();
  const firstSeen: Category[] = [];
  for (const list of bySentence.values()) {
    list.sort((a, b) => groupRank(a.finding.category) - groupRank(b.finding.category));
    const lead = list[0]!;
    const severity = list.reduce<Severity>((worst, x) => (SEVERITY_RANK[x.finding.severity] > SEVERITY_RANK[worst] ? x.finding.severity : worst), lead.finding.severity);
    const card: ClauseCard = { index: lead.index, findings: list.map((x) => x.finding), severity };
    const category = lead.finding.category;
    if (!groups.has(category)) {
      groups.set(category, []);
      firstSeen.push(category);
    }
    groups.get(category)!.push(card);
  }
  const ordered = [...firstSeen].sort((a, b) => groupRank(a) - groupRank(b) || firstSeen.indexOf(a) - firstSeen.indexOf(b));
  return ordered.map((category) => ({
    category,
    cards: groups.get(category)!.sort((a, b) => a.findings[0]!.start - b.findings[0]!.start),
  }));
}
