// Licence attributes read from the sentence itself (TAXONOMY.md): modify / adapt / translate means
// derivative-works; "for any purpose", promotion, marketing or monetisation means commercial; "without
// compensation" means royalty-free.
const LICENCE_ATTRS: [string, RegExp][] = [
  ['worldwide', /\bworld[- ]?wide\b|\bthroughout the world\b|\bin any (?:country|territory)\b/i],
  ['non-exclusive', /\bnon-?\s?exclusive\b/i],
  ['exclusive', /(?<!non-?\s?)\bexclusive\b(?! of)/i],
  ['royalty-free', /\broyalty[- ]free\b|\b(?:without|no) (?:any )?compensation\b|\bfully[- ]paid\b|\bfree of charge\b/i],
  ['sublicensable', /\bsub-?licens\w*/i],
  ['transferable', /\btransferr?able\b|\bassignment rights\b|\bassignable\b/i],
  ['perpetual', /\bperpetual\w*|\bin perpetuity\b/i],
  ['irrevocable', /\birrevocabl\w*|\bcannot revoke\b|\bnot be revoked\b|\bmay not revoke\b/i],
  ['derivative-works', /\bderivative works?\b|\bmodif(?:y|ied|ies|ying|ication)\b|\badapt\b|\badapt(?:ed|ing|ations?)\b|\btranslat\w*|\btransform\w*|\bre-?format\w*|\bmake changes to\b|\bcompiles?\b/i],
  ['commercial', /\bfor any purpose\b|\bpromot\w*|\bmarketing\b|\badvertis\w*|\bmonetiz\w*|\bmonetis\w*|\bcommercial\w*|\bsyndicat\w*/i],
  ['survives-deletion', /\bsurviv\w*|\beven after (?:you )?(?:delete|remov)\w*|\bremain available\b|\bnot be revoked\b|\bnotwithstanding any termination\b|\bafter (?:the )?deletion\b/i],
];

export function licenceAttrs(text: string): string[] {
  return LICENCE_ATTRS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Attributes that make a licence broad enough to rate it high rather than medium. */
export const BROAD_LICENCE = new Set(['perpetual', 'irrevocable', 'sublicensable', 'transferable', 'exclusive', 'commercial', 'survives-deletion']);

export function changeAttrs(text: string): string[] {
  const attrs: string[] = [];
  if (/\b(?:at any time|from time to time|sole discretion|any reason)\b/i.test(text)) attrs.push('any-time');
  if (/\bwithout (?:prior |advance |any )?notice\b|\bwith or without notice\b/i.test(text)) attrs.push('without-notice');
  if (CONTINUED_USE.test(text)) attrs.push('continued-use');
  return attrs;
}

/** Using the service after a change counts as accepting it. */
export const CONTINUED_USE = /\bcontinu\w* (?:to )?(?:access\w* (?:or|and) )?us\w*|\bcontinued (?:use|access)\b|\b(?:use|access)\w* (?:\w+ ){0,8}(?:after|following) (?:\w+ ){0,6}(?:chang|revis|updat|effective|modif|amend)\w*|\bthat means you agree\b|\bconstitutes (?:your )?acceptance\b/i;
