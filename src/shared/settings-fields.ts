// Small helpers for individual settings fields: user category ids, colours and site entries.

/** "Voice & likeness!" -> "user:voice-likeness"; the same name always gives the same id. */
export function userCategoryId(name: string): `user:${string}` {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `user:${slug || 'custom'}`;
}

export function isValidColour(colour: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(colour);
}

/**
 * What a person types into a site list -> the host name we keep: "https://www.Example.com/terms" and
 * "example.com" both work. Null when it is not a web address.
 */
export function parseSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || text.length > 253) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  return host;
}

/** A site entry covers its host and every subdomain of it. */
export function siteMatches(url: string, site: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === site || host.endsWith(`.${site}`);
}

/** A new keyword's severity: medium. One mention of a phrase of the user's is their concern, not a high risk. */
export const DEFAULT_KEYWORD_SEVERITY = 'medium' as const;
/** The colour offered for a new category of the user's. */
export const DEFAULT_USER_COLOUR = '#7c3aed';

/**
 * The category a new keyword goes in: the user's own (the first of their categories), never a built-in one,
 * so a keyword cannot turn a page into "lets them train AI" by default. Null when they have none yet: the
 * form then offers a new category of theirs.
 */
export function defaultKeywordCategory(userCategories: ReadonlyArray<{ id: string }>): string | null {
  return userCategories[0]?.id ?? null;
}
