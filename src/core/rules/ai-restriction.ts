// ai-restriction: limits on AI use of content. Protective: a promise, a consent requirement, an opt-out,
// or a ban on others (scrapers, other users, the user's own competing models).
import type { Rule, SentenceView } from './types';
import { mentionsAi, readTraining } from './ai';
import { pattern } from './concepts';
import { PROHIBITED, USER_STUFF } from './words';

/** "No guarantee that others will not ..." disclaims; it promises nothing. */
const DISCLAIMER = pattern("(no|not|cannot|can't) .? (guarantee|guarantees|/^warrant/|ensure|assure)");

/** Feeding content to AI, or building models, as the forbidden act. */
const AI_USE = pattern('#Harvest .{0,10} #AISystem', 'as input (to|into)');

/**
 * Restrictions protect different people, so each finding says which kind it is: only a limit on what the
 * platform does with your content protects your uploads (see PLATFORM_LIMITS, used by the grade).
 */
export const RESTRICTION_KINDS = ['no-training-promise', 'opt-in', 'opt-out', 'ban-on-others', 'ban-on-outputs', 'mining-reservation', 'needs-your-action'] as const;
export const PLATFORM_LIMITS = new Set<string>(['no-training-promise', 'opt-in', 'opt-out']);

/** Someone other than the platform is told not to: "you may not", "users must not", "do not", "is prohibited". */
const OTHERS_FORBIDDEN = pattern(
  '#Others .{0,7} #MustNot',
  "^(do not|don't|never)",
  '(is|are) strictly? (prohibited|forbidden)',
  '(is|are) strictly? not (allowed|permitted)',
  '/^prohibit/ the? (use|scraping|crawling|mining)',
);
/**
 * A licence the platform gives you, with its conditions, promises nothing about your content. Left a regex:
 * a capitalised name is the provider ("Acme grants you"), and only case tells it from "users grant you".
 */
const GRANTS_YOU = /\b(?:we|[A-Z][\w&.-]*) (?:hereby )?(?:gives?|grants?) you\b/;
/** What the forbidden act works on: the service's outputs, to build a competing model. */
const OUTPUTS = pattern('(output|outputs|/^compet/)');
/** A protection the user must switch on: a "NoAI" tag, a setting, an objection by email. */
const NEEDS_ACTION = pattern('(you can|you may|you must|if you) .{0,7} (tag|label|mark|switch on|turn on|enable|select|choose|object|email|write)');
const MODELS = pattern('(model|models)');
/** A tag or label the user puts on their work. */
const TAGGING = pattern('(tag|label|mark)');
/** Asking or choosing first. */
const ASKS_FIRST = pattern('(consent|opt in|optin|choice|choices)');
/** Text and data mining, or a "noai" directive. */
const MINING = pattern('text and data mining', '(tdm|noai|noimageai)');
/** Reserving, forbidding or withholding consent. */
const RESERVED = pattern('/^(reserv|prohibit)/', 'not consent', '(directive|without|optout)', 'opt out');
/** "Respect the choices artists make". */
const RESPECT_CHOICES = pattern('/^respect/ .{0,6} (choice|choices|wishes|preferences)');
/** "You may not opt out of ...". */
const CANNOT_OPT_OUT = pattern('(may not|cannot|can not) (be able to)? (opt out|optout)');

export const aiRestrictionRules: Rule[] = [
  // The platform says it does not train AI on your content.
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
  // AI use of your content waits for your consent or opt-in.
  {
    id: 'ai-restriction.consent-required',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'AI use of your content needs your consent first, for example through an opt-in.',
    example: 'Your songs will only be used for generative AI training if you opt in through your account settings.',
    counterExample: 'Your songs will be used for generative AI training, and you can read more in your account settings.',
    attrs: (s) => (NEEDS_ACTION.test(s.text) && TAGGING.test(s.text) ? ['needs-your-action'] : ['opt-in']),
    match: (s) => {
      const r = readTraining(s);
      if (r) return r.consent && !r.optOut;
      return mentionsAi(s) && ASKS_FIRST.test(s.text) && USER_STUFF.test(s.text);
    },
  },
  // AI use of your content is on until you opt out.
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
  // Others may not scrape or use the site's content for AI.
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
  // You may not use the service's outputs to build competing AI.
  {
    id: 'ai-restriction.no-competing-models',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'You may not use what the service produces to build AI that competes with it. This protects the platform, not your content.',
    example: 'You must not use the generated text to develop models that compete with ours.',
    counterExample: 'You may use the generated text in your own projects, including commercial ones.',
    match: (s) => PROHIBITED.test(s.text) && (AI_USE.test(s.text) || MODELS.test(s.text)) && OUTPUTS.test(s.text) && !negatedProhibition(s),
    attrs: () => ['ban-on-outputs'],
  },
  // Text-and-data-mining rights are reserved, or a "noai" signal is set.
  {
    id: 'ai-restriction.mining-reservation',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'The rights to mine the text and data for AI are reserved, or a "do not train" signal is set.',
    example: 'We expressly reserve all text and data mining rights in the works on this site.',
    counterExample: 'This site uses text and data mining tools to sort the works on it.',
    attrs: (s) => ['mining-reservation', ...(NEEDS_ACTION.test(s.text) ? ['needs-your-action'] : [])],
    match: (s) => MINING.test(s.text) && RESERVED.test(s.text),
  },
  // Everyone must respect creators' choices about AI.
  {
    id: 'ai-restriction.respect-ai-choices',
    category: 'ai-restriction',
    severity: 'protective',
    explain: 'Others are expected to respect creators\' choices about AI use of their work.',
    example: 'Everyone using the service must respect the choices artists make about artificial intelligence use of their work.',
    counterExample: 'Everyone using the service must respect the other members in discussions about artificial intelligence.',
    attrs: () => ['ban-on-others'],
    match: (s) => mentionsAi(s) && RESPECT_CHOICES.test(s.text),
  },
];

/** "You may not opt out of ..." is not a ban on AI use. */
function negatedProhibition(s: SentenceView): boolean {
  return CANNOT_OPT_OUT.test(s.text);
}
