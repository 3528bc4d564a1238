// Licence attributes read from the sentence itself (TAXONOMY.md): modify / adapt / translate means
// derivative-works; "for any purpose", promotion, marketing or monetisation means commercial; "without
// compensation" means royalty-free.
import { pattern } from './concepts';

const LICENCE_ATTRS: [string, RegExp][] = [
  ['worldwide', pattern('(worldwide|world wide)', 'throughout the world', 'in any (country|territory)')],
  ['non-exclusive', pattern('(nonexclusive|non exclusive)')],
  // A regex: "exclusive" but not "non-exclusive" nor "exclusive of" needs a look behind and ahead.
  ['exclusive', /(?<!non-?\s?)\bexclusive\b(?! of)/i],
  ['royalty-free', pattern('royalty free', '(without|no) any? compensation', 'fully paid', 'free of charge')],
  ['sublicensable', pattern('/^sublicens/', 'sub /^licens/')],
  ['transferable', pattern('(transferable|transferrable|assignable)', 'assignment rights')],
  ['perpetual', pattern('/^perpetual/', 'in perpetuity')],
  ['irrevocable', pattern('/^irrevocabl/', '(cannot|may not) revoke', 'not be revoked')],
  [
    'derivative-works',
    pattern(
      'derivative (work|works)',
      '(modify|modified|modifies|modifying|modification|adapt|adapted|adapting|adaptation|adaptations|compile|compiles)',
      '/^(translat|transform|reformat)/',
      're /^format/',
      'make changes to',
    ),
  ],
  ['commercial', pattern('for any purpose', 'marketing', '/^(promot|advertis|monetiz|monetis|commercial|syndicat)/')],
  ['survives-deletion', pattern('/^surviv/', 'even after you? /^(delete|remov)/', 'remain available', 'not be revoked', 'notwithstanding any termination', 'after the? deletion')],
];

export function licenceAttrs(text: string): string[] {
  return LICENCE_ATTRS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Attributes that make a licence broad enough to rate it high rather than medium. */
export const BROAD_LICENCE = new Set(['perpetual', 'irrevocable', 'sublicensable', 'transferable', 'exclusive', 'commercial', 'survives-deletion']);

export function changeAttrs(text: string): string[] {
  const attrs: string[] = [];
  if (ANY_TIME.test(text)) attrs.push('any-time');
  if (WITHOUT_NOTICE.test(text)) attrs.push('without-notice');
  if (CONTINUED_USE.test(text)) attrs.push('continued-use');
  return attrs;
}

const ANY_TIME = pattern('at any time', 'from time to time', 'sole discretion', 'any reason');
const WITHOUT_NOTICE = pattern('without (prior|advance|any)? notice', 'with or without notice');

/** Using the service after a change counts as accepting it. */
export const CONTINUED_USE = pattern(
  '/^continu/ to? /^us/',
  '/^continu/ to? /^access/ (or|and) /^us/',
  'continued (use|access)',
  '/^(use|access)/ .{0,8} (after|following) .{0,6} /^(chang|revis|updat|effective|modif|amend)/',
  'that means you agree',
  'constitutes your? acceptance',
);
