// content-license: the user gives someone rights over their content, or the sentence sets that licence's
// scope, price, duration or survival. The provider's own licence to the user is not this.
import type { Rule, SentenceView } from './types';

/** "you (hereby / also / agree to) grant|give|assign ..." with the user as the one granting. */
const USER_GRANTS = /\bobtain from you (?:certain )?rights\b|\byou\s+(?:to\s+|hereby\s+|\w+ly\s+|also\s+|expressly\s+|irrevocably\s+|unconditionally\s+|and irrevocably\s+|agree to (?:grant and hereby )?|(?:will|shall)\s+|acknowledge and agree (?:that )?)*(?:grant|give|provide|assign|transfer|licen[cs]e|confer)s?\b(?!\s+(?:us\s+)?(?:notice|feedback\b|information|your (?:consent|feedback)))/i;
const RIGHTS = /\b(licen[cs]es?|rights?|permission|title|interest)\b/i;
const PROVIDER_GRANTS_YOU = /\b(?:we|[A-Z]\w+)\s+(?:hereby\s+)?(?:grants?|assigns?)\s+(?:to\s+)?you\b|\blicen[cs]es? (?:that )?(?:we|[A-Z]\w+) grants? (?:to )?you|\b(?:open[- ]source|software|third[- ]party) licen[cs]e/;
/** A licence referred back to: "this licence includes", "the licences you grant", "Term of License". */
/** The provider's licence to the user, or someone else's licence: not a grant of the user's content. */
const NOT_USER_LICENCE = /\benabl\w* you to use\b|\bright for you to\b|\byour licen[cs]e to use\b|\blicen[cs]e (?:period|terms applicable|only)\b|\bto use and enjoy\b|\bunder (?:a |the )?licen[cs]e\b|\bbound by the terms of that licen|\blicen[cs]e (?:cannot|may not) be (?:assigned|transferred)|\bCreative Commons\b|\bCC BY|\bconditional upon your\b|\bauthori[sz]ations? necessary\b|\bnecessary permission\b|\bAbout the License\b/i;
const ABOUT_CONTENT = /\bcontent\b|\bthese rights include\b|\bposts?\b|\bfeedback\b|\binputs?\b|\bgranted by you\b|\byou grant\b|\bincludes? the right|\broyalty-free\b|\bperpetual\b|\birrevocable\b|\bworld-?wide\b/i;
const INCLUDES_RIGHT = /\bincludes? the rights? (?:for [\w ]{1,20} )?to\b|\bthese rights include\b|^\W*the rights? (?:for|of) (?:us|we|[A-Z][\w&.-]*) to\b/i;
/** The user promising they hold rights (a warranty), not granting any. */
const USER_WARRANTS = /\b(?:have|has|own|obtain\w*) (?:all )?(?:the )?(?:necessary )?rights\b|\bauthority necessary\b|\brights?,? (?:power|and authority)|\bpower to grant\b|\b(?:legal )?right to (?:post|grant)\b/i;
const LICENCE_SCOPE = /\b(?:this|the|these|such|that|said|above|foregoing|those)\s+(?:(?:\w+\s+){0,2}?)licen[cs]es?\b(?:\s+rights)?|\blicen[cs]es? (?:granted|you grant|with respect to)|\bTerm of Licen[cs]e\b/i;
const IP_VERBS = /\b(modif(?:y|ied|ying)|cop(?:y|ies|ied|ying)|edit(?:s|ed|ing)?|exploit\w*|sell|sells|show(?:s|n|ing)?|quot(?:e|es|ed|ing)|adapt\w*|translat\w*|reproduc\w*|distribut\w*|(?:re)?publish\w*|display\w*|perform\w*|sub-?licens\w*|right to monetiz\w*|syndicat\w*|broadcast\w*|creat\w* derivative|derivative works|make changes to|transform\w*|curat\w*|place advertis\w*|compil\w*|free to use|right to (?:\w+ (?:and|or) )?use|exercise the same (?:[\w-]+ )?rights)\b|\b(?:may|will|can)\s+(?:\w+,?\s+){0,5}?use\s+(?:your|such|the|any|Customer|this)\b/i;
const CONTENT = /\b(?:your|such|any|the|their|Customer|Seller|Subscriber|Public)\s+(?:\w+\s+)?(?:Content|content|Posts?|posts?|feedback|ideas|suggestions|uploads?|works?|submissions?|AI Inputs|AI Outputs|inputs?|outputs?|contributions?|files?|publication)\b|\bContent\b|\b(?:anything|everything|whatever) you (?:post|upload|submit|send|share|create|make)\b|\b(?:users?|members?|creators?)['’]?\s+(?:content|posts|uploads|submissions|contributions|works)\b/;
const PROVIDER_MAY = /\b(?:we|[A-Z][a-z]+)\b[^.;]{0,60}?\b(?:may|will|can|shall have the right|(?:has|have|retains?|keeps?|reserves?|obtains?|acquires?|receives?) (?:a |the |all )?(?:[\w-]+,? ){0,3}?rights?|(?:is|are|will be) free|retains)\b/;
/** Moderation (remove, screen, delete) is not a licence, even with "may" and "your content". */
const MODERATION = /\b(?:remov\w*|delet\w*|screen\w*|monitor\w*|refuse|block\w*|ineligible)\b/i;
const FEEDBACK = /\b(feedback|suggestions|ideas)\b/i;
/** The provider may use feedback freely. */
const FEEDBACK_USE = /\b(?:we|[A-Z]\w+) (?:\w+ ){0,3}?(?:may|will be free to|shall have the right|can)(?:,? but is not required to)? (?:\w+ ){0,3}?use\b|\bfree to use\b|\bdeemed non-confidential\b|\bright,? but not the obligation,? to use\b|\bwithout (?:any )?(?:compensation|obligation|payment)\b|\bassign\w* to (?:us|[A-Z]\w+)\b/;
const SURVIVES = /\bsurviv\w*|\bcop(?:y|ies) (?:\w+ ){0,3}?(?:may|will|can|might) (?:still )?(?:remain|persist|stay)\b|\bcontinue\w* (?:to apply|notwithstanding|in limited cases|even (?:if|after|when))|\b(?:even )?after (?:you )?(?:delete|remov)|\bremain available|\bnot be revoked|\bcannot revoke|\bafter (?:the )?deletion/i;
/** What survives must be a right, not just a fact ("public content can exist elsewhere" is not a licence). */
const SURVIVES_WHAT = /\bcop(?:y|ies) (?:\w+ ){0,3}?(?:may|will|can|might) (?:still )?(?:remain|persist|stay)\b(?! (?:\w+ ){0,2}property)|\blicen[cs]\w*|\brights?\b|\bus(?:e|ed)\b|\bpermission|\b(?:keep|retain|store)\w* (?:\w+ ){0,2}?cop(?:y|ies) of (?:your |the |any )?(?:\w+ )?(?:content|posts?|uploads?|photos?|videos?|files?|works?|recordings?|submissions?)\b|\bremain available\b|\bcontinue\w* to (?:apply|be available)/i;
const NO_PAY = /\b(?:without|no) (?:any )?(?:compensation|payment)|\bwithout (?:any )?obligation to you|\broyalty[- ]free basis|\bsole compensation/i;

/** What a user makes and uploads, as opposed to data about them ("information" is privacy, not a licence). */
const WORKS = String.raw`(?:content|posts?|uploads?|submissions?|prompts?|inputs?|outputs?|photos?|videos?|images?|comments?|recordings?|tracks?|songs?|artwork|works?|creations?|stories|reviews?|answers?|questions?|designs?|drawings?|pictures?|music|writing|art|articles?|essays?|poems?|podcasts?|clips?|films?|illustrations?|sketches|code)`;
/** Rights given without the word "licence": permission to use, consent to publication. */
const PERMISSION = /\byou (?:\w+ ){0,2}?(?:give|grant|provide)s? (?:us|[A-Z][\w&.-]*) (?:\w+ ){0,3}?(?:permissions?|the right|authority) to\b|\byou (?:\w+ ){0,2}?(?:authori[sz]e|allow|permit|let|enable)s? (?:us|[A-Z][\w&.-]*) (?:to )?(?:\w+,? ){0,3}?(?:use|copy|reproduce|show|display|publish|distribute|modify|adapt|edit|share|exploit|sell)\b(?:\s+(?:it|them)\b|[^.;]{0,40}?\b(?:your|the|any|such)\s+(?:[\w-]+\s+)?(?:content|posts?|uploads?|submissions?|photos?|videos?|images?|recordings?|tracks?|songs?|artwork|works?|creations?|stories|reviews?|designs?|drawings?|pictures?|music|writing|art)\b)|\bconsent(?:s|ing)? to (?:its|their|the) (?:display|publication|use|distribution|reproduction|broadcast)\b|\bneed (?:you to give us|certain permissions from you)\b/i;
/** The provider using the user's works: "We may use your posts to ...", "Acme can use Content to ...". */
const PROVIDER_USES = new RegExp(String.raw`\b(?:we|[A-Z][\w&.-]+)\s+(?:(?:also|only|may|can|will|might|could)\s+){0,2}(?:use|reuse)\s+(?:all\s+|any\s+|such\s+|the\s+|that\s+)?(?:your\s+)?(?:[\w-]+\s+)?${WORKS}\b(?:\s+\w+){0,3}?\s+(?:to|for|in|as)\b`, 'i');
/** Others reusing the user's works, or the works passed on to be republished. */
const OTHERS_REUSE = new RegExp(String.raw`(?:\b(?:allows?|lets?|permits?|enables?)\s+(?:the\s+)?(?:others|other (?:users|members|creators|people)|anyone|the public|everyone)|\b(?:others|other (?:users|members|creators|people)|anyone|the public|everyone)\s+(?:may|can|are free to|is free to))\s+(?:\w+,?\s+){0,3}?(?:use|remix|copy|adapt|modify|reuse|re-?post|download|build on)\b[^.;]{0,30}?\b(?:your|their|the|any)\s+(?:[\w-]+\s+)?${WORKS}|\b(?:remixable|reusable)\b|\b(?:made |make |are )?available for (?:republishing|republication|syndication|reuse|remixing)\b|\blicens(?:e|es|ed|ing) (?:your |users['’]? |members['’]? )?${WORKS} to\b`, 'i');

function userGrant(s: SentenceView): boolean {
  if (!USER_GRANTS.test(s.text) || !RIGHTS.test(s.text)) return false;
  const at = s.text.search(USER_GRANTS);
  // "... unless you give us permission" sets a condition, it grants nothing; and a bare permission is a licence only
  // over works ("permission to install updates", "permission to obtain it" are not).
  if (/\b(?:unless|until|if|when|once) you (?:\w+ ){0,2}?(?:give|grant|provide)/i.test(s.text.slice(Math.max(0, at - 12), at + 30))) return false;
  if (!/\blicen[cs]|\brights?\b|\btitle\b|\binterest\b/i.test(s.text) && !WORK_NAMED.test(s.text)) return false;
  return !s.parse.negatedAt(at + 4);
}

/** Ownership passing to the provider: "become our sole property", "will be owned by us". */
const BECOMES_OURS = /\b(?:becomes?|become|will be|shall be|are|is)\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?(?:property of (?:us|[A-Z][\w&.-]*)|(?:our|its)\s+(?:sole\s+|exclusive\s+)?property|owned by (?:us|[A-Z][\w&.-]*))\b/;
const OTHER_PEOPLE = /\b(?:other )?(?:users|members|people|viewers|recipients|anyone|followers|friends)\b(?:\s+[\w’'-]+,?){0,12}?\s+(?:can|may|could|might|will)\b/i;
/** Sublicensing in plain words: "pass these rights on to", "extend the same rights to". */
const PASSES_RIGHTS_ON = /\b(?:pass|transfer|extend|hand)\w* (?:these|those|such|the same|the above|any of these) rights (?:on )?to\b/i;
/** What the user sends in: "ideas you submit", "anything you post". */
const YOU_SEND = /\byou (?:\w+ ){0,2}?(?:submit|send|post|upload|provide|share|create|make|give)\b/i;
/** What can be done with a work under a licence, as a past participle ("may be reproduced"). */
const DONE_TO_WORKS = /\b(?:used|reused|copied|reproduced|adapted|modified|edited|translated|published|republished|displayed|shown|distributed|quoted|excerpted|exploited|sold|licen[cs]ed|sublicensed|broadcast|featured|syndicated|monetized|monetised|performed)\b/i;
/** The provider's power to do it: "we are entitled to", "we may", "we have the right to". */
const ENTITLED = /\b(?:we|[A-Z][\w&.-]*)\s+(?:(?:also|then)\s+)?(?:are|is)\s+(?:entitled|free)\s+to\b/;
const ACTS_ON_WORKS = /\b(?:use|reuse|copy|reproduce|adapt|modify|edit|publish|republish|display|show|distribute|quote|exploit|sell|license|sublicense|broadcast|feature|monetize|monetise|perform)\b/i;

/** The user's works as the subject of a passive use: "Content you post may be reproduced ... by us". */
const WORKS_FIRST = new RegExp(String.raw`(?:^|\b(?:your|any|all|such|public|the)\s+)(?:[\w-]+\s+)?${WORKS}\b(?:\s+(?:you|that you|which you)\s+(?:\w+\s+){0,3}?)?[^.;]{0,40}?\b(?:may|can|will|could|might|shall)\s+(?:also\s+)?be\s+(?:\w+,?\s+){0,4}?${DONE_TO_WORKS.source}`, 'i');
const WORK_NAMED = new RegExp(String.raw`\b(?:your|any|all|such|the)\s+(?:[\w-]+\s+)?${WORKS}\b`, 'i');

/** Using content to run the service ("to provide, maintain and improve the Services"): a right over it, whatever else. */
const RUN_THE_SERVICE = /\b(?:provid|operat|maintain|improv)\w*,?\s+(?:(?:and|or)\s+)?(?:\w+,?\s+){0,4}?(?:the|our)\s+(?:Services?|products?|platform|site)\b/i;

export const contentLicenseRules: Rule[] = [
  {
    id: 'content-license.you-grant-a-licence',
    category: 'content-license',
    severity: 'medium',
    explain: 'You give them a licence (legal permission) to use what you post; its attributes say how broad it is.',
    example: 'By uploading a photo you grant us a worldwide, non-exclusive, royalty-free licence to host, copy and show it.',
    counterExample: 'We grant you a worldwide, non-exclusive, royalty-free licence to use our fonts in your projects.',
    // A warranty ("you have the right to grant") excludes the sentence unless it also grants a licence to do something.
    match: (s) => userGrant(s) && !PROVIDER_GRANTS_YOU.test(s.text) && (!USER_WARRANTS.test(s.text) || /\blicen[cs]e to (?:use|host|store|copy|reproduce|display|distribute|publish|modify|perform)\b/i.test(s.text)),
  },
  {
    id: 'content-license.licence-scope',
    category: 'content-license',
    severity: 'medium',
    explain: 'This sets how far the licence over your content reaches: what it includes, how long it lasts, who gets it.',
    example: 'This licence also covers the right for us to make your posts available to partner publications.',
    counterExample: 'This licence to our software lets you install it on two of your own devices.',
    match: (s) =>
      (((LICENCE_SCOPE.test(s.text) || INCLUDES_RIGHT.test(s.text)) && ABOUT_CONTENT.test(s.text)) || PASSES_RIGHTS_ON.test(s.text)) &&
      !NOT_USER_LICENCE.test(s.text) && !PROVIDER_GRANTS_YOU.test(s.text) && !(USER_WARRANTS.test(s.text) && !/\blicen[cs]e to (?:use|host|store|copy|reproduce|display|distribute|publish|modify|perform)\b/i.test(s.text)),
  },
  {
    id: 'content-license.may-use-your-content',
    category: 'content-license',
    severity: 'medium',
    explain: 'They may copy, change, publish or make money from your content without asking again.',
    example: 'We may adapt or translate your posts when we distribute them to other media.',
    counterExample: 'We may remove your posts when they break the community rules.',
    match: (s) => {
      const may = PROVIDER_MAY.exec(s.text);
      if (!may || !CONTENT.test(s.text)) return false;
      // "Users who view your posts can copy them": other people acting, not the provider.
      if (OTHER_PEOPLE.test(s.text.slice(0, may.index + may[0].length))) return false;
      const after = s.text.slice(may.index);
      const verb = IP_VERBS.exec(after);
      if (!verb || /\byou (?:may|must|shall|agree) not\b/i.test(s.text)) return false;
      // "We may use your uploads to train our AI" is an AI-training clause; it is a licence clause only
      // when it speaks of a licence or right, or when training is one use among running the service.
      if (/^\w+\s+(?:\w+,?\s+){0,5}?use\b/i.test(verb[0]) && /\btrain/i.test(s.text) && !/\blicen[cs]e|\bright/i.test(s.text) && !RUN_THE_SERVICE.test(s.text)) return false;
      if (MODERATION.test(s.text) && !/\b(?:modif|adapt|translat|reproduc|distribut|publish|syndicat|compil|exercise)/i.test(verb[0])) return false;
      if (/\brefuse to (?:\w+ )?(?:distribut|publish|display)|\bby (?:our |other )?users\b/i.test(s.text)) return false;
      // Both the one who "may" and the one who acts must be the provider (or unnamed): not "you may upload".
      const modal = may.index + may[0].search(/\S+$/);
      const at = may.index + verb.index;
      const ok = (actor: string) => actor === 'provider' || actor === 'unknown';
      return ok(s.parse.actorAt(modal)) && ok(s.parse.actorAt(at)) && !s.parse.negatedAt(at) && !s.parse.negatedAt(modal);
    },
  },
  {
    id: 'content-license.permission-to-use',
    category: 'content-license',
    severity: 'medium',
    explain: 'You give them permission to use, store, publish or share what you post, even though the word "licence" is not used.',
    example: 'When you post a picture, you give us permission to keep it, copy it and show it to others.',
    counterExample: 'When you post a picture, we ask for your permission before we show it to others.',
    match: (s) => {
      const permission = PERMISSION.exec(s.text);
      // Permission over works ("to keep it", "to show your photos"), not over software or data ("to install updates").
      if (permission) return !/\bpermission to (?:\w+ ){0,2}?(?:install|download|update|obtain|collect|contact|send|charge|verify)\b/i.test(s.text) && !s.parse.negatedAt(permission.index + permission[0].length - 3);
      const uses = PROVIDER_USES.exec(s.text);
      // Using content only to train or build AI is an AI-training clause, not a licence clause.
      if (!uses || /\btrain|\b(?:develop|build|improv)\w* (?:\w+ ){0,3}?(?:models?|AI|machine learning)\b/i.test(s.text) || /\byou (?:may|must|shall|agree) not\b/i.test(s.text)) return false;
      const at = uses.index + uses[0].search(/\buse|\breuse/i);
      return !s.parse.negatedAt(at) && s.parse.actorAt(at) !== 'user' && s.parse.actorAt(at) !== 'third-party';
    },
  },
  {
    id: 'content-license.works-may-be-used',
    category: 'content-license',
    severity: 'medium',
    explain: 'What you post may be copied, changed, published or sold by them, even though no licence is named.',
    example: 'Stories you submit may be edited, published and quoted by us in any format.',
    counterExample: 'Stories you submit may be removed by us if they break the rules.',
    // The user's works, then what may be done to them ("Your photos may be used in our campaigns"), or the provider
    // entitled to do it ("We are entitled to use your recordings for any purpose").
    match: (s) => {
      // "... shown only to the people you choose" is the user's own choice of audience, not a right taken.
      if (/\byou (?:may|must|shall|agree|will) not\b|\bby you\b|\bonly\b[^.;]{0,40}\byou (?:choose|select|pick|allow|specify|decide)\b/i.test(s.text)) return false;
      const works = /\bbe\b/i.test(s.text) && DONE_TO_WORKS.test(s.text) ? WORKS_FIRST.exec(s.text) : null;
      if (works) {
        const at = works.index + works[0].search(DONE_TO_WORKS);
        return !s.parse.negatedAt(at) && !/\bby (?:the public|anyone|others|other |any |third parties|users|members|people)/i.test(s.text.slice(at));
      }
      const entitled = /\b(?:entitled|free) to\b/i.test(s.text) ? ENTITLED.exec(s.text) : null;
      if (!entitled) return false;
      const rest = s.text.slice(entitled.index + entitled[0].length);
      return ACTS_ON_WORKS.test(rest.slice(0, 40)) && WORK_NAMED.test(rest) && !s.parse.negatedAt(entitled.index + entitled[0].length - 2);
    },
  },
  {
    id: 'content-license.others-may-reuse',
    category: 'content-license',
    severity: 'medium',
    explain: 'Other people or companies may reuse, remix or republish what you post.',
    example: 'Once your drawings are public, other members can remix your drawings in their own work.',
    counterExample: 'Once your drawings are public, other members can comment on them.',
    match: (s) => {
      const m = OTHERS_REUSE.exec(s.text);
      return m !== null && !s.parse.negatedAt(m.index + Math.floor(m[0].length / 2)) && !/\b(?:may not|must not|cannot|can ?not|shall not|agree not to)\b/i.test(s.text);
    },
  },
  {
    id: 'content-license.feedback-free-to-use',
    category: 'content-license',
    severity: 'medium',
    explain: 'Ideas and feedback you send can be used freely, with nothing owed to you.',
    example: 'Any suggestions you send us may be used by us however we like, without any payment to you.',
    counterExample: 'Any suggestions you send us are read by our support team.',
    match: (s) => FEEDBACK.test(s.text) && FEEDBACK_USE.test(s.text) && !/\bindemnif|\bconfidential information\b/i.test(s.text),
  },
  {
    id: 'content-license.survives-deletion',
    category: 'content-license',
    severity: 'high',
    explain: 'Deleting your content or account does not fully end their rights to it.',
    example: 'Your licence to us for any comment continues even after you delete your account.',
    counterExample: 'Your comments are removed from the site when you delete your account.',
    match: (s) => SURVIVES.test(s.text) && SURVIVES_WHAT.test(s.text),
    attrs: () => ['survives-deletion'],
  },
  {
    id: 'content-license.no-compensation',
    category: 'content-license',
    severity: 'medium',
    explain: 'They can use your content or ideas without paying you anything.',
    example: 'Such uses of your material are made without compensation to you.',
    counterExample: 'We pay you a share of the income from each sale of your material.',
    match: (s) => NO_PAY.test(s.text) && (CONTENT.test(s.text) || /\blicen[cs]e|\buses?\b/i.test(s.text)),
  },
  {
    id: 'content-license.assignment',
    category: 'content-license',
    severity: 'high',
    explain: 'You hand over ownership itself (all right, title and interest), not just a licence.',
    example: 'You hereby assign to us all right, title and interest in any feedback you provide.',
    counterExample: 'You keep all right, title and interest in any artwork you upload.',
    // The provider assigning its rights in outputs to you is no grant of yours.
    match: (s) =>
      ((/\bassign\w*\b[^.]{0,80}\b(?:all|entire|any)\b[^.]{0,20}\bright,? title/i.test(s.text) && /\byou\b/i.test(s.text)) ||
        // "Ideas you send become our property": ownership passes without the word "assign".
        (BECOMES_OURS.test(s.text) && YOU_SEND.test(s.text) && !/\bexcept for your\b/i.test(s.text) && !s.parse.negatedAt(s.text.search(BECOMES_OURS)))) &&
      !PROVIDER_GRANTS_YOU.test(s.text),
  },
];
