import type { Block } from './blocks';

// The shapes every layer shares. Contract 1 (CLI JSON) is Report minus `summary` extras.

/** The CLAUDETTE / UNFAIR-ToS categories of potentially unfair terms (TAXONOMY.md, tier 2); `unilateral-change` is tier 1's. */
export const TIER2_CATEGORIES = [
  'limitation-of-liability',
  'unilateral-termination',
  'content-removal',
  'contract-by-using',
  'choice-of-law',
  'jurisdiction',
  'arbitration',
] as const;
export type Tier2Category = (typeof TIER2_CATEGORIES)[number];

export const CATEGORIES = [
  'ai-training',
  'ai-restriction',
  'content-license',
  'third-party-sharing',
  'rights-waiver',
  'unilateral-change',
  ...TIER2_CATEGORIES,
] as const;

export type BuiltInCategory = (typeof CATEGORIES)[number];
/** A built-in category, or a user category from custom keywords (`user:<slug>`). */
export type Category = BuiltInCategory | `user:${string}`;

export type Severity = 'low' | 'medium' | 'high' | 'protective';

export interface Finding {
  category: Category;
  /** JavaScript string indices into the analysed text; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  severity: Severity;
  attrs: string[];
  /** Plain words a non-lawyer understands. */
  explanation: string;
  /** The id of the rule (or `keyword:<id>`) that fired. */
  rule: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface LicenceCard {
  /** Attributes of the licence the user grants (worldwide, perpetual, sublicensable...). */
  attrs: string[];
  /** Who receives the rights, in plain words ("the platform", "its affiliates", "other users"). */
  grantees: string[];
}

export interface Summary {
  grade: Grade;
  headline: string;
  points: string[];
  licence: LicenceCard;
  counts: Partial<Record<Category, number>>;
  /** Set when terms can change unilaterally AND bind by continued use AND allow AI training. */
  dangerousCombination: boolean;
}

export interface Report {
  words: number;
  findings: Finding[];
  summary: Summary;
}

/** A user's own keyword, already validated (see keywords.ts). */
export interface UserKeyword {
  id: string;
  phrase: string;
  category: Category;
  severity: Severity;
  note: string;
}

export interface AnalyzeOptions {
  /** Categories to report; all built-ins and user categories when absent. */
  categories?: readonly Category[];
  keywords?: readonly UserKeyword[];
  /** The document's structure from the page or a parser; inferred from lines when absent (see blocks.ts). */
  blocks?: readonly Block[];
}
