// ai-restriction: limits on AI use of content. Protective: a promise, a consent requirement, an opt-out,
// or a ban on others (scrapers, other users, the user's own competing models).
import type { Rule, SentenceView } from './types';
import { mentionsAi, readTraining } from './ai';
import { PROHIBITED, USER_STUFF } from './words';

/** "No guarantee that others will not ..." disclaims; it promises nothing. */
const DISCLAIMER = /\b(?:no|not|cannot|can't) (?:\w+ )?(?:guarantees?|warrant\w*|ensure|assure)\b/i;

/** Feeding content to AI, or building models, as the forbidden act. */
const AI_USE = /\b(?:train\w*|develop\w*|build\w*|improv\w*|scrap\w*|crawl\w*|min(?:e|ing)|harvest\w*)\b[^.;]{0,60}?\b(?:models?|AI|artificial intelligence|machine[- ]learning|systems?|datasets?)\b|\bas input (?:to|into)\b/i;

/**
 * Restrictions protect different people, so each finding says which kind it is: only a limit on what the
 * platform does with your content protects your uploads (see PLATFORM_LIMITS, used by the grade).
 */
export const RESTRICTION_KINDS = ['no-training-promise', 'opt-in', 'opt-out', 'ban-on-others', 'ban-on-outputs', 'mining-reservation', 'needs-your-action'] as const;
export const PLATFORM_LIMITS = new Set<string>(['no-training-promise', 'opt-in', 'opt-out']);

/** Someone other than the platform is told not to: "you may not", "users must not", "do not", "is prohibited". */
const OTHERS_FORBIDDEN = /\b(?:you|users?|visitors?|others|anyone|no one|third part(?:y|ies)|competitors?|customers?|members?)\b[^.;]{0,40}?\b(?:may not|must not|shall not|cannot|can ?not|agree not to|will not|are not (?:allowed|permitted|authori[sz]ed))\b|^\W*(?:do not|don['’]t|never)\b|\b(?:is|are) (?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\b|\bprohibit\w* (?:the )?(?:use|scraping|crawling|mining)\b/i;
/** A licence the platform gives you, with its conditions, promises nothing about your content. */
const GRANTS_YOU = /\b(?:we|[A-Z][\w&.-]*) (?:hereby )?(?:gives?|grants?) you\b/;
/** What the forbidden act works on: the service's outputs, to build a competing model. */
const OUTPUTS = /\boutputs?\b|\bcompet\w*/i;
/** A protection the user must switch on: a "NoAI" tag, a setting, an objection by email. */
const NEEDS_ACTION = /\b(?:you can|you may|you must|if you)\b[^.;]{0,40}?\b(?:tag|label|mark|switch on|turn on|enable|select|choose|object|email|write)\b/i;

export const aiRestrictionRules: Rule[] = [
  {
    id: 'ai-restriction.promise-not-to-train',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'A promise that your content is not used to train AI (check any conditions around it).',
    example: 'We do not use the recordings you share with us to train artificial intelligence models.',
    counterExample: 'You may not use the recordings on the site to train artificial intelligence models.',
    match: (s) => readTraining(s)?.negated === true && !DISCLAIMER.test(s.text) && !OTHERS_FORBIDDEN.test(s.text) && !GRANTS_YOU.test(s.text),
    attrs: () => ['no-training-promise'],
  },
  {
    id: 'ai-restriction.consent-required',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'AI use of your content needs your consent first, for example through an opt-in.',
    example: 'Your songs will only be used for generative AI training if you opt in through your account settings.',
    counterExample: 'Your songs will be used for generative AI training, and you can read more in your account settings.',
    attrs: (s) => (NEEDS_ACTION.test(s.text) && /\b(?:tag|label|mark)\b/i.test(s.text) ? ['needs-your-action'] : ['opt-in']),
    match: (s) => {
      const r = readTraining(s);
      if (r) return r.consent && !r.optOut;
      return mentionsAi(s) && /\b(consent|opt[- ]?in|choices?)\b/i.test(s.text) && USER_STUFF.test(s.text);
    },
  },
  {
    id: 'ai-restriction.opt-out',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'You can opt out of having your content used for AI training, but it is on until you do.',
    example: 'Unless you turn this off in your privacy settings, your posts may be used to train our AI models.',
    counterExample: 'Your posts may be used to train our AI models, and you cannot turn this off.',
    match: (s) => {
      const r = readTraining(s);
      return r !== null && r.optOut && !r.prohibited;
    },
    attrs: () => ['opt-out'],
  },
  {
    id: 'ai-restriction.ban-on-ai-use',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'Others (scrapers, other users, other companies) are forbidden to use the site\'s content for AI. This guards the site; it is no promise about what the platform itself does with yours.',
    example: 'Other users may not scrape the images on the site to train or build machine learning systems.',
    counterExample: 'Other users may scrape the images on the site to train or build machine learning systems.',
    match: (s) => PROHIBITED.test(s.text) && AI_USE.test(s.text) && !negatedProhibition(s) && !OUTPUTS.test(s.text),
    attrs: () => ['ban-on-others'],
  },
  {
    id: 'ai-restriction.no-competing-models',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'You may not use what the service produces to build AI that competes with it. This protects the platform, not your content.',
    example: 'You must not use the generated text to develop models that compete with ours.',
    counterExample: 'You may use the generated text in your own projects, including commercial ones.',
    match: (s) => PROHIBITED.test(s.text) && (AI_USE.test(s.text) || /\bmodels?\b/i.test(s.text)) && OUTPUTS.test(s.text) && !negatedProhibition(s),
    attrs: () => ['ban-on-outputs'],
  },
  {
    id: 'ai-restriction.mining-reservation',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'The rights to mine the text and data for AI are reserved, or a "do not train" signal is set.',
    example: 'We expressly reserve all text and data mining rights in the works on this site.',
    counterExample: 'This site uses text and data mining tools to sort the works on it.',
    attrs: (s) => ['mining-reservation', ...(NEEDS_ACTION.test(s.text) ? ['needs-your-action'] : [])],
    match: (s) => /\b(text and data mining|TDM|noai|noimageai)\b/i.test(s.text) && /\b(reserv\w*|prohibit\w*|not consent|directive|opt[- ]?out|without)\b/i.test(s.text),
  },
  {
    id: 'ai-restriction.respect-ai-choices',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'Others are expected to respect creators\' choices about AI use of their work.',
    example: 'Everyone using the service must respect the choices artists make about artificial intelligence use of their work.',
    counterExample: 'Everyone using the service must respect the other members in discussions about artificial intelligence.',
    attrs: () => ['ban-on-others'],
    match: (s) => mentionsAi(s) && /\brespect\w*\b[^.]{0,40}\b(choices?|wishes|preferences)\b/i.test(s.text),
  },
];

/** "You may not opt out of ..." is not a ban on AI use. */
function negatedProhibition(s: SentenceView): boolean {
  return /\b(may not|cannot|can ?not) (?:be able to )?opt[- ]?out\b/i.test(s.text);
}
