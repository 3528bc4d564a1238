// One settings definition: the defaults object is the type; the parser checks each field against it and
// migrations turn older shapes into the current one. Bad input is rejected with the field it is about, so
// the options page can say what is wrong beside that field and keep the previous settings.
// Types and constants only: the background and the probe path must not pull in the classifier.
import { CATEGORIES, type AnalyzeOptions, type BuiltInCategory, type Category, type Severity, type UserKeyword } from '../core/types';
import { MAX_PHRASE_LENGTH, samePhraseKey } from '../core/keywords';
import { userCategoryId, isValidColour, parseSite } from './settings-fields';

export { userCategoryId, parseSite, siteMatches } from './settings-fields';

export const SETTINGS_VERSION = 2;
export const MAX_KEYWORDS = 300;
export const MAX_USER_CATEGORIES = 30;
export const MAX_SITES = 500;
export const MAX_NOTE_LENGTH = 500;
export const MAX_CATEGORY_NAME_LENGTH = 40;
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'protective'];
/** The optional host permission automatic scanning asks for (manifest `optional_host_permissions`). */
export const AUTO_SCAN_ORIGINS = ['http://*/*', 'https://*/*'];

export interface UserCategory {
  /** `user:<slug>`: the id findings and highlights carry. */
  id: `user:${string}`;
  name: string;
  /** `#rrggbb`. */
  colour: string;
  enabled: boolean;
}

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  autoScan: false,
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<BuiltInCategory, boolean>,
  keywords: [] as UserKeyword[],
  userCategories: [] as UserCategory[],
  /** Host names (a host also covers its subdomains) for automatic scanning. */
  sites: { never: [] as string[], always: [] as string[] },
};

export type Settings = typeof DEFAULT_SETTINGS;

/** `field` names the part of the input at fault (`keywords[3].phrase`, `version`...), for a message beside it. */
export type ParseResult = { ok: true; value: Settings } | { ok: false; error: string; field: string };

type Raw = Record<string, unknown>;

/** Each migration turns version N into N + 1; fields they do not touch are filled from the defaults. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 1 had no keywords, user categories or site lists: the defaults fill them in.
  1: (raw) => ({ ...raw, version: 2 }),
};

class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function parseSettings(input: unknown): ParseResult {
  try {
    return { ok: true, value: parseOrThrow(input) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message, field: error.field };
    throw error;
  }
}

function parseOrThrow(input: unknown): Settings {
  if (!isObject(input)) throw new Invalid('settings', 'Settings must be a JSON object.');
  let raw: Raw = input;
  const version = raw.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Invalid('version', '"version" must be a whole number.');
  }
  if (version > SETTINGS_VERSION) {
    throw new Invalid('version', `These settings come from a newer Fine Print (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update the extension, then try again.`);
  }
  for (let v = version; v < SETTINGS_VERSION; v++) raw = MIGRATIONS[v]!(raw);

  const value: Settings = structuredClone(DEFAULT_SETTINGS);
  value.autoScan = optionalBoolean(raw.autoScan, 'autoScan') ?? value.autoScan;
  if (raw.categories !== undefined) {
    if (!isObject(raw.categories)) throw new Invalid('categories', '"categories" must be an object of true/false values.');
    for (const c of CATEGORIES) value.categories[c] = optionalBoolean(raw.categories[c], `categories.${c}`) ?? true;
  }
  value.userCategories = list(raw.userCategories, 'userCategories', MAX_USER_CATEGORIES, parseUserCategory);
  const known = new Set<string>([...CATEGORIES, ...value.userCategories.map((c) => c.id)]);
  value.keywords = list(raw.keywords, 'keywords', MAX_KEYWORDS, (k, field) => parseKeyword(k, field, known));
  if (raw.sites !== undefined) {
    if (!isObject(raw.sites)) throw new Invalid('sites', '"sites" must be an object with "never" and "always" lists.');
    for (const which of ['never', 'always'] as const) {
      value.sites[which] = list(raw.sites[which], `sites.${which}`, MAX_SITES, (s, field) => {
        const site = typeof s === 'string' ? parseSite(s) : null;
        if (!site) throw new Invalid(field, `${JSON.stringify(s)} is not a web site address.`);
        return site;
      });
    }
  }
  return value;
}

function parseUserCategory(input: unknown, field: string): UserCategory {
  if (!isObject(input)) throw new Invalid(field, 'A category must be an object.');
  const name = requiredText(input.name, `${field}.name`, 'Category name', MAX_CATEGORY_NAME_LENGTH);
  const id = input.id ?? userCategoryId(name);
  if (typeof id !== 'string' || !/^user:[a-z0-9-]+$/.test(id)) throw new Invalid(`${field}.id`, `Category id ${JSON.stringify(id)} must look like "user:my-category".`);
  const colour = input.colour ?? '#7c3aed';
  if (typeof colour !== 'string' || !isValidColour(colour)) throw new Invalid(`${field}.colour`, 'Category colour must look like #7c3aed.');
  return { id: id as UserCategory['id'], name, colour: colour.toLowerCase(), enabled: optionalBoolean(input.enabled, `${field}.enabled`) ?? true };
}

/** Checks one keyword; also used by the options form before adding one. */
export function parseKeyword(input: unknown, field: string, knownCategories: ReadonlySet<string>): UserKeyword {
  if (!isObject(input)) throw new Invalid(field, 'A keyword must be an object.');
  const phrase = requiredText(input.phrase, `${field}.phrase`, 'The phrase', MAX_PHRASE_LENGTH);
  const category = input.category;
  if (typeof category !== 'string' || !knownCategories.has(category)) {
    throw new Invalid(`${field}.category`, `Unknown category ${JSON.stringify(category)} for "${phrase}".`);
  }
  const severity = input.severity ?? 'medium';
  if (!SEVERITIES.includes(severity as Severity)) throw new Invalid(`${field}.severity`, `Severity must be one of ${SEVERITIES.join(', ')}.`);
  const note = input.note ?? '';
  if (typeof note !== 'string') throw new Invalid(`${field}.note`, 'The note must be text.');
  if (note.length > MAX_NOTE_LENGTH) throw new Invalid(`${field}.note`, `The note is ${note.length.toLocaleString('en')} characters long; the limit is ${MAX_NOTE_LENGTH}.`);
  const id = typeof input.id === 'string' && input.id ? input.id : `k-${hash(phrase + category)}`;
  return { id, phrase, category: category as Category, severity: severity as Severity, note };
}

/** The form-friendly wrapper: an error message and field, or the keyword. */
export function checkKeyword(input: unknown, settings: Settings): { ok: true; value: UserKeyword } | { ok: false; error: string; field: string } {
  try {
    const known = new Set<string>([...CATEGORIES, ...settings.userCategories.map((c) => c.id)]);
    const value = parseKeyword(input, 'keyword', known);
    if (settings.keywords.length >= MAX_KEYWORDS) throw new Invalid('keyword.phrase', `You already have ${MAX_KEYWORDS} keywords, the most Fine Print keeps. Remove one first.`);
    // "voice-clone" and "Voice clone" match the same words, so they are the same keyword.
    const duplicate = settings.keywords.some((k) => samePhraseKey(k.phrase) === samePhraseKey(value.phrase) && k.category === value.category);
    if (duplicate) throw new Invalid('keyword.phrase', `"${value.phrase}" is already in your list.`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message, field: error.field.replace(/^keyword\./, '') };
    throw error;
  }
}

/** What the classifier needs: enabled built-in and user categories, and the keywords in them. */
export function analyzeOptionsFrom(settings: Settings): Required<Pick<AnalyzeOptions, 'categories' | 'keywords'>> {
  const categories: Category[] = [
    ...CATEGORIES.filter((c) => settings.categories[c]),
    ...settings.userCategories.filter((c) => c.enabled).map((c) => c.id),
  ];
  return { categories, keywords: settings.keywords.filter((k) => categories.includes(k.category)) };
}

function list<T>(input: unknown, field: string, max: number, item: (value: unknown, field: string) => T): T[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) throw new Invalid(field, `"${field}" must be a list.`);
  if (input.length > max) throw new Invalid(field, `"${field}" has ${input.length.toLocaleString('en')} entries; Fine Print keeps at most ${max}.`);
  return input.map((value, i) => item(value, `${field}[${i}]`));
}

function requiredText(input: unknown, field: string, label: string, max: number): string {
  if (typeof input !== 'string' || input.trim() === '') throw new Invalid(field, `${label} is empty.`);
  const text = input.trim();
  if (text.length > max) throw new Invalid(field, `${label} is ${text.length.toLocaleString('en')} characters long; the limit is ${max}.`);
  return text;
}

function optionalBoolean(input: unknown, field: string): boolean | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'boolean') throw new Invalid(field, `"${field}" must be true or false.`);
  return input;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
