// third-party-sharing: the provider may share, disclose, license or sell users' content or data to others,
// or others get access to it. A plain "we don't sell your data" is not sharing; "... unless ..." is.
import type { Rule, SentenceView } from './types';
import { THIRD_PARTY, USER_STUFF } from './words';

const SHARE = /\b(shar(?:e|es|ed|ing)|disclos\w*|sell|sells|sold|selling|transfer\w*|rent\w*|provid\w* (?:\w+ ){0,3}?(?:with|to)|make (?:\w+ ){0,3}?available|made available|forward\w*|report\w*|licens\w* (?:\w+ ){0,2}?to|give\w* (?:\w+ )?access|pass\w* (?:on|to)|hand\w* over|send\w*|syndicat\w*)\b/i;
const EXCEPTION = /\b(unless|except|other than|only|apart from|but)\b/i;
const THEY_GET = /\b(?:third[- ]part(?:y|ies)|partners?|advertisers?|recipients|they|search engines|website operators?|providers?|others)\b[^.;]{0,60}?\b(?:may|might|can|will|could)\s+(?:also\s+)?(?:receive|collect|learn|access|retain|process|use|figure out|see|obtain|store)\b/i;
const PROCESSORS = /\b(?:third[- ]party|service providers?|vendors?|sub-?processors?|suppliers|payment (?:service )?(?:providers?|processors?|solution)|cloud providers|data centers)\b[^.]{0,120}|\b(?:employ|engage|utili[sz]e|use)\w*\b[^.]{0,40}\bthird[- ]party\b/i;
const PROCESSOR_ACT = /\b(handled|facilitated|performed|processed|provided|hosted|stored|employ\w*|engag\w*|utili[sz]\w*|rel(?:y|ies) on|on our behalf|help us|support us|through)\b/i;
const LEGAL = /\b(law enforcement|(?:relevant |competent )?authorities|government(?:al)? (?:agencies|authorities|requests?)|legal process|subpoena|court orders?|regulators?)\b/i;
const ABROAD = /\btransfer\w* (?:of )?(?:\w+ ){0,5}?(?:to|in) (?:the United States|the U\.?S\.?|other countries|countries outside|third countries|[A-Z]\w+,? (?:Ireland|the United States))|\b(?:stored|processed|transferred) (?:\w+ ){0,3}(?:in|to) (?:other countries|the United States|countries other)/i;
const BUSINESS_SALE = /\b(merger|acquisition|reorgani[sz]ation|sale of (?:all or )?(?:\w+ ){0,3}assets|bankruptcy|change of control)\b/i;

function sharesWithOthers(s: SentenceView): boolean {
  const share = SHARE.exec(s.text);
  if (!share || !THIRD_PARTY.test(s.text)) return false;
  if (!USER_STUFF.test(s.text)) return false;
  // "We never sell your data" alone is a promise; with "unless / except" it describes when they do.
  return !s.parse.negatedAt(share.index) || EXCEPTION.test(s.text);
}

export const thirdPartySharingRules: Rule[] = [
  {
    id: 'third-party-sharing.shares-with-others',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Your content or data may be shared with, disclosed or sold to other companies or people.',
    example: 'We may share information about you with our advertising partners and affiliates.',
    match: sharesWithOthers,
  },
  {
    id: 'third-party-sharing.others-receive-data',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Other companies (advertisers, partners, services you connect) get to collect or keep your information.',
    example: 'Advertisers whose ads you click can learn information about you.',
    match: (s) => THEY_GET.test(s.text) && (USER_STUFF.test(s.text) || /\binformation|\bdata\b|copies/i.test(s.text)),
  },
  {
    id: 'third-party-sharing.service-providers',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Outside service providers handle your data or content for them (payments, hosting, support).',
    example: 'Support requests are handled by an outside service provider that processes your messages for us.',
    match: (s) => PROCESSORS.test(s.text) && PROCESSOR_ACT.test(s.text) && /\b(data|information|content|payments?|transactions?|chats?|tickets?|messages?|personal)\b/i.test(s.text) && !/\bnot responsible\b|\bno control\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.legal-requests',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'They may hand your information to police, courts or government bodies.',
    example: 'We may report offending accounts and the content involved to the relevant authorities.',
    match: (s) => LEGAL.test(s.text) && /\b(shar\w*|disclos\w*|report\w*|provid\w*|forward\w*|preserv\w*|issu\w*|comply|respond\w*|request)\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.international-transfer',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'Your data is sent to other countries, where other laws may apply.',
    example: 'Using the app means your information is transferred to the United States and other countries for processing.',
    match: (s) => ABROAD.test(s.text),
  },
  {
    id: 'third-party-sharing.business-sale',
    category: 'third-party-sharing',
    severity: 'medium',
    explain: 'If the company is sold or merged, your data goes to the new owner.',
    example: 'In a merger or sale of assets, your information may be transferred to the buyer.',
    match: (s) => BUSINESS_SALE.test(s.text) && /\b(shar\w*|transfer\w*|sell|sold|information|data|content)\b/i.test(s.text),
  },
  {
    id: 'third-party-sharing.content-to-others',
    category: 'third-party-sharing',
    severity: 'high',
    explain: 'Your content can be passed on to other companies or people, who may use it too.',
    example: 'The licence lets us make your uploads available to other companies for syndication and publication.',
    match: (s) => /\bsub-?licens\w*|\blet others\b|\ballow others\b|\b(?:to|by) other (?:companies|organi[sz]ations|websites|platforms)|\bother users of the Platform\b|\bwho partner with\b/i.test(s.text) && /\b(content|posts?|uploads?|licen[cs]e|information)\b/i.test(s.text),
  },
];
