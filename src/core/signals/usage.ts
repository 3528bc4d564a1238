// The IETF AI-preferences vocabulary (draft-ietf-aipref-vocab): "train-ai=n, search=y" in robots.txt
// `Content-Usage` lines and the `Content-Usage` HTTP header.
export const USAGE_CATEGORIES = ['bots', 'train-ai', 'train-genai', 'ai-use', 'search'] as const;
export type UsageCategory = (typeof USAGE_CATEGORIES)[number];
export type UsagePrefs = Partial<Record<UsageCategory, 'y' | 'n'>>;

/**
 * Parses a structured-field-like dictionary leniently: members split on commas, parameters after `;`
 * dropped, unknown categories and values other than y/n ignored (the draft says to ignore what you do
 * not understand). Later members win, as in a structured-field dictionary.
 */
export function parseUsagePrefs(value: string): UsagePrefs {
  const prefs: UsagePrefs = {};
  for (const member of value.split(',')) {
    const [pair = ''] = member.split(';');
    const match = /^\s*([a-z][a-z0-9_-]*)\s*=\s*"?([yn])"?\s*$/i.exec(pair);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    if ((USAGE_CATEGORIES as readonly string[]).includes(key)) prefs[key as UsageCategory] = match[2]!.toLowerCase() as 'y' | 'n';
  }
  return prefs;
}

/** Whether the preferences say no to AI training; generative-only refusal counts too, as users would read it. */
export function refusesTraining(prefs: UsagePrefs): boolean {
  return prefs['train-ai'] === 'n' || prefs['train-genai'] === 'n';
}

export function allowsTraining(prefs: UsagePrefs): boolean {
  return prefs['train-ai'] === 'y';
}
