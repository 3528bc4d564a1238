// rights-waiver: the user gives up moral rights or attribution, or lets the provider use their name,
// likeness, voice, image or logo. Class-action and forum waivers are tier 2, not this.
import type { Rule, SentenceView } from './types';

const WAIVE = /\bwaiv(?:e|es|ed|ing)\b|\bnot (?:to )?assert\b|\bconsent to any action\b|\brelinquish\w*/i;
const PERSONAL_RIGHTS = /\bmoral rights?\b|\brights? (?:you may have )?(?:in|to) (?:having|object\w*|being (?:named|credited|identified))\b|\b(?:altered|changed|modified|edited) in a (?:manner|way)\b|\battribution\b|\bright(?:s)? of (?:publicity|privacy|integrity|paternity)\b|\bright, title,? (?:or|and) interest\b|\bpublicity rights?\b/i;
const PERSONA = /\byour (?:\w+ )?(?:name|names|likeness|voice|image|photo\w*|profile (?:picture|photo|image)|logos?|username|trademarks?|persona|biographical information)\b|\bidentify you\b|\bname,? (?:\w+,? )?(?:voice|likeness)\b|\b(?:name|likeness|voice|image) (?:and|or) (?:likeness|voice|image|logos?)\b/i;
/** Who you are, used to sell or promote: the heart of a name-and-likeness clause. */
const COMMERCIAL = /\b(advertis\w*|ads?|publicity|promot\w*|marketing|sponsored|endorse\w*|commercial|case stud\w*)\b/i;
/** Stopping or defending against a use grants nothing: "cease use and remove your name", "indemnify". */
const STOPS_USING = /\b(?:cease|stop|withdraw|remove)\w*\b[^.;]{0,30}?\b(?:use|your name)|\bindemnif\w*|\bhold harmless\b/i;
/** Or a right to use it granted outright ("a licence to use your name and likeness"). */
const GRANTED_USE = /\b(?:licen[cs]e|right|permission|consent|authori[sz]\w*|allow\w*)\b[^.;]{0,60}?\buse\b/i;
const USER_DUTY = /\byou (?:may not|must not|shall not|agree not to|will not|cannot)\b/i;

/** A waiver that is not itself denied; "agree not to assert" is the waiver, so its "not" does not count. */
function waives(s: SentenceView): boolean {
  const m = WAIVE.exec(s.text);
  // Only a negation just before the verb denies it ("we do not ask you to waive"); a "not" elsewhere in the
  // clause ("altered in a manner not agreeable to you") does not.
  return m !== null && (/^not\b/i.test(m[0]) || !/\b(?:not|never|no)\b(?:\s+[\w’']+){0,4}\s*$|n['’]t(?:\s+[\w’']+){0,4}\s*$/i.test(s.text.slice(Math.max(0, m.index - 40), m.index)));
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
      /\bwithout (?:any )?(?:right to )?(?:\w+ (?:or|and) )?(?:attribution|credit)\b/i.test(s.text),
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
      if (at < 0 || USER_DUTY.test(s.text) || STOPS_USING.test(s.text)) return false;
      const how = COMMERCIAL.exec(s.text) ?? GRANTED_USE.exec(s.text);
      return how !== null && !s.parse.negatedAt(how.index) && !s.parse.negatedAt(at);
    },
  },
];
