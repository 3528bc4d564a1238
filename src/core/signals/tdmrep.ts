// `/.well-known/tdmrep.json` (W3C TDMRep): an array of {location, tdm-reservation, tdm-policy}.
export interface TdmRule {
  location: string;
  reservation: boolean;
  policy?: string;
}

const MAX_RULES = 500;

/** Parses leniently: a bad file or bad entries give no rules, never an exception. */
export function parseTdmRep(text: string): TdmRule[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const rules: TdmRule[] = [];
  for (const entry of data.slice(0, MAX_RULES)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const location = record.location;
    const reservation = record['tdm-reservation'];
    if (typeof location !== 'string' || (reservation !== 0 && reservation !== 1 && reservation !== '0' && reservation !== '1')) continue;
    const policy = record['tdm-policy'];
    rules.push({
      location,
      reservation: String(reservation) === '1',
      ...(typeof policy === 'string' && policy ? { policy } : {}),
    });
  }
  return rules;
}

/** The first rule whose location pattern (`*` wildcards, otherwise exact, leading `/` implied) matches. */
export function tdmRuleFor(rules: readonly TdmRule[], path: string): TdmRule | undefined {
  return rules.find((rule) => locationMatches(rule.location, path));
}

function locationMatches(location: string, path: string): boolean {
  const pattern = location.startsWith('/') || location.startsWith('*') ? location : `/${location}`;
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === path;
  if (!path.startsWith(parts[0]!)) return false;
  let position = parts[0]!.length;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === parts.length - 1) return part === '' || (path.length - part.length >= position && path.endsWith(part));
    const found = path.indexOf(part, position);
    if (found === -1) return false;
    position = found + part.length;
  }
  return true;
}
