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
  /** False when the text was not read (it is not in English): `grade` is then only the score of no findings,
   *  and UIs show no grade. Absent or true: the text was read. */
  read?: boolean;
}

export interface Report {
  words: number;
  /** ISO 639-1 code of the text's language (language.ts); only `en` text is read (contract 1). */
  language: string;
  findings: Finding[];
  summary: Summary;
  /** How to opt out: the ways out the terms name for their AI-training clauses and protections (routes.ts). */
  routes?: OptOutRoute[];
}

/** Where a way out was found: a page link, a settings path, an e-mail address, a section, an opt-out sentence. */
export type RouteKind = 'link' | 'settings' | 'email' | 'section' | 'sentence';

export interface OptOutRoute {
  kind: RouteKind;
  /** What to show: the link's text, the path ("Settings > Privacy > Model training"), the address, the heading, the sentence. */
  text: string;
  /** Links: an absolute http(s) or mailto address; e-mail: `mailto:<address>`. Nothing else is ever set here. */
  href?: string;
  /** JavaScript string indices into the analysed text where it was read (a link: its text; a section: its heading). */
  start: number;
  end: number;
  /** Indexes into `Report.findings` of the clauses this way out belongs to. */
  findings: number[];
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
  /** The page's `lang` attribute: a hint for language detection, never the answer on its own. */
  languageHint?: string;
}
