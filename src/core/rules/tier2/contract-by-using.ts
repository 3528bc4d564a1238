// contract-by-using: merely using, visiting or installing binds the user to the terms, with no explicit
// acceptance; continued use after a change counts as agreeing. Not: a click-to-accept step on its own.
import type { Rule, SentenceView } from '../types';
import { plain } from './words';

// Creating or opening binds only as signing up does: "create an account", not "create a page".
const USE = String.raw`(?:us(?:e|es|ing)|access(?:es|ing)?|visit(?:s|ing)?|brows(?:e|es|ing)|download(?:s|ing)?|install(?:s|ing)?|regist(?:er|ers|ering)|sign(?:s|ing)? up|(?:creat(?:e|es|ing)|open(?:s|ing)?) (?:an? |your )?(?:[\w-]+ )?(?:account|profile)|join(?:s|ing)?|continu(?:e|es|ing))`;
const AGREE = String.raw`(?:agree|agrees|agreed|accept|accepts|consent|consents|acknowledge|acknowledges|indicate|indicates|confirm|confirms|are agreeing|are confirming|are indicating|are accepting|agreeing|accepting|consenting|signify|represent|will be deemed|are deemed|shall be deemed|be bound|are bound|affirm|affirms|(?:are )?enter(?:s|ing)? into)`;
/** "By using the service, you agree ...": the act of use, then the user agreeing. */
const BY_USING = new RegExp(String.raw`\b(?:(?:by|through) (?:[^.;]{0,60}?\b)?|(?:in|upon|on) )${USE}\b(?:[^.;]|\.(?=[a-z])){0,260}?\b(?:you|i|the licensee|subscriber|users?)(?:'re)? (?:hereby |expressly |explicitly |also |thereby |irrevocably )*(?:\w+ ){0,2}?${AGREE}\b|\b(?:you|i) (?:\w+ ){0,2}${AGREE}\b[^.;]{0,160}?\bby (?:(?:simply|merely|just|continuing to|your|the|any|first) )*${USE}\b`);
/** "When you use our services, you agree ...". */
const WHEN_USING = new RegExp(String.raw`\b(?:when|whenever|if|once|(?:each|every) time) you (?:\([^()]{0,20}\) )?${USE}\b(?:[^.;]|\.(?=[a-z])){0,160}?\byou (?:\w+ ){0,2}${AGREE}\b`);
/** Whoever uses agrees: "anyone who visits the site agrees to these terms", "each user who downloads the app accepts ...". */
const WHO_USES = new RegExp(String.raw`\b(?:anyone|everyone|any (?:person|user|one|visitor)|each (?:person|user|visitor)|all (?:users|visitors|persons)|users|visitors) (?:who|that) ${USE}\b[^.;]{0,80}?\b(?:agrees?|accepts?|consents?|(?:is|are) (?:\w+ )?bound)\b`);
/** Continued use (or any use) counts as acceptance: "your continued use ... constitutes acceptance". */
const USE_MEANS = /\b(?:continued|continuing|further|subsequent|any|your|the)? ?(?:use|using|access(?:ing)?)\b[^.;]{0,200}?\b(?:constitut\w*|(?<!\bby (?:\w+ )?)means?|deemed|confirms?|signif\w*|signals?|indicat\w*|is an acknowledg\w*|(?:is|are|will be|shall be) (?:treated|considered|taken|regarded)|evidence\w*)\b[^.;]{0,80}?\b(?:accept\w*|agree\w*|consent\w*|acknowledg\w*|bound)\b/;
/** "If you continue to use the services after the changes, you agree ...". */
const CONTINUE = /\b(?:you|users?|by|if|once|when|and|or)\b (?:\w+ ){0,2}?(?<!\bmay )(?:continue|keep|keeps|continuing|keeping) (?:to use|using|to access|accessing)\b[^.;]{0,200}?\b(?:agree(?!ment)\w*|accept\w*|deemed|bound|consent\w*)\b|\b(?:deemed|considered) to have accepted\b[^.;]{0,120}\b(?:continu\w*|us(?:e|ing))\b/;
/** "These terms are accepted by you when you download or use ...". */
const ACCEPTED_WHEN = new RegExp(String.raw`\baccepted by you\b[^.;]{0,160}\b(?:use|download|install|access)|\bbinding(?: (?:legal )?(?:agreement|contract))?\b[^.;]{0,80}\b(?:when|once|as soon as|from the moment) you (?:first )?(?:start |begin )?(?:to )?${USE}\b`);

/** What the user is bound to: the terms themselves, not a duty the sentence goes on to list. */
const TERMS = /\b(?:terms|agreement|eula|tos|conditions|polic(?:y|ies)|statement|rules|bound|binding|contract|changes|modifications|amendments?|revisions?|updates)\b/;
const NOT_THIS = /\b(?:do not|don't|does not|will not|won't|never) (?:\w+ )?(?:constitute|mean|deem)\b|\bagree\w* that\b(?![^.;]{0,80}\b(?:bound|terms|agreement|changes?|accept\w*|deemed)\b)|\b(?:represent|warrant)\w*(?: and (?:represent|warrant)\w*)? that\b(?![^.;]{0,60}\bbound\b)|\bagree\w* not to\b|\bagree\w* that\b[^.;]{0,80}\b(?:laws?|courts?|jurisdiction|venue|arbitrat\w*)\b|\bentire agreement\b|\b(?:constitut\w*|are|is) (?:a|an|the) (?:[\w-]+ ){0,3}(?:agreement|contract)\b[^.;]{0,40}?\bbetween\b|\bagree\w*, (?:[^.;,]{0,80}), that\b(?![^.;]{0,80}\b(?:bound|terms|agreement|changes?|accept\w*|deemed)\b)|\byou will not\b/;

/**
 * What use makes the user consent to is a data practice, a message or a duty, not the terms ("by using the app, you
 * consent to our collection of your data", "you agree to pay the fees"), unless the sentence binds them to the
 * terms as well.
 */
const DATA_CONSENT = /\b(?:consent\w*|agree\w*|acknowledg\w*|accept\w*) (?:to )?(?:\w+ ){0,3}?(?:collection|collect|processing|process|disclosures?|disclose|transfers?|sharing|share|receiv\w*|communications?|e-?mails?|messages?|cookies)\b|\b(?:agree\w*|consent\w*) to (?:pay|provide|keep|notify|indemnify|give|maintain|update)\b/;
const BOUND_TO_TERMS = /\b(?:agree\w*|accept\w*|consent\w*) (?:to )?(?:be (?:legally )?bound|(?:all )?(?:of )?(?:these|the|this|our) (?:[\w-]+ ){0,4}?(?:terms|agreement|eula|tos|conditions))\b/;
/** Someone acting for an organisation accepts for it ("if you use the service for your company"): authority, not use. */
const ON_BEHALF = /\bon (?:its|their) behalf\b|\bby or on behalf of\b|\bon behalf of (?:a|an|the|that|your|such|any) (?:\w+ )?(?:organi[sz]ation|company|business|employer|entity|brand|team|government|agency|institution|school|legal entity)\b|\bfor (?:an?|your) (?:organi[sz]ation|company|business|employer|entity)\b/;

/**
 * "If you do not agree, do not use the service" asks the user to leave, it does not bind them: the clause is read
 * out of the sentence (up to its end or a semicolon), so what else the sentence says still counts ("By using the
 * app you agree to these terms; if you do not agree, do not use it").
 */
const IF_NOT_AGREE = /\bif you (?:do not|don't) (?:\w+ )?(?:agree|accept)\b[^;]*/g;

/** The sentence with the clause read out, once per sentence for all the rules below. */
const readings = new WeakMap<SentenceView, string>();
function reading(s: SentenceView): string {
  let t = readings.get(s);
  if (t === undefined) {
    t = plain(s).replace(IF_NOT_AGREE, '');
    readings.set(s, t);
  }
  return t;
}

function binds(pattern: RegExp): (s: SentenceView) => boolean {
  return (s) => {
    const whole = plain(s);
    const t = reading(s);
    // The terms may be named in the clause read out ("if you do not agree to these terms, ...; by using it, you accept them").
    if (!pattern.test(t) || !TERMS.test(whole) || NOT_THIS.test(t) || ON_BEHALF.test(t) || t.endsWith(':')) return false;
    return !DATA_CONSENT.test(t) || BOUND_TO_TERMS.test(t);
  };
}

export const contractByUsingRules: Rule[] = [
  {
    id: 'contract-by-using.by-using-you-agree',
    category: 'contract-by-using',
    severity: 'low',
    explain: 'Just using or visiting the service counts as signing these terms; nobody asks you first.',
    example: 'By accessing or using the website, you agree to be bound by these terms.',
    counterExample: 'Before you create an account, we ask you to read and accept these terms.',
    match: binds(BY_USING),
  },
  {
    id: 'contract-by-using.when-you-use',
    category: 'contract-by-using',
    severity: 'low',
    explain: 'Using the service is taken as your agreement to these terms.',
    example: 'When you use our apps, you also agree to these terms.',
    counterExample: 'When you use our apps, please keep your password safe.',
    match: binds(WHEN_USING),
  },
  {
    id: 'contract-by-using.whoever-uses-agrees',
    category: 'contract-by-using',
    severity: 'low',
    explain: 'Everyone who visits or uses the service is taken to agree to these terms.',
    example: 'Anyone who visits the site agrees to these terms.',
    counterExample: 'Anyone who visits the site can read these terms.',
    match: binds(WHO_USES),
  },
  {
    id: 'contract-by-using.use-means-acceptance',
    category: 'contract-by-using',
    severity: 'medium',
    explain: 'Keeping on using the service counts as accepting the terms, including any new version.',
    example: 'Your continued use of the service after we post changes constitutes your acceptance of them.',
    counterExample: 'Your continued use of the service helps us keep it running.',
    match: binds(USE_MEANS),
  },
  {
    id: 'contract-by-using.continue-and-agree',
    category: 'contract-by-using',
    severity: 'medium',
    explain: 'If you keep using the service, you are taken to agree, whether or not you read the terms.',
    example: 'If you keep using the app after the changes are posted, you agree to the new terms.',
    counterExample: 'If you keep using the app after midnight, your streak is saved.',
    match: binds(CONTINUE),
  },
  {
    id: 'contract-by-using.accepted-when-used',
    category: 'contract-by-using',
    severity: 'low',
    explain: 'Downloading or using the software is treated as accepting the terms.',
    example: 'These terms are accepted by you when you download or use the software.',
    counterExample: 'These terms were last changed when we released version two of the software.',
    match: binds(ACCEPTED_WHEN),
  },
];
