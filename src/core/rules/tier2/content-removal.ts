// content-removal: the provider may remove, delete, edit or block the user's content at its discretion,
// without reason or notice. Not: the user deleting their own content, nor a promise to keep it.
import type { Rule, SentenceView } from '../types';
import { MAY, POWER, USER_ACTS, USER_NAMED_ACTS, isQuestion, WITHOUT_NOTICE, WITHOUT_REASON, isListItem, plain, withLeadIn } from './words';

const REMOVE_VERB = String.raw`(?:remov\w*|delet\w*|edit\w*|block\w*|disabl\w*|hid(?:e|es|ing)|unpublish\w*|stop(?:ping)? (?:displaying|hosting|publishing|showing|distributing)|ceas\w* to (?:display|host|publish|show|distribute)|restrict\w* (?:the )?(?:visibility|distribution|availability) of|limit\w* (?:the )?(?:visibility|distribution|reach) of|demot\w*|declin\w* to (?:post|publish|distribute|display|accept)|(?:choose|decide|elect) not to (?:post|publish|display)|disallow\w*|refus\w* to (?:post|publish|distribute|display|accept)|refus\w*|reject\w*|take (?:it )?down|taking down|reclaim\w*|reassign\w*|eliminat\w*|screen\w*|purg\w*)`;
const CONTENT = String.raw`(?:content|materials?|postings?|posts?|submissions?|user ?names?|usernames?|permalinks?|reviews?|photos?|pictures?|images?|information|communications?|messages?|comments?|uploads?|files?|virtual (?:goods|items|money|currency)|digital goods|game currency|labels?|emails?|listings?|data|videos?|(?:your|user|creative) works?|playlists?|recordings?|articles?|anything|whatever|(?:you|users|members) (?:have |has )?(?:post|upload|share|submit|publish|creat)\w*)`;
const MAY_REMOVE = new RegExp(String.raw`\b${POWER}\b[^.;]{0,100}?\b${REMOVE_VERB}\b[^.;]{0,80}?\b${CONTENT}\b`);
/** The content named first: "any photo that ... can be removed at any time". */
const PASSIVE = new RegExp(String.raw`\b${CONTENT}\b[^.;]{0,100}\b(?:may|will|can|shall|might) (?:\w+ )?(?:be|become) (?:\w+ )?(?:(?:\w+ ){1,4}?(?:and|or) (?:\w+ )?)?(?:removed|deleted|edited|blocked|rejected|disabled|refused|hidden|unpublished|taken down|subject to (?:\w+, )*(?:review|removal|deletion|modification))\b|\b${CONTENT}\b[^.;]{0,60}\bmay be subject to (?:\w+,? )*(?:and\/or |or |and )?(?:deletion|removal)\b`);
/** The content named first and taken up by a pronoun: "if your content breaks the law, we may remove it". */
const MAY_REMOVE_IT = new RegExp(String.raw`\b${CONTENT}\b[^.;]{0,100}\b${MAY}\b(?! not\b)[^.;]{0,40}?\b${REMOVE_VERB} (?:it|them)\b`);
/** Removal as a noun, with the provider's latitude beside it ("removal of your content may occur at our discretion"). */
const REMOVAL_NOUN = new RegExp(String.raw`\b(?:reserves? the right|ha(?:s|ve) the right|retains? the right|(?:is|are) entitled) to (?:the )?(?:\w+ (?:or|and) )?(?:removal|deletion|blocking|editing) of (?:\w+ ){0,2}?${CONTENT}\b|^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?(?:\w+ (?:or|and) )?(?:removal|deletion|blocking|editing) of (?:\w+ ){0,2}?${CONTENT}\b[^.;]{0,80}?(?:\bat any time\b|\bwithout (?:\w+ )?(?:notice|warning|reason)\b|\b(?:sole|absolute|own) discretion\b|\bfor any (?:or no )?reason\b)`);
/** What the account held, lost when they end it: "if we terminate your account, your photos ... will no longer be accessible". */
const LOST_WITH_ACCOUNT = new RegExp(String.raw`\b(?:terminat\w*|clos\w*|suspen\w*|deactivat\w*|delet\w*) (?:of )?(?:your |an |the |any )?(?:\w+ )?(?:account|access|membership)\b[^.;]{0,60}\b(?<!\bnot )(?<!n't )(?:includes?|including|means|results? in|(?:will|may|shall) (?!not\b)(?:\w+ )?(?:include|result in|lead to)|entails?)\b[^.;]{0,160}\b(?:deletion|removal|loss|forfeiture|destruction) of\b[^.;]{0,80}\b${CONTENT}\b|\b(?:if|when|once|after) (?:we|the company|it) (?:\w+ )?(?:terminate|suspend|close|delete|disable|deactivate)s? (?:your |an |the )?(?:account|access)\b[^.;]{0,100}\b${CONTENT}\b[^.;]{0,80}\b(?:will|may|shall) (?:\w+ )?(?:no longer be (?:accessible|available)|be (?:lost|deleted|removed|forfeited))\b`);
/** A cheap test before PASSIVE: its participle or its "subject to". */
const PASSIVE_WORD = /\b(?:removed|deleted|edited|blocked|rejected|disabled|refused|hidden|unpublished|taken down|subject to)\b/;
/** A list item that names removal of the user's material. */
const ITEM = /^(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the )?(?:immediate|temporary|permanent|immediate, temporary or permanent)?,? ?(?:removal|deletion) of (?:any |all )?(?:posting|material|content|user content)/;
/** The account ended together with what it holds: "terminate your account and your access to your files". */
const WITH_ACCOUNT = new RegExp(String.raw`\b${MAY}\b[^.;]{0,80}?\b(?:terminat|delet|cancel|suspend|clos)\w*\b[^.;]{0,60}?\baccounts?,? (?:and|or|together with|along with) (?:with it,? )?(?:all )?(?:your )?(?:access to )?(?:your |all |any )?(?:[\w-]+,? ){0,4}?(?:content|data|files|photos|posts|uploads|virtual (?:goods|items|money|currency))\b`);
/** Removal named among the measures they may take: "take any action, including removing your posts". */
const AMONG_MEASURES = new RegExp(String.raw`\b(?:actions?|measures?|steps)\b[^.;]{0,60}\b${CONTENT}\b[^.;]{0,40}\b(?:including|such as)\b[^.;]{0,20}\b(?:remov(?:al|ing)|delet(?:ion|ing)|disabling)\b|\b(?:actions?|measures?|steps)\b[^.;]{0,120}\b(?:including|such as|may include|includes?)\b[^.;]{0,120}\b(?:remov(?:al|ing)|delet(?:ion|ing)|disabling)\b[^.;]{0,40}\b${CONTENT}\b`);
/** No duty to keep what you upload. */
const NO_DUTY = /\bno obligation to (?:store|retain|keep|back ?up|maintain)\b[^.;]{0,60}\bcontent\b/;
/** A notice-and-take-down policy: removes material on a complaint. */
const TAKE_DOWN = /\bpolicy is to\b[^.;]{0,20}\bremove\b|\bnotice and take-?down\b/;

/**
 * The user's own removal, someone else's (other members, an administrator), deleting personal data to protect
 * privacy (that is data protection, not moderation), and removing parts of the terms (a change of terms).
 */
const NOT_THIS = /\b(?:after|when|once|if|unless) you (?:\w+ )?(?:close|delete|deactivate|cancel|terminate)\b|\b(?:in|from) (?:our |any )?back-?ups?\b|\b(?:in|from) (?:our |any )?back-?up (?:copies|systems?)\b|\bour (?:own )?(?:\w+ )?(?:content|articles?|materials?|pages?)\b|\b(?:content|material) (?:that )?we (?:publish|create|produce|provide)\b|\bremov\w* (?:any |some |certain |or \w+ )?(?:features?|functions?|functionalit\w*)\b|\byou (?:can|may|are able to) (?:\w+ )?(?:remove|delete|edit)\b|\bif you (?:remove|delete)\b|\bwe (?:will|shall) not (?:remove|delete)\b|\bremove (?:any |all )?(?:cookies|viruses|malware)\b|\byou (?:\w+ ){0,3}(?:delete|remove)\b|\bwhen you delete\b|\b(?:wish|choose|want|decide) to (?:permanently )?(?:delete|remove)\b|\bcounter[- ]?notification\b|\brequest the removal\b|\b(?:you|users?) may not\b|\b(?:offer|allow|let|enable)s? you\b|\byou request\b|\bask us to\b|\b(?:not (?:be )?liable|no liability|in no event)\b[^.;]{0,80}\b(?:removal|deletion|disabling)\b|\b(?:third part(?:y|ies)|they|members?|users|administrators?|admins?|owners?|hosts?|creators?|organi[sz]ers?|who) (?:\w+ ){0,2}(?:may|might|could|can)\b(?! be\b)|\b(?:mailing|distribution|contact) lists?\b|\bemail address(?:es)?\b|\bpersonal (?:information|data)\b|\b(?:add|remove)\w* (?:\w+ )?(?:portions|parts|provisions) of (?:this|these|the)\b/;

/** Removal the law or a court compels is no discretion of theirs, unless they keep their own latitude beside it. */
const COMPELLED = /\b(?:courts?|judges?|authorit(?:y|ies)) (?:\w+ )?(?:orders?|requires?|asks?)\b|\b(?:required|compelled|ordered) (?:to do so )?by (?:law|a court)\b|\bwhen (?:we are )?legally (?:required|obliged)\b/;
const compelledOnly = (t: string) => COMPELLED.test(t) && !WITHOUT_REASON.test(t) && !WITHOUT_NOTICE.test(t) && !/\bat any time\b/.test(t);

/**
 * Editing alone ("we may monitor, review or edit content") changes what the user posted but leaves it up: removal
 * needs a word that takes it down, hides it or refuses it.
 */
const TAKES_IT_AWAY = /\b(?:remov|delet|block|disabl|disallow|refus|reject|take|taken|taking|reclaim|reassign|eliminat|screen|purg|hid(?:e|es|ing|den)\b|unpublish|declin|not to (?:post|publish|display)|stop|ceas|restrict|limit|demot|terminat|cancel|suspend|clos|no longer|lost|forfeit|obligation to (?:store|retain|keep|back ?up|maintain))/;

function removes(pattern: RegExp): (s: SentenceView) => boolean {
  const hits = (t: string) =>
    pattern.test(t) && TAKES_IT_AWAY.test(t) && !NOT_THIS.test(t) && !USER_ACTS.test(t) && !USER_NAMED_ACTS.test(t) && !compelledOnly(t);
  return (s) => {
    if (isQuestion(s)) return false;
    const t = plain(s);
    if (hits(t)) return true;
    const read = withLeadIn(s);
    return read !== t && hits(read);
  };
}

const attrs = (s: SentenceView) => {
  const t = plain(s);
  return [...(WITHOUT_NOTICE.test(t) ? ['without-notice'] : []), ...(WITHOUT_REASON.test(t) ? ['without-reason'] : [])];
};

// Built once: a rule's match runs for every sentence that passes the trigger.
const removesIt = removes(MAY_REMOVE_IT);
const removalNoun = removes(REMOVAL_NOUN);
const lostWithAccount = removes(LOST_WITH_ACCOUNT);
const passive = removes(PASSIVE);
const listedItem = removes(ITEM);

export const contentRemovalRules: Rule[] = [
  {
    id: 'content-removal.may-remove-content',
    category: 'content-removal',
    severity: 'medium',
    explain: 'They can delete, edit or hide what you post, when they alone decide.',
    example: 'We reserve the right to remove any content you upload, at any time and for any reason.',
    counterExample: 'You can remove any content you upload at any time.',
    match: removes(MAY_REMOVE),
    attrs,
  },
  {
    id: 'content-removal.may-remove-it',
    category: 'content-removal',
    severity: 'medium',
    explain: 'They can delete, edit or hide what you post, when they alone decide.',
    example: 'If we think your post breaks the law, we may delete it without notice.',
    counterExample: 'If you think your post breaks the law, you may delete it.',
    match: (s) => / (?:it|them)\b/.test(plain(s)) && removesIt(s),
    attrs,
  },
  {
    id: 'content-removal.removal-as-noun',
    category: 'content-removal',
    severity: 'medium',
    explain: 'They keep the right to remove what you post, whenever they choose.',
    example: 'Removal of your content may occur at our discretion and without notice.',
    counterExample: 'Removal of your content takes up to thirty days after you delete it.',
    match: (s) => /\b(?:removal|deletion|blocking|editing) of\b/.test(plain(s)) && removalNoun(s),
    attrs,
  },
  {
    id: 'content-removal.lost-with-account',
    category: 'content-removal',
    severity: 'medium',
    explain: 'If they close your account, what you stored in it goes with it.',
    example: 'If we terminate your account, your photos, comments and other data will no longer be accessible.',
    counterExample: 'If we terminate your account, you can still download your photos for thirty days.',
    match: (s) => /\bno longer be\b|\bbe (?:lost|deleted|removed|forfeited)\b|\b(?:deletion|removal|loss|forfeiture|destruction) of\b/.test(plain(s)) && lostWithAccount(s),
    attrs,
  },
  {
    id: 'content-removal.content-may-be-removed',
    category: 'content-removal',
    severity: 'medium',
    explain: 'Your posts and uploads can be taken down by them.',
    example: 'Photos that break these rules can be deleted at any time without prior notice.',
    counterExample: 'Photos that break these rules are reported to the moderators.',
    // A lead-in ("... may be removed:") introduces examples of content, not further removal clauses.
    match: (s) => PASSIVE_WORD.test(plain(s)) && passive(s) && !plain(s).endsWith(':'),
    attrs,
  },
  {
    id: 'content-removal.listed-measure',
    category: 'content-removal',
    severity: 'medium',
    explain: 'One of the measures they can take is removing what you uploaded.',
    example: '(b) permanent removal of any posting or material you uploaded;',
    counterExample: '(b) a reminder of the house rules;',
    match: (s) => listedItem(s) && isListItem(s),
  },
  {
    id: 'content-removal.ends-with-account',
    category: 'content-removal',
    severity: 'medium',
    explain: 'If they close your account, what you stored or bought in it can go with it.',
    example: 'We may suspend or terminate your account and your access to your photos and files at our sole discretion.',
    counterExample: 'We may suspend your account if you break these rules, and you can download your photos first.',
    match: removes(WITH_ACCOUNT),
    attrs,
  },
  {
    id: 'content-removal.among-measures',
    category: 'content-removal',
    severity: 'medium',
    explain: 'Deleting what you posted is one of the steps they say they may take against you.',
    example: 'If you break the community rules, we may take any action we see fit, including the removal of your posts.',
    counterExample: 'If you break the community rules, we may take any action we see fit, including a warning.',
    match: removes(AMONG_MEASURES),
    attrs,
  },
  {
    id: 'content-removal.no-duty-to-keep',
    category: 'content-removal',
    severity: 'low',
    explain: 'They promise nothing about keeping your uploads: back them up yourself.',
    example: 'We have no obligation to store or retain any content you upload.',
    counterExample: 'We store the content you upload for as long as your account is open.',
    match: removes(NO_DUTY),
  },
  {
    id: 'content-removal.take-down',
    category: 'content-removal',
    severity: 'low',
    explain: 'Material can be taken down as soon as someone complains about it.',
    example: 'Our copyright policy is to remove material when a rights holder tells us it infringes.',
    counterExample: 'Our copyright policy explains how rights holders can contact us.',
    match: removes(TAKE_DOWN),
  },
];
