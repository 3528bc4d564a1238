// unilateral-change: the provider may change the terms, policies, fees or features on its own; how it
// gives notice; continued use counts as acceptance; disagree means stop. Not account suspension, not
// automatic software updates, not a table of contents that only announces a section.
import type { Rule, SentenceView } from './types';
import { CONTINUED_USE } from './attrs';

const CHANGE = /\b(chang\w*|modif\w*|amend\w*|revis\w*|updat\w*|alter\w*|evolv\w*|discontinu\w*)\b/i;
const DOCUMENT = /\b(terms|agreement|polic(?:y|ies)|guidelines|statements|notices)\b/i;
const OFFER = /\b(services?|features?|functionalit\w*|products?|fees?|prices?|pricing|charges|rates|subscription|payment terms|promotions?|discounts?|offers?|support|limits|plans?)\b/i;
const MAY = /\b(may|might|can|could|will|reserve\w* the right|retain\w* the right|at (?:our|its) (?:sole )?discretion|at any time|from time to time|subject to change|constantly|continual\w*|right to)\b/i;
const NOTICE = /\b(notif\w*|notice|inform\w*|let you know|post\w*|publish\w*|indicate\w*|e-?mail|pop-up|alert\w*|bring it to your attention)\b/i;
const STOP = /\b(?:do not|don't|disagree|not agree|object)\b[^.]{0,120}\b(?:stop|cease|discontinue|terminate|cancel|reject)\w*/i;
const NOT_THIS = /\bthis section (?:explains|sets out|describes|deals)\b|\b(?:automatic|software) updates?\b|\b(?:suspend|terminate|disable) (?:your|the user['’]?s) account\b/i;

function isChange(s: SentenceView): boolean {
  return CHANGE.test(s.text) && !NOT_THIS.test(s.text);
}

export const unilateralChangeRules: Rule[] = [
  {
    id: 'unilateral-change.may-change-terms',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'They can rewrite these terms or policies on their own, whenever they choose.',
    example: 'We may revise this agreement from time to time at our sole discretion.',
    match: (s) => isChange(s) && DOCUMENT.test(s.text) && MAY.test(s.text),
  },
  {
    id: 'unilateral-change.may-change-service-or-fees',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'They can change, limit or drop features, or change prices, on their own.',
    example: 'We can change or discontinue any feature, and raise prices, at any time.',
    match: (s) => (isChange(s) || /\b(?:stop|suspend|limit|remov\w*|add\w*|introduc\w*|impose)\b/i.test(s.text) && /\b(?:may|reserve)\b/i.test(s.text)) && OFFER.test(s.text) && MAY.test(s.text) && !NOT_THIS.test(s.text) && !/\byour account\b/i.test(s.text),
  },
  {
    id: 'unilateral-change.notice-of-changes',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'How (and whether) they tell you about changes; often just a new date on the page.',
    example: 'When we make material changes we will let you know by email or with a notice in the app.',
    match: (s) => isChange(s) && NOTICE.test(s.text),
  },
  {
    id: 'unilateral-change.continued-use-is-acceptance',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'Simply keeping on using the service counts as agreeing to the changed terms.',
    example: 'If you keep using the app after the new terms take effect, you accept them.',
    match: (s) => (CONTINUED_USE.test(s.text) || /\bkeep (?:on )?using\b/i.test(s.text)) && /\b(chang|revis|updat|new|modif|amend|effective)\w*/i.test(s.text),
    attrs: () => ['continued-use'],
  },
  {
    id: 'unilateral-change.disagree-then-leave',
    category: 'unilateral-change',
    severity: 'medium',
    explain: 'If you do not like a change, your only option is to stop using the service.',
    example: 'If you do not accept the updated terms, you must stop using the service.',
    match: (s) => STOP.test(s.text) && /\b(chang|updat|revis|new|modif|amend)\w*/i.test(s.text),
  },
  {
    id: 'unilateral-change.check-for-changes',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'It is up to you to keep checking the terms for changes.',
    example: 'You are responsible for reviewing this page regularly for updates.',
    match: (s) => /\b(review|check|consult|revisit)\w*\b[^.]{0,100}\b(regularly|periodically|from time to time|for (?:any )?(?:updates|changes)|most (?:recent|current|up to date))\b/i.test(s.text),
  },
  {
    id: 'unilateral-change.current-version-governs',
    category: 'unilateral-change',
    severity: 'low',
    explain: 'Whatever version they post last is the one that binds you.',
    example: 'The latest version posted on this page always governs your use.',
    match: (s) => /\b(?:most (?:current|recent|up to date)|latest) version\b/i.test(s.text),
  },
];
