// third-party-sharing: the provider may share, disclose, license or sell users' content or data to others,
// or others get access to it. Not: receiving data from partners ("partners share information with us"),
// users sharing with each other, or a plain "we don't sell your data" ("... unless ..." is sharing).
import { NEGATIVE_WORD } from '../clauses';
import { escape } from '../defined-terms';
import type { Rule, SentenceView } from './types';
import { PROHIBITED, THIRD_PARTY, USER_STUFF } from './words';
import { dataFlowRules } from './data-flows';

const SHARE = /\b(shar(?:e|es|ed|ing)|disclos\w*|sell|sells|sold|selling|transfer\w*|rent\w*|provid\w* (?:[\w-]+ ){0,4}?(?:to )?(?:our |its |other |trusted |select )?(?:third|partners|advertisers|affiliates|service providers|others|businesses|companies)|make (?:\w+ ){0,3}?available|made available|forward\w*|report\w*|licens\w* (?:\w+ ){0,2}?to|give\w* (?:\w+ )?access|pass\w* (?:on|to)|hand\w* over|send\w*|syndicat\w*)\b/i;
/** Verbs that always put the data in someone else's hands, even when the recipient goes unnamed. */
const DISCLOSE = /\b(disclos(?:e|es|ed|ing|ure)|sell|sells|sold|selling|redistribut\w*|shar(?:e|es|ed|ing))\b/i;
const FRONTED_EXCEPTION = /^\W*(?:except|other than|apart from|save as|without your (?:\w+ )?(?:consent|permission))\b/i;
const EXCEPTION = /\b(unless|except|other than|only|apart from|but)\b/i;
const FROM_OTHERS = /\bfrom (?:our |its )?(?:partners|third|advertisers|other)|\b(?:shared|provided|disclosed) by (?:\w+ ){0,3}?(?:partners|third|advertisers|affiliates|other)/i;
/** Passive sharing: "may be shared", "is disclosed". */
const PASSIVE = /\b(?:is|are|be|been)\s+(?:\w+,?\s+){0,4}?(?:shared|disclosed|sold|transferred|made available|forwarded|provided to|passed)\b/i;
/** Sharing named as a noun: "any sharing of Customer Content with ...". */
const NOMINAL = /\b(?:sharing|disclosure|transfer|distribution|sale)\b[^.;]{0,80}?\bof (?:\w+ ){0,3}?(?:data|content|information|Customer Content|Service Generated Data)\b/i;
/** Sentences about the policy, not about sharing: "explains how we share", "How do you share my data?". */
const META = /\b(?:explains?|describes?|sets out|tells you|learn more about|understand) (?:\w+ )?(?:how|what|when|why|with whom)\b|\bchoices? about\b|\btransparent about\b|\bwith whom\b|\bwhom we share\b|\bhow (?:\w+ ){0,3}(?:is|are) (?:\w+,? )*(?:and )?(?:shared|disclosed)\b|\?\s*$|\bways (?:in which )?we share\b|\bunauthori[sz]ed (?:disclosure|access)|\blegal reasons\b/i;
const THEY_GET = /\b(?:third[- ]part(?:y|ies)|partners?|advertisers?|recipients|they|search engines|website operators?|providers?)\b(?:(?!\bwe\b)[^.;]){0,60}?\b(?:may|might|can|will|could)\s+(?:also\s+)?(?:receive|collect|learn|access|retain|process|use|figure out|obtain|store|interact with)\b/i;
const PROCESSORS = /\bvia third parties\b|\b(?:third[- ]party (?:service )?providers?|third[- ]party (?:payment|processing)\w*|service providers?|vendors?|sub-?processors?|suppliers|consultants|contractors|payment (?:service )?(?:providers?|processors?|solution)|cloud providers|data centers)\b/i;
const PROCESSOR_ACT = /\b(?:handled|facilitated|performed|processed|provided|hosted|stored) (?:by|through|to)\b|\b(?:we|may|will|to|also)\s+(?:\w+\s+)?(?:employ|engage|use|utili[sz]e|rely on|work with)\b[^.;]{0,50}\b(?:third[- ]party (?:service|payment|processing)|service providers?|consultants|contractors|sub-?processors?|data centers|cloud providers)|\b(?:that|who) (?:perform|help|support|host|process)\w*\b|\bon our behalf\b|\bvia third parties\b|\bthrough (?:our |its |a )?(?:\w+ )?(?:service providers?|third[- ]part\w*|payment)|\b(?:such )?recipients (?:are|include)\b|\bprocessing your\b|\b(?:include|including|such as)\b[^.]{0,30}\b(?:consultants|contractors|service providers|vendors|sub-?processors)\b/i;
const NOT_SHARING = /^\W*[“"‘'][^”"’']{1,60}[”"’'] (?:means|refers to|shall mean|is defined as)\b|\b(?:share|send|provide)\w* (?:\w+ )?(?:information|news|updates) (?:about|on) (?:our|its|new) (?:[\w-]+ )?(?:products|services|features|offers)\b|\bcollection,? (?:and )?use,? (?:and|or) (?:sharing|disclosure)\b|\brefuse to (?:\w+ )?distribut|\bclaims? of infringement\b|\binvasion of privacy\b|\bfrom (?:a|the) (?:seller|user|member|creator)\b|\bindemnif\w*|\bhold harmless\b|\bliab\w*|\bwarrant\w*|\bguarantee\b|\bdisputes?\b|\bgrants? you\b|\bnon-sublicensable\b/i;
const LEGAL = /\b(law[- ]enforcement|police|(?:relevant |competent )?authorities|government(?:al)? (?:agencies|authorities|requests?)|legal process|subpoena|court orders?|regulators?)\b/i;
const ABROAD = /\btransfer\w* (?:of )?(?:[\w-]+,? ){0,5}?(?:to|in),? (?:and (?:\w+ )?(?:processed|stored) in,? )?(?:the United States|the U\.?S\.?|other countries|countries (?:outside|other than)|third countries|[A-Z]\w+,? (?:Ireland|the United States))|\b(?:stored|processed|transferred) (?:\w+ ){0,3}(?:in|to) (?:other countries|the United States|countries other)/i;
/** Handing something to the authorities: sharing verbs, or answering their requests. */
const LEGAL_FLOW = /\b(?:shar\w*|disclos\w*|report(?:s|ed|ing)? (?!from\b)|provid\w* (?:[\w-]+ ){0,4}?to\b|issu\w* (?:[\w-]+ ){0,4}?to\b|forward\w*|hand\w* over|refer\w*|cooperat\w* with|work\w* with (?:\w+ ){0,2}?law enforcement)\b|\b(?:process\w*|respond\w* to|compl\w* with) (?:\w+ ){0,3}?requests\b/i;
/** The authorities as the source of a report or request, not its recipient. */
const LEGAL_SOURCE = new RegExp(String.raw`\b(?:receive\w*|made|issued|sent) (?:\w+ ){0,6}?(?:from|by) (?:[\w-]+,? ){0,6}?(?:${LEGAL.source})|\breceive\w* (?:\w+ ){0,2}?(?:${LEGAL.source}) (?:asking|requiring|to)\b|(?:${LEGAL.source}) reports\b`, 'i');
const BUSINESS_SALE = /\b(merger|acquisition|buys? (?:us|the company|our (?:company|business))|reorgani[sz]ation|sale of (?:all or )?(?:\w+ ){0,3}assets|bankruptcy|change of control)\b/i;

/** Who else may get data: companies the provider works with, and people who manage the user's account. */
const PARTY = String.raw`(?:third[- ]part(?:y|ies)|(?:[\w-]+ )?(?:service |solution )?providers?|(?:payment )?processors?|vendors?|(?:other )?companies|(?:[\w-]+ )?partners?|advertisers?|affiliates?|sub-?processors?|contractors|consultants|businesses|administrators?|employers?|resellers?)`;
/** The provider brings others in: "we work with payment processors", "we allow partners to collect". */
const BRINGS_IN = new RegExp(String.raw`\b(?:work(?:s)? with|engage|use|rely on|partner(?:s)? with|allow|let|permit|contract(?:s)? with|hire)\s+(?:\w+\s+){0,3}?${PARTY}\b|\b(?:use|engage|hire|allow|let|permit)\s+(?:some\s+|certain\s+)?others to (?:help|provide|perform|use|collect|place|set)\b`, 'i');
/** A word every BRINGS_IN needs, tested first: most sentences use "use" and name no party at all. */
const PARTY_WORD = /\b(?:third|provider|processor|vendor|compan|partner|advertiser|affiliate|sub-?processor|contractor|consultant|business|administrator|employer|reseller|others)/i;
/** The provider: "we", or the names it gives itself in the document. */
function providerSubject(s: SentenceView, at: number): boolean {
  const before = s.text.slice(Math.max(0, at - 40), at);
  const names = s.context.terms.provider.map(escape);
  return new RegExp(String.raw`(?:^|\b)(?:[Ww]e|${['[Tt]he company', ...names].join('|')})\s+(?:\w+\s+){0,2}$`).test(before);
}
/** Others reach the data: "will have access to your account", "may be accessible to providers". */
const OTHERS_ACCESS = new RegExp(String.raw`\b${PARTY}\b[^.;]{0,60}?\b(?:(?:will|may|can|might|could)?\s*(?:have|get|gain|be given) access to|(?:will be|is|are|may be|might be) able to (?:\w+,? ){0,8}?(?:access|monitor|view|see|read|retain)|(?:may|can) (?:also )?(?:access|monitor|view|see|read)|(?:have|has) the (?:legal )?right to (?:\w+ )?access)\b|\b(?:allow|enable|let|permit)\w* (?:\w+ ){0,3}?${PARTY} to (?:\w+,? ){0,3}?(?:access|monitor|view|see)\b|\baccessible to (?:\w+ ){0,4}?${PARTY}`, 'i');
/** The words OTHERS_ACCESS ends on, tested first because the whole pattern is slow to scan. */
const ACCESS_WORD = /\b(?:access|monitor|view|see|read|retain|accessible)\b/i;
/** Telling business partners about the people who saw their ads: "we report to advertisers", "let an advertiser know". */
const TELLS_PARTNERS = /\b(?:report\w*|tell\w*|let|inform\w*|provid\w*|give\w*|send\w*)\s+(?:(?:to|an?|the|our|their)\s+){0,2}(?:ad(?:vertising)? partners?|advertisers?|partners?|measurement (?:companies|partners))\b(?:\s+(?:\w+\s+){0,2}?(?:know|with|that|how|about|reports?|information|data))?|\b(?:help|enable|allow|let)\w*\s+(?:(?:our|the|business accounts and)\s+)?(?:ad(?:vertising)? partners|advertisers)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:understand|measure|view|see|learn)\b/i;

/** Sharing that waits for the user's word: "we ask for your consent to share", "you can opt out of these disclosures". */
const SHARE_ON_CONSENT = /\bopt(?:ing)?[- ]out of (?:\w+ ){0,6}?[“"]?(?:sales?|selling|sharing|disclos\w+)\b|\b(?:considered|constitute)\s+[“"]?(?:\w+\s+){0,3}?[“"]?(?:sharing|selling|sales?)\b|\b(?:ask(?:ing)? for|get(?:ting)?|obtain(?:ing)?|with|without)(?: \w+)? your (?:\w+ )?(?:consent|permission) (?:to|before) (?:\w+ )?(?:shar|disclos|sell|transfer)\w*|\b(?:shar|disclos|sell|provid|giv|pass|transfer)\w*\b(?!\s+us\b)[^.;]{0,90}\bwithout (?:\w+ ){0,2}your (?:\w+ )?(?:consent|permission)\b|\bif you (?:consent|agree) to (?:us |our )?(?:shar|disclos|sell)\w*|\b(?:agree|consent)\w* to (?:our |the )?(?:[\w,]+ ){0,4}?(?:disclosure|sharing|transfer|sale) of\b|\bopt(?:ed|ing)? out of (?:\w+ ){0,6}?["“]?(?:shar(?:e|ing)|disclosures?|sales?|selling)\b/i;
/** The user's data, not the partner's own content. */
const DATA = /\b(?:your|users['’]?|personal|customer|visitors['’]?)\s+(?:[\w-]+\s+){0,2}?(?:data|information|payments?|cookies?|identifiers?|email|address|account|content|messages?|communications?|details|files|documents|photos|uploads|recordings)\b|\babout (?:you|users|visitors)\b|\bcookies\b|\bidentifiers?\b/i;

/** A section about who gets the data ("Service providers", "Info to ad providers", "How we share information"). */
const SHARING_SECTION = /\b(?:shar(?:e|es|ing)|disclos\w*|third[- ]part\w*|(?:service|ad) providers?|partners?|advertis\w*|vendors?|affiliates?|others['’]? services|transfers?|change (?:in|of) control|recipients?)\b/i;
/** Data going somewhere, said without a sharing verb: "they will have access to", "will appear on the services of others". */
const DATA_FLOWS = /\b(?:have|get|gain|given) access\b|\bable to (?:\w+ )?(?:access|monitor|view|see|retain)\b|\b(?:made |become |becomes )?available (?:to|on)\b|\b(?:appear|displayed|shown)\w* (?:on|in) (?:the )?(?:services|sites|results)\b|\bget a signal\b|\bassociat\w*\b|\b(?:use|rely on|work with) (?:others|third parties|service providers|vendors|partners)\b|\bon our behalf\b|\bshar(?:e|es|ed|ing)\b|\bprovid\w* (?:[\w-]+ ){0,3}?to\b|\bdisclos\w*|\brefer\w* (?:\w+ ){0,3}?to\b|\bthe right to (?:continue to )?use\b/i;
const ABOUT_DATA = /\b(?:your|their|personal|member|user|customer)\s+(?:[\w-]+\s+){0,2}?(?:data|information|profile|details|content|activity|identifiers?|quer(?:y|ies)|requests?|messages?|communications?|files|documents|uploads|photos|recordings|account)\b|\bpersonal data\b|\binformation\b|\bdata\b/i;

/** Verbs a purpose or circumstance item starts with: "Comply with ...", "Detect fraud", "Help us ...". */
const ITEM_VERB = /^\W*(?:access|view|see|receive|use|share|disclose|provide|process|store|retain|keep|comply|respond|meet|enforce|detect|prevent|protect|investigate|analy[sz]e|improve|develop|personali[sz]e|send|communicate|market|advertise|measure|operate|maintain|support|conduct|perform|facilitate|verify|secure|deliver|show|display|customi[sz]e|manage|administer|create|offer|recommend|help|fulfil+|complete|transfer|sell|report|establish|exercise|defend|resolve|carry|administer|notify|contact|understand|evaluate|test|train|build|research|identify|authenticate|monitor|audit|debug|fix|repair|honou?r|satisfy|obtain|collect|combine|link|match|connect|sync|backup|back|tell|inform|give|let|allow|enable)\b|^\W*[A-Za-z]+ing\s+(?:against|the|our|your|their|and|or|to|with|for|from|a|an|any|all|in|on|of|that|it|them|information|data|content)\b/i;
/** A label that names who gets the data: "Service providers", "Advertising partners", "Authorities", "A buyer". */
const RECIPIENT_LABEL = new RegExp(String.raw`^(?:(?:our|the|a|an|other|certain|select|trusted)\s+)?(?:[\w-]+\s+){0,3}?(?:${PARTY}|authorities|law enforcement|regulators|buyers?|purchasers?|acquirers?|successors?|companies|organi[sz]ations|group companies|subsidiaries|researchers)(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*$`, 'i');
/** "Service providers: ..." at the start of an item, after any bullet or number. */
const ITEM_LABEL = /^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?([A-Z][\w’' &/-]{1,60}?):\s/;
const OTHER_USERS_LABEL = /^(?:other |your )?(?:users|members|people|friends|followers|contacts)\b|^(?:the )?public\b|^everyone\b/i;
/** Under a heading about service providers, "we use others to help us" is the sharing statement itself. */
const USES_OTHERS = /\b(?:use|rely on|work with|engage|hire)\s+(?:\w+\s+)?(?:others|third parties|service providers|vendors|contractors|companies)\s+(?:to|who|that)\b/i;
/** The flow is not denied and not the user's own act ("we do not make it available", "you may provide"). */
function flowsFromProvider(s: SentenceView): boolean {
  const at = s.text.search(DATA_FLOWS);
  return !s.parse.negatedAt(at) && s.parse.actorAt(at) !== 'user' && !/\b(?:let|lets|allow|allows|enable|enables) you\b|\bwhen you share\b/i.test(s.text);
}

/** The provider (or an unnamed passive agent) does the sharing; not the user, not a partner sharing with us. */
/** An infinitive whose agent is someone other than the provider: "for artists to", "lets you", "helps users". */
const SOMEONE_ELSE_SHARES = /\b(?:for|lets?|allows?|enables?|helps?|invites?|want)\s+(?!us\b|our\b)(?:[\w'’-]+\s+){1,4}?(?:to\s+)?$|\b(?:lets?|allows?|enables?|want)\s+(?:people|users?|you|members|creators|artists|a user|registered users)\s+to\b[^.;]{0,60}$|\b(?:OK|free|welcome|able) to\s+$/i;
/** Other users seeing what you post is visibility, not sharing with third parties. */
const ONLY_USERS = /\b(?:with|to) (?:other |your )(?:[\w-]+ )?(?:users|members|people|friends|followers|[A-Z]?\w+ers)\b|\bwith (?:the public|everyone)\b/;
const BUSINESS = /\b(?:third[- ]part(?:y|ies)|providers?|partners?|affiliates?|advertisers?|vendors?|companies|businesses|authorities|law enforcement)\b/i;

const globals = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) globals.set(pattern, (g = new RegExp(pattern.source, 'gi')));
  return g;
}

function providerShares(s: SentenceView, verb: RegExp): boolean {
  if (NOT_SHARING.test(s.text) || META.test(s.text) || FROM_OTHERS.test(s.text)) return false;
  const passive = PASSIVE.exec(s.text);
  for (const m of s.text.matchAll(globalOf(verb))) {
    const at = m.index;
    // "share information with us", "you provide to us": data coming in, not going out.
    if (/^[^.;]{0,50}?\b(?:with|to) us\b/i.test(s.text.slice(at))) continue;
    // "-ing" without an object is a noun ("cross-platform sharing"), not an act of sharing something.
    if (/ing$/i.test(m[0]) && !/^\w+\s+(?:your|the|our|this|that|such|any|all|personal|data|information|content|it|them|with|of your)\b/i.test(s.text.slice(at))) continue;
    // "We do not share it, except ..." and "Except as described here, we do not share it" both say when they do.
    if (s.parse.negatedAt(at) && !EXCEPTION.test(s.text.slice(at)) && !FRONTED_EXCEPTION.test(s.text)) continue;
    // "a place for musicians to share", "lets you share": whoever is named before "to share" does the sharing.
    if (SOMEONE_ELSE_SHARES.test(s.text.slice(Math.max(0, at - 60), at))) continue;
    // Passive sharing ("is disclosed", "may be shared with") is the provider's act whoever the subject is.
    if (passive && Math.abs(passive.index - at) < 40) return true;
    const actor = s.parse.actorAt(at);
    if (actor !== 'provider') continue;
    if (s.parse.verbAt(at) || /\b(?:disclosure|transfer)\b/i.test(m[0])) return true;
  }
  const nominal = s.text.search(NOMINAL);
  // "You consent to our ... sharing of your data": the user agrees, the provider shares.
  const userAgreesToOurs = /\b[Yy]ou (?:\w+ ){0,2}?(?:consent|agree|acknowledge)\w*\b[^.;]{0,40}?\b(?:our|its|[A-Z][\w&.-]*['’]s?|the (?:company|service|platform|provider)['’]s)\s+(?:[\w-]+,?\s+){0,8}?(?:sharing|disclosure|transfer|sale)\b/.test(s.text);
  return nominal >= 0 && (userAgreesToOurs || !['third-party', 'user'].includes(s.parse.actorAt(nominal))) && !s.parse.negatedAt(nominal);
}

/** Said of other users alone ("with other users", "with your friends"): visibility, so a list under it is no sharing. */
export function onlyOtherUsers(s: SentenceView): boolean {
  return ONLY_USERS.test(`${s.context.label} ${s.text}`) && !BUSINESS.test(s.text);
}

/**
 * An item that only names a kind of data or service ("Database hosting.", "Data from your use of the site") says
 * what or who, not that anything is shared: it does not carry its lead-in's sharing label. An item that says
 * when or why ("Comply with the law", "To protect our users", "If we sell the company") does.
 */
export function onlyNamesSomething(item: SentenceView): boolean {
  if (item.context.label || /(?:we|you|they|it|is|are|was|were|will|may|can|must|shall|would|could|should|has|have|do|does|that|who|which)/i.test(item.text)) return false;
  // A lower-case start carries on the lead-in's own sentence; "With our affiliates" names who gets it.
  if (/^\W*[a-z]/.test(item.text) || /^\W*with (?!your (?:\w+ )?(?:consent|permission|agreement))/i.test(item.text)) return false;
  if (/^\W*(?:to|if|when|whenever|where|while|unless|upon|after|before|because|in order|as (?:required|needed|necessary)|for (?:the purposes?|legal))\b/i.test(item.text)) return false;
  // An item that starts with a verb says what is done ("Respond to lawful requests"); read lexically, since tagging
  // every short item of a long list would cost more than the rest of the reading.
  return !ITEM_VERB.test(item.text);
}

export const thirdPartySharingRules: Rule[] = [
  {
    id: 'third-party-sharing.shares-with-others',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Your content or data may be shared with, disclosed or sold to other companies or people.',
    example: 'We may share information about you with our advertising partners and affiliates.',
    counterExample: 'We receive information about you from our advertising partners.',
    match: (s) => THIRD_PARTY.test(s.text) && USER_STUFF.test(s.text) && !(ONLY_USERS.test(s.text) && !BUSINESS.test(s.text)) && providerShares(s, SHARE),
  },
  {
    id: 'third-party-sharing.discloses-your-data',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They may disclose, share or sell your data, even where the recipients are not named.',
    example: 'We may preserve or disclose your personal data when we think it is needed to protect our rights.',
    counterExample: 'You can see and download the personal data we hold about you at any time.',
    match: (s) => DISCLOSE.test(s.text) && USER_STUFF.test(s.text) && !(ONLY_USERS.test(s.text) && !BUSINESS.test(s.text)) && providerShares(s, DISCLOSE),
  },
  {
    id: 'third-party-sharing.others-receive-data',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Other companies (advertisers, partners, services you connect) get to collect or keep your information.',
    example: 'Advertisers whose ads you click can learn information about you.',
    counterExample: 'Advertisers never learn who clicked on their ads.',
    match: (s) => THEY_GET.test(s.text) && !NOT_SHARING.test(s.text) && (USER_STUFF.test(s.text) || /\bdata\b|copies/i.test(s.text)),
  },
  {
    id: 'third-party-sharing.service-providers',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Outside service providers handle your data or content for them (payments, hosting, support).',
    example: 'Support requests are handled by an outside service provider that processes your messages for us.',
    counterExample: 'Support requests are answered by our own team in our own offices.',
    match: (s) => PROCESSORS.test(s.text) && PROCESSOR_ACT.test(s.text) && /\b(data|information|content|payments?|transactions?|chats?|tickets?|messages?|personal|verification|services? on our behalf|delivery of the services)\b/i.test(s.text) && !NOT_SHARING.test(s.text) && !/\bnot responsible\b|\bno control\b|\bdo not control\b/i.test(s.text) &&
      // "You can pay through a payment provider" is the user's own act, not the provider handing data on.
      s.parse.actorAt(Math.max(0, s.text.search(PROCESSOR_ACT))) !== 'user',
  },
  {
    id: 'third-party-sharing.brings-in-others',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They work with other companies (payment processors, advertisers, analytics firms) that handle or collect your data.',
    example: 'We work with advertising partners who place cookies to measure how our ads perform.',
    counterExample: 'We work with schools to teach students how to stay safe online.',
    match: (s) => {
      const m = PARTY_WORD.test(s.text) ? BRINGS_IN.exec(s.text) : null;
      return m !== null && providerSubject(s, m.index) && DATA.test(s.text) && !NOT_SHARING.test(s.text) && !s.parse.negatedAt(m.index + m[0].length - 2);
    },
  },
  {
    id: 'third-party-sharing.tells-partners',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They pass information about what people do (who saw, saved or clicked what) to advertisers and partners.',
    example: 'We tell our advertising partners how many people saved their pins and visited their site.',
    counterExample: 'Our advertising partners tell us which of their ads should not be shown to children.',
    match: (s) => {
      const m = TELLS_PARTNERS.exec(s.text);
      return m !== null && providerSubject(s, m.index) && !NOT_SHARING.test(s.text) && !s.parse.negatedAt(m.index);
    },
  },
  {
    id: 'third-party-sharing.others-get-access',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Other people or companies (providers, your employer, administrators) can get access to your account or data.',
    example: 'If your school manages your account, its administrators will have access to your messages.',
    counterExample: 'Only you have access to your messages.',
    match: (s) => {
      const m = ACCESS_WORD.test(s.text) ? OTHERS_ACCESS.exec(s.text) : null;
      return m !== null && DATA.test(s.text) && !NOT_SHARING.test(s.text) && !s.parse.negatedAt(m.index + m[0].length - 2);
    },
  },
  {
    id: 'third-party-sharing.shares-with-your-consent',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They share or sell your data when you agree to it, or until you opt out; check what you agree to.',
    example: 'We will ask for your consent before we share your health information with an insurer.',
    counterExample: 'We will ask for your consent before we send you newsletters.',
    match: (s) => /consent|permission|opt|constitut|considered|agree/i.test(s.text) && SHARE_ON_CONSENT.test(s.text),
  },
  {
    id: 'third-party-sharing.legal-requests',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They may hand your information to police, courts or government bodies.',
    example: 'We may report offending accounts and the content involved to the relevant authorities.',
    counterExample: 'You must follow the law of the country you live in when you use the app.',
    // The authorities receive: "we may report ... to the police". Reports or requests that come from them ("reports we
    // receive from law enforcement", "a request made by a court") bring nothing of the user's to them.
    match: (s) => LEGAL.test(s.text) && LEGAL_FLOW.test(s.text) && !s.parse.negatedAt(s.text.search(LEGAL_FLOW)) && !LEGAL_SOURCE.test(s.text) && !/\b(?:find out|learn|read) more\b/i.test(s.text) && s.parse.actorAt(s.text.search(LEGAL)) !== 'user' && !/\byou (?:will|shall|must|agree)\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.international-transfer',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Your data is sent to other countries, where other laws may apply.',
    example: 'Using the app means your information is transferred to the United States and other countries for processing.',
    counterExample: 'Your information is stored in the country where you live.',
    match: (s) => ABROAD.test(s.text) && !/\bliable\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.business-sale',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'If the company is sold or merged, your data goes to the new owner.',
    example: 'In a merger or sale of assets, your information may be transferred to the buyer.',
    counterExample: 'You may not sell or transfer your account to anyone else.',
    match: (s) => BUSINESS_SALE.test(s.text) && /\b(information|data|content)\b/i.test(s.text) && /\b(shar\w*|transfer\w*|sell|sold|buys?)\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.content-to-others',
    category: 'third-party-sharing',
    severity: 'high',
    explain: 'Your content can be passed on to other companies or people, who may use it too.',
    example: 'The licence lets us make your uploads available to other companies for syndication and publication.',
    counterExample: 'Other users can see the uploads you choose to make public.',
    match: (s) =>
      /\bsub-?licens\w*|\bavailable for (?:republishing|republication|syndication)\b|\blicens\w* (?:\w+ )?(?:comments|content|posts|submissions|uploads) to\b|\blet others\b|\ballow others\b|\b(?:to|by) other (?:companies|organi[sz]ations|websites|platforms)|\bother companies, organi[sz]ations,? (?:and|or) individuals\b|\bother users of the Platform\b|\bwho partner with\b|\b(?:distribut|syndicat|publish|broadcast)\w*[^.]{0,40}\bby us and our partners\b/i.test(s.text) &&
      /\b(content|posts?|uploads?|licen[cs]e|information|rights?|inputs?|data|comments?|submissions?|photos?|videos?|images?|recordings?|tracks?|songs?|stories|reviews?|works?)\b/i.test(s.text) &&
      !NOT_SHARING.test(s.text) &&
      !/\byou (?:may not|must not|cannot|shall not|agree not to)\b[^.]{0,60}\b(?:share|distribut|sub-?licens|sell|publish|transfer|licen)/i.test(s.text) &&
      !/^\s*\((?:[ivx]+|[a-z])\)\s+[a-z]/.test(s.text),
  },
  {
    id: 'third-party-sharing.content-datasets',
    category: 'third-party-sharing',
    severity: 'high',
    explain: 'Collections of users\' content or data are published or sold as datasets or paid access.',
    example: 'We publish a data dump of all public posts and charge licensing fees for large-scale access.',
    counterExample: 'We do not publish data dumps of the posts on the site.',
    match: (s) => /\b(?:data ?dumps?|datasets?|compilations? of)\b|\blicensing fees\b|\blarge-scale access\b/i.test(s.text) && /\b(?:content|posts|data|information|licen[cs]ed|available|access)\b/i.test(s.text) && !/\bby downloading\b|\byou (?:download|access)\b/i.test(s.text) && !PROHIBITED.test(s.text) && !NEGATIVE_WORD.test(s.text),
  },
  {
    id: 'third-party-sharing.recipient-listed',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Listed among the companies or bodies that get your data: this one receives it too.',
    example: 'Payment companies: the firms that handle your card when you buy a subscription.',
    counterExample: 'Other users: the people who follow you can see your public playlists.',
    exampleHeading: 'Who we share your information with',
    // Under "Who we share it with", an item labelled with a recipient ("Service providers: ...") names one.
    match: (s) =>
      SHARING_SECTION.test(`${s.context.heading} ${s.context.parentHeading}`) && !/\byour choices\b|\bcontrol\b|\b(?:collect|receive|get|obtain)\w*\b|\bfrom\b/i.test(s.context.heading) &&
      // The label opens this very item ("Service providers: ..."), and what follows is no denial or data coming in.
      ((label) => label !== '' && RECIPIENT_LABEL.test(label) && !OTHER_USERS_LABEL.test(label) && !s.parse.negatedAt(s.text.indexOf(':') + 2))(
        ITEM_LABEL.exec(s.text)?.[1] ?? '',
      ) && !FROM_OTHERS.test(s.text) && !/\b(?:with|to) us\b|\bfrom (?:us|you)\b|\breceive\w*\b[^.;]{0,60}\bfrom\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.in-sharing-section',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'In the part of the terms about who gets your data: this sentence says how your data reaches someone else.',
    example: 'They will have access to your information only as needed to do this work for us.',
    counterExample: 'You can download a copy of your information at any time.',
    exampleHeading: 'Service providers',
    // Read in its section: under "Service providers", "they will have access to your information" is sharing.
    match: (s) =>
      SHARING_SECTION.test(`${s.context.heading} ${s.context.parentHeading} ${s.context.label}`) && !/\byour choices\b|\bcontrol\b/i.test(s.context.heading) &&
      DATA_FLOWS.test(s.text) && (ABOUT_DATA.test(s.text) || USES_OTHERS.test(s.text)) && !META.test(s.text) && !NOT_SHARING.test(s.text) && !FROM_OTHERS.test(s.text) &&
      !(ONLY_USERS.test(`${s.context.label} ${s.text}`) && !BUSINESS.test(s.text)) &&
      !/\b(?:for|find|learn) more\b/i.test(s.text) && flowsFromProvider(s),
  },
  ...dataFlowRules,
];
