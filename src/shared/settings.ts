// One settings definition: the defaults are the type; the parser and storage derive from them.
// First slice; the options issue grows this into the full schema with migrations.
import { CATEGORIES, type AnalyzeOptions, type BuiltInCategory } from '../core/types';

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  autoScan: false,
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<BuiltInCategory, boolean>,
};

export type Settings = typeof DEFAULT_SETTINGS;

export type ParseResult = { ok: true; value: Settings } | { ok: false; error: string };

export function parseSettings(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'Settings must be an object.' };
  const raw = input as Partial<Record<keyof Settings, unknown>>;
  const value: Settings = structuredClone(DEFAULT_SETTINGS);
  if (raw.autoScan !== undefined) {
    if (typeof raw.autoScan !== 'boolean') return { ok: false, error: '"autoScan" must be true or false.' };
    value.autoScan = raw.autoScan;
  }
  if (raw.categories !== undefined) {
    if (typeof raw.categories !== 'object' || raw.categories === null) {
      return { ok: false, error: '"categories" must be an object of true/false values.' };
    }
    for (const c of CATEGORIES) {
      const on = (raw.categories as Record<string, unknown>)[c];
      if (on !== undefined && typeof on !== 'boolean') return { ok: false, error: `Category "${c}" must be true or false.` };
      if (typeof on === 'boolean') value.categories[c] = on;
    }
  }
  return { ok: true, value };
}

/** What the classifier needs from the settings: enabled categories (and, later, the user's keywords). */
export function analyzeOptionsFrom(settings: Settings): AnalyzeOptions {
  return { categories: CATEGORIES.filter((c) => settings.categories[c]) };
}
