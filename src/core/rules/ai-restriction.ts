// ai-restriction: limits on AI use of content. Protective: a promise, a consent requirement, an opt-out,
// or a ban on others (scrapers, other users, the user's own competing models).
import type { Rule, SentenceView } from './types';
import { mentionsAi, readTraining } from './ai';
import { PROHIBITED, USER_STUFF } from './words';

/** "No guarantee that others will not ..." disclaims; it promises nothing. */
const DISCLAIMER = /\b(?:no|not|cannot|can't) (?:\w+ )?(?:guarantees?|warrant\w*|ensure|assure)\b/i;

/** Feeding content to AI, or building models, as the forbidden act. */
const AI_USE = /\b(?:train\w*|develop\w*|build\w*|improv\w*|scrap\w*|crawl\w*|min(?:e|ing)|harvest\w*)\b[^.;]{0,60}?\b(?:models?|AI|artificial intelligence|machine[- ]learning|systems?|datasets?)\b|\bas input (?:to|into)\b/i;

export const aiRestrictionRules: Rule[] = [
  {
    id: 'ai-restriction.promise-not-to-train',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'A promise that your content is not used to train AI (check any conditions around it).',
    example: 'We do not use the recordings you share with us to train artificial intelligence models.',
    match: (s) => readTraining(s)?.negated === true && !DISCLAIMER.test(s.text),
  },
  {
    id: 'ai-restriction.consent-required',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'AI use of your content needs your consent first, for example through an opt-in.',
    example: 'Your songs will only be used for generative AI training if you opt in through your account settings.',
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
    explain: 'Others (scrapers, other users, or you with the outputs) are forbidden to use the content for AI.',
    example: 'Other users may not scrape the images on the site to train or build machine learning systems.',
    match: (s) => PROHIBITED.test(s.text) && AI_USE.test(s.text) && !negatedProhibition(s),
  },
  {
    id: 'ai-restriction.mining-reservation',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'The rights to mine the text and data for AI are reserved, or a "do not train" signal is set.',
    example: 'We expressly reserve all text and data mining rights in the works on this site.',
    match: (s) => /\b(text and data mining|TDM|noai|noimageai)\b/i.test(s.text) && /\b(reserv\w*|prohibit\w*|not consent|directive|opt[- ]?out|without)\b/i.test(s.text),
  },
  {
    id: 'ai-restriction.respect-ai-choices',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'Others are expected to respect creators\' choices about AI use of their work.',
    example: 'Everyone using the service must respect the choices artists make about artificial intelligence use of their work.',
    match: (s) => mentionsAi(s) && /\brespect\w*\b[^.]{0,40}\b(choices?|wishes|preferences)\b/i.test(s.text),
  },
];

/** "You may not opt out of ..." is not a ban on AI use. */
function negatedProhibition(s: SentenceView): boolean {
  return /\b(may not|cannot|can ?not) (?:be able to )?opt[- ]?out\b/i.test(s.text);
}
