// rights-waiver: the user gives up moral rights or attribution, or lets the provider use their name,
// likeness, voice, image or logo. Class-action and forum waivers are tier 2, not this.
import type { Rule, SentenceView } from './types';

const WAIVE = /\bwaiv(?:e|es|ed|ing)\b|\bnot (?:to )?assert\b|\bconsent to any action\b|\brelinquish\w*/i;
const PERSONAL_RIGHTS = /\bmoral rights?\b|\battribution\b|\bright(?:s)? of (?:publicity|privacy|integrity|paternity)\b|\bright, title,? (?:or|and) interest\b|\bpublicity rights?\b/i;
const PERSONA = /\byour (?:\w+ )?(?:name|names|likeness|voice|image|photo\w*|profile (?:picture|photo|image)|logos?|username|trademarks?|persona|biographical information)\b|\bidentify you\b|\bname,? (?:\w+,? )?(?:voice|likeness)\b|\b(?:name|likeness|voice|image) (?:and|or) (?:likeness|voice|image|logos?)\b/i;
const USE_PERSONA = /\b(use|display|identify|publicity|promot\w*|advertis\w*|marketing|sponsored|endorse\w*|in connection with|case stud\w*)\b/i;
const GRANT = /\b(grant|right|permission|may|licen[cs]e|allow|consent|authori[sz]e)\b/i;
const USER_DUTY = /\byou (?:may not|must not|shall not|agree not to|will not|cannot)\b/i;

/** A waiver that is not itself denied; "agree not to assert" is the waiver, so its "not" does not count. */
function waives(s: SentenceView): boolean {
  const m = WAIVE.exec(s.text);
  return m !== null && (/^not\b/i.test(m[0]) || !s.parse.negatedAt(m.index));
}

export const rightsWaiverRules: Rule[] = [
  {
    id: 'rights-waiver.moral-rights',
    category: 'rights-waiver',
    severity: 'high',
    explain: 'You give up the right to be credited for your work or to object to how it is changed.',
    example: 'You waive any moral rights you may have in the artwork you upload, including the right to be named as its author.',
    counterExample: 'You keep your moral rights in the artwork you upload, including the right to be named as its author.',
    match: (s) =>
      (waives(s) && PERSONAL_RIGHTS.test(s.text) && !/\bclass[- ]action|\bjury\b/i.test(s.text)) ||
      /\bwithout (?:any )?(?:attribution|credit)\b/i.test(s.text),
  },
  {
    id: 'rights-waiver.name-and-likeness',
    category: 'rights-waiver',
    severity: 'high',
    explain: 'They may use your name, face, voice or logo, for example in ads or publicity.',
    example: 'You allow us to show your name and profile picture next to sponsored content.',
    counterExample: 'You may not use our name or logo without our written permission.',
    match: (s) => {
      const at = s.text.search(PERSONA);
      if (at < 0 || !USE_PERSONA.test(s.text) || !GRANT.test(s.text) || USER_DUTY.test(s.text)) return false;
      return !s.parse.negatedAt(s.text.search(USE_PERSONA)) && !s.parse.negatedAt(s.text.search(GRANT));
    },
  },
];
