// rights-waiver: the user gives up moral rights or attribution, or lets the provider use their name,
// likeness, voice, image or logo. Class-action and forum waivers are tier 2, not this.
import { pattern } from './concepts';
import type { Rule, SentenceView } from './types';

// Giving a right up: "waive", "relinquish", "agree not to assert".
const WAIVE = pattern('(waive|waives|waived|waiving|/^relinquish/)', 'not to? assert', 'consent to any action');
// The rights a person has in their work and name: moral rights, attribution, integrity, publicity.
const PERSONAL_RIGHTS = pattern(
  'moral (right|rights)',
  '(right|rights) (you may have)? (in|to) (having|/^object/)',
  '(right|rights) (you may have)? (in|to) being (named|credited|identified)',
  '(altered|changed|modified|edited) in a (manner|way)',
  'attribution',
  '(right|rights) of (publicity|privacy|integrity|paternity)',
  'right title (or|and) interest',
  'publicity (right|rights)',
);
// Who you are: "your name", "your profile picture", "name, voice and likeness".
const PERSONA = pattern('your .? #Persona', 'identify you', 'name .? (voice|likeness)', '(name|likeness|voice|image) (and|or) (likeness|voice|image|logo|logos)');
/** Who you are, used to sell or promote: the heart of a name-and-likeness clause. */
const COMMERCIAL = pattern('#Commercial');
/** Stopping or defending against a use grants nothing: "cease use and remove your name", "indemnify". */
const STOPS_USING = pattern('/^(cease|stop|withdraw|remove)/ .{0,5} (/^use/|your /^name/)', '/^indemnif/', 'hold harmless');
/** Or a right to use it granted outright ("a licence to use your name and likeness"). */
const GRANTED_USE = pattern('#Grant .{0,10} use');
/** The user is told not to: "you may not use our name". */
const USER_DUTY = pattern('you #MustNot');
const CLASS_ACTION = pattern('class /^action/', 'jury');
// Used without credit: "without attribution", "without any right to credit or attribution".
const WITHOUT_CREDIT = pattern(
  'without any? (right to)? (attribution|credit)', 'without any? (right to)? . (or|and) (attribution|credit)',
  'without (naming|crediting|identifying|mentioning) you', 'in (ways|a way|a manner) you (may|might) not (approve|like|agree)',
  // No duty to credit: "we are not required to attribute your content to you".
  'not (required|obliged|obligated|bound) to (attribute|credit|identify|name) (you|your)', 'no (obligation|duty) to (attribute|credit|identify|name) (you|your)',
);

/** A waiver that is not itself denied; "agree not to assert" is the waiver, so its "not" does not count. */
function waives(s: SentenceView): boolean {
  const m = WAIVE.exec(s.text);
  // Only a negation just before the verb denies it ("we do not ask you to waive"); a "not" elsewhere in the
  // clause ("altered in a manner not agreeable to you") does not. A regex: it looks back from the verb.
  return m !== null && (/^not\b/i.test(m[0]) || !/\b(?:not|never|no)\b(?:\s+[\w’']+){0,4}\s*$|n['’]t(?:\s+[\w’']+){0,4}\s*$/i.test(s.text.slice(Math.max(0, m.index - 40), m.index)));
}

export const rightsWaiverRules: Rule[] = [
  // You give up moral rights or credit for your work.
  {
    id: 'rights-waiver.moral-rights',
    category: 'rights-waiver',
    severity: 'high',
    explain: 'You give up the right to be credited for your work or to object to how it is changed.',
    example: 'You waive any moral rights you may have in the artwork you upload, including the right to be named as its author.',
    counterExample: 'You keep your moral rights in the artwork you upload, including the right to be named as its author.',
    match: (s) =>
      (waives(s) && PERSONAL_RIGHTS.test(s.text) && !CLASS_ACTION.test(s.text)) || WITHOUT_CREDIT.test(s.text),
  },
  // They may use your name, face, voice or logo.
  {
    id: 'rights-waiver.name-and-likeness',
    category: 'rights-waiver',
    severity: 'high',
    explain: 'They may use your name, face, voice or logo, for example in ads or publicity.',
    example: 'You allow us to show your name and profile picture next to sponsored content.',
    counterExample: 'You may not use our name or logo without our written permission.',
    match: (s) => {
      const at = s.text.search(PERSONA);
      if (at < 0 || USER_DUTY.test(s.text) || STOPS_USING.test(s.text)) return false;
      const how = COMMERCIAL.exec(s.text) ?? GRANTED_USE.exec(s.text);
      return how !== null && !s.parse.negatedAt(how.index) && !s.parse.negatedAt(at);
    },
  },
];
