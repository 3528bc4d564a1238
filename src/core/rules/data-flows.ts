// third-party-sharing in its general shape: the user's data goes to someone other than the user and the
// provider. A sentence is read as three parts, whatever words fill them: what moves (the user's data), the
// act that moves it (share, pass, send, sell, hand over ... or "X can see / receives"), and who gets it (any
// company, person or body named as a recipient). The rules in third-party-sharing.ts cover the special
// shapes (processors, legal requests, business sales, section context); these catch the plain ones.
import type { Rule, SentenceView } from './types';

/** The user's data: "your email address", "personal details", "information about you", "what you listen to". */
const DATA_QUALIFIER = String.raw`(?:your|users['’]?|members['’]?|customers['’]?|visitors['’]?|personal|public|account|contact|usage|listening|viewing|browsing|search|location|purchase|payment|profile|device|anonymi[sz]ed|aggregated|de-identified)`;
const DATA_NOUN = String.raw`(?:data|information|info|details|content|posts|uploads|photos|videos|recordings|files|address(?:es)?|e-?mail(?: address(?:es)?)?|names?|profiles?|messages?|history|activity|location|purchases|statistics|stats|identifiers?|contacts|account|(?:phone )?numbers?|preferences|interests|orders?)`;
const USER_DATA = new RegExp(String.raw`\b${DATA_QUALIFIER}\s+(?:[\w-]+\s+){0,2}?${DATA_NOUN}\b|\b(?:information|data|details) (?:about|on|of|relating to) (?:you|your|the (?:people|pages|sites|apps|ads)|people|users|visitors|customers)\b|\bwhat you (?:listen|watch|buy|read|search|play|view|like|do)\w*|\bhow you use\b`, 'i');

/** Who gets it: a company, body or person outside the user and the provider. Other users are visibility, not sharing. */
const RECIPIENT_NOUNS = String.raw`(?:companies|company|firms?|businesses|organi[sz]ations|providers?|partners?|couriers?|carriers?|buyers?|administrators?|managers?|schools?|organi[sz]ers?|advis[eo]rs?|lawyers?|auditors?|accountants?|consultants?|agents?|recipients?|purchasers?|acquirers?|(?:record )?labels|shops?|merchants?|sellers?|retailers?|stores|employers?|recruiters?|police|institut\w+|universit\w+|researchers?|(?:sub-?)?contractors?|sub-?processors?|agenc(?:y|ies)|affiliates?|advertisers?|processors?|vendors?|suppliers?|publishers?|developers?|banks?|insurers?|authorities|regulators?|courts?|brokers?|networks|subsidiaries|group companies|(?:family|group) of companies|parent company|third[- ]part(?:y|ies)|sponsors?|lenders?|app developers|owners?|(?:partner|third[- ]party|other|external|outside) (?:websites|sites|platforms|services|apps))\b`;
const RECIPIENT = String.raw`(?:(?:the|our|a|an|its|their|other|outside|external|trusted|selected|certain|some|any|relevant|third[- ]party|[\w-]+)\s+){0,3}?${RECIPIENT_NOUNS}`;
/** Tested before the longer patterns: most sentences name no recipient at all. */
const NAMES_RECIPIENT = new RegExp(String.raw`\b${RECIPIENT_NOUNS}`, 'i');
const ACT = String.raw`(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sell(?:s|ing)?|sold|pass(?:es|ed|ing)?(?: on| along)?|giv(?:e|es|ing)|gave|send(?:s|ing)?|sent|transfer(?:s|red|ring)?|licen[cs](?:e|es|ed|ing)|hand(?:s|ed|ing)? over|provid(?:e|es|ed|ing)|forward(?:s|ed|ing)?|rent(?:s|ed|ing)?|trad(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|report(?:s|ed|ing)?|mak(?:e|es|ing) (?:[\w-]+ ){0,4}?available|made (?:\w+ )?available|show(?:s|n|ing)?|reveal(?:s|ed|ing)?|release(?:s|d)?|exchang(?:e|es|ed|ing))`;
/** "We pass your details to the courier", "We give advertisers information about ...". */
const ACTIVE = new RegExp(String.raw`\b${ACT}\b(?:[^.;]{0,60}?\b(?:to|with)\s+${RECIPIENT}|\s+${RECIPIENT}\s+(?:\w+\s+){0,2}?(?:information|data|details|statistics|reports?))`, 'i');
/** "Your name is passed to the courier", "is accessed by our contractors". */
const PASSIVE = new RegExp(String.raw`\b(?:is|are|be|been|get|gets)\s+(?:\w+\s+){0,2}?(?:passed|sent|given|disclosed|shared|sold|transferred|provided|forwarded|handed over|made available|shown|licen[cs]ed|released|revealed|reported|accessed|seen|viewed|processed|handled|stored|hosted|received|syndicated|distributed|exchanged)\s+(?:on\s+|along\s+)?(?:to|with|by)\s+${RECIPIENT}`, 'i');
/** "Our analytics provider receives details of ...", "Companies that help us can see your account". */
// Read from the recipient's noun: the words before it are optional, and trying them at every word is slow.
const THEY_RECEIVE = new RegExp(String.raw`\b${RECIPIENT_NOUNS}(?:\s+(?:that|who|which)\s+[^.;]{0,50}?)?\s+(?:(?:may|can|will|could|might|also)\s+)*(?:receives?|gets?|obtains?|collects?|see|sees|view|views|access|accesses|(?:have|has|get|gain) access to|(?:are|is) given)\b`, 'i');
/** Data that comes in, or the user's own act: not the provider passing data on. */
const INCOMING = /\b(?:with|to) us\b|\bfrom (?:our |its |the |a |an )?(?:[\w-]+ )?(?:partners?|third[- ]part\w*|advertisers?|companies|providers?|sources|services)\b|\byou (?:can |may |choose to |decide to )?(?:share|send|give|provide|disclose)\b|\b(?:lets?|allows?|enables?) you\b|\bunauthori[sz]ed\b|\b(?:provided|paid for|purchased|obtained|granted) (?:by|through)\b/i;
/** Who answers for a transfer, not a transfer: "may be liable for the transfer of data", "indemnify us". */
const ABOUT_BLAME = /\bliab\w*|\bindemnif\w*|\bhold harmless\b|\bwarrant\w*/i;
const OTHER_USERS_ONLY = /\b(?:with|to) (?:other |your |the )?(?:users|members|people|friends|followers|contacts|the public|everyone|anyone)\b/i;

/**
 * One shape of a data flow: the words it needs (tested first, so a sentence without them never runs the longer
 * pattern), whether it needs a named recipient, and whether its verb comes last ("... can see").
 */
interface Shape {
  pattern: RegExp;
  needs: RegExp;
  recipient: boolean;
  verbLast: boolean;
}

/** Whether a sentence names the user's data and a recipient: asked by every shape, answered once. */
const named = new WeakMap<SentenceView, { data: boolean; recipient: boolean }>();
function names(s: SentenceView): { data: boolean; recipient: boolean } {
  let known = named.get(s);
  if (!known) named.set(s, (known = { data: USER_DATA.test(s.text), recipient: NAMES_RECIPIENT.test(s.text) }));
  return known;
}

function flows(s: SentenceView, shape: Shape): boolean {
  if (!shape.needs.test(s.text) || (shape.recipient && !names(s).recipient) || !names(s).data) return false;
  const m = shape.pattern.exec(s.text);
  if (!m || OTHER_USERS_ONLY.test(s.text) || ABOUT_BLAME.test(s.text)) return false;
  // Data coming in is read near the act itself: "... connected with information we receive from partners" later on
  // does not undo "your data may be made available to your employer".
  if (INCOMING.test(s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30))) return false;
  // The act, not the recipient, carries the negation ("we never pass your details to ...", "they cannot see it"),
  // and the user is not the one acting.
  const at = shape.verbLast ? m.index + m[0].search(/\S+$/) : m.index;
  // What they receive or see is the user's data ("receives your card number"), not "receives permission from you".
  if (shape.verbLast && !USER_DATA.test(s.text.slice(at, at + 100))) return false;
  return !s.parse.negatedAt(at) && s.parse.actorAt(at) !== 'user' && !/\byou (?:may|must|shall|agree) not\b/i.test(s.text);
}

/** An analytics or advertising tool the provider runs collects data itself: "We use X Analytics, which collects ...". */
const TOOL_COLLECTS = /\b(?:analytics|tracking|advertising|measurement) (?:tools?|services?|providers?|partners?|compan\w+|pixels?|SDKs?)\b[^.;]{0,40}?\b(?:which|that|who|they)\s*(?:may |can |will )?(?:collects?|records?|tracks?|receives?|gathers?)\b|\b[A-Z]\w+ Analytics\b[^.;]{0,30}?\b(?:collects?|records?|tracks?|receives?|gathers?)\b/;

/** The provider and the companies around it using the data together: "we and our affiliates may use your data". */
const WITH_AFFILIATES = /\b(?:we|us|[A-Z][\w&.-]+) and (?:our|its) (?:[\w-]+ )?(?:affiliates|partners|service providers|vendors|group companies|subsidiaries|processors)\b[^.;]{0,60}?\b(?:use|process|access|store|collect|receive|analy[sz]e)\b/i;

const GIVES: Shape = { pattern: ACTIVE, needs: new RegExp(String.raw`\b${ACT}\b`, 'i'), recipient: true, verbLast: false };
const IS_GIVEN: Shape = {
  pattern: PASSIVE,
  needs: /\b(?:passed|sent|given|disclosed|shared|sold|transferred|provided|forwarded|handed|made available|shown|licen[cs]ed|released|revealed|reported|accessed|seen|viewed|processed|handled|stored|hosted|received|syndicated|distributed|exchanged)\b/i,
  recipient: true,
  verbLast: false,
};
const RECEIVES: Shape = { pattern: THEY_RECEIVE, needs: /\b(?:receives?|gets?|obtains?|collects?|see|sees|view|views|access|accesses|given)\b/i, recipient: true, verbLast: true };
const TOOL: Shape = { pattern: TOOL_COLLECTS, needs: /\b(?:collects?|records?|tracks?|receives?|gathers?)\b/i, recipient: false, verbLast: true };
/** "We will give that app access to your profile", "granting the vendor access to your files": whoever is let in. */
const LETS_IN: Shape = {
  pattern: /\b(?:give|gives|giving|gave|grant|grants|granted|granting)\s+(?!you\b|yourself\b|us\b|(?:other |your |the |some |certain )?(?:users|members|people|friends|followers|contacts|collaborators|team ?mates)\b)(?:[\w-]+\s+){1,3}?access to\b/i,
  needs: /\baccess to\b/i,
  recipient: false,
  verbLast: false,
};
const ALONGSIDE: Shape = { pattern: WITH_AFFILIATES, needs: /\band (?:our|its)\b/i, recipient: false, verbLast: true };

export const dataFlowRules: Rule[] = [
  {
    id: 'third-party-sharing.data-goes-to-others',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Your data is passed on to another company or body (named in the sentence), which then has it too.',
    example: 'We pass your name and delivery address to the courier that brings your order.',
    counterExample: 'We never pass your name or delivery address to the courier; it only sees a parcel number.',
    match: (s) => flows(s, GIVES) || flows(s, IS_GIVEN) || flows(s, LETS_IN),
  },
  {
    id: 'third-party-sharing.others-receive-your-data',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Another company or body receives, sees or can access your data.',
    example: 'The companies that host our servers can see your account details.',
    counterExample: 'The companies that host our servers cannot see your account details, which are encrypted.',
    match: (s) => flows(s, RECEIVES) || flows(s, TOOL),
  },
  {
    id: 'third-party-sharing.used-with-affiliates',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Companies linked to them (affiliates, partners, providers) use your data alongside them.',
    example: 'We and our affiliates may use your listening history to plan events.',
    counterExample: 'We and our affiliates may not use your listening history to plan events.',
    match: (s) => flows(s, ALONGSIDE),
  },
];
