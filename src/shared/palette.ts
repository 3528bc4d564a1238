// The one palette: every category's colour, translucent highlight background and underline style, used by
// page highlights, the hover card, and the popup's and options' chips. Keyed by category string, so a category
// the classifier adds later (the tier-2 labels of TAXONOMY.md) has its look before its type exists.
// Each colour keeps at least 3:1 contrast on white and on our dark backgrounds, so one colour serves both
// themes (and pages of either kind); the underline style is the cue that does not depend on colour.

/** A user category's id and the colour picked for it (settings' UserCategory has both). */
export interface CategoryColour {
  id: string;
  colour: string;
}

export interface Swatch {
  /** Solid colour: underline, chip dot, card edge. `#rrggbb`. */
  colour: string;
  /** Translucent, so both dark and light page text stays readable through it. */
  background: string;
  /** text-decoration-line + style: the non-colour cue. */
  decoration: string;
  /** Higher wins where clauses overlap: only its background is painted there. */
  priority: number;
}

/** How opaque a highlight background is: enough to see on white and on black, never hiding the text. */
const FILL_ALPHA = 0.28;

function swatch(colour: string, decoration: string, priority: number): Swatch {
  return { colour, background: translucent(colour), decoration, priority };
}

const TIER_1: Record<string, Swatch> = {
  'ai-training': swatch('#e5484d', 'underline wavy', 16),
  'rights-waiver': swatch('#a855f7', 'underline overline solid', 15),
  'content-license': swatch('#c47a00', 'underline solid', 14),
  'third-party-sharing': swatch('#3b82f6', 'underline dashed', 13),
  'unilateral-change': swatch('#8b8ba7', 'underline dotted', 12),
  'ai-restriction': swatch('#22a35a', 'underline double', 1),
};

/** The other unfair terms (TAXONOMY.md tier 2): one brown-and-slate family, kept apart from tier 1 by an
 *  overline, which no tier-1 category draws alone. Below tier 1 in priority: AI and rights come first. */
const TIER_2: Record<string, Swatch> = {
  'limitation-of-liability': swatch('#b07040', 'overline solid', 9),
  'unilateral-termination': swatch('#8d6e63', 'overline dashed', 8),
  'content-removal': swatch('#64748b', 'overline dotted', 7),
  'contract-by-using': swatch('#78716c', 'overline wavy', 6),
  'choice-of-law': swatch('#9c6b4e', 'overline double', 5),
  jurisdiction: swatch('#7c8799', 'underline overline dashed', 4),
  arbitration: swatch('#a0785a', 'underline overline double', 3),
};

export const PALETTE: Readonly<Record<string, Swatch>> = { ...TIER_1, ...TIER_2 };
export const TIER_2_CATEGORIES = Object.keys(TIER_2);

/** A user category without a colour of its own (or with one we cannot read). */
/** Above tier 2 (the user asked for these words) and below tier 1. */
export const USER_SWATCH: Swatch = swatch('#0e91a3', 'underline overline dotted', 10);

/** The look of any category: built-in, tier 2, or the user's own in the colour they picked. */
export function swatchFor(category: string, userCategories: readonly CategoryColour[] = []): Swatch {
  const known = PALETTE[category];
  if (known) return known;
  const colour = userCategories.find((c) => c.id === category)?.colour;
  return colour && HEX.test(colour) ? { ...USER_SWATCH, colour: colour.toLowerCase(), background: translucent(colour) } : USER_SWATCH;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** `#rrggbb` -> `rgba(r, g, b, FILL_ALPHA)`, the form getComputedStyle reports too. */
export function translucent(hex: string, alpha = FILL_ALPHA): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** `#rrggbb` -> `rgb(r, g, b)`, as browsers report a computed colour. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The CSS custom property for one category, set inline on a chip: CSS reads `var(--chip)` and never repeats a
 *  hex code, so a user's own colour shows the same way as a built-in one. */
export function chipStyle(category: string, userCategories: readonly CategoryColour[] = []): Record<string, string> {
  return { '--chip': swatchFor(category, userCategories).colour };
}
