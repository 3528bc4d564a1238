// The card's words: from messages.json (`card_*` keys) through `browser.i18n`, with English defaults so the
// card still reads well where a key is missing (and in tests, which have no extension runtime).
import type { Finding } from '../core/types';

export type Translate = (key: string, substitutions?: string[]) => string;

const DEFAULTS: Record<string, string> = {
  card_category_ai_training: 'AI training',
  card_category_ai_restriction: 'Limits on AI use',
  card_category_content_license: 'Licence to your content',
  card_category_third_party_sharing: 'Sharing with others',
  card_category_rights_waiver: 'Waiver of your rights',
  card_category_unilateral_change: 'They can change the terms',
  card_category_limitation_of_liability: 'They limit what they owe you',
  card_category_unilateral_termination: 'They can close your account',
  card_category_content_removal: 'They can remove your content',
  card_category_contract_by_using: 'Bound just by using the site',
  card_category_choice_of_law: 'Their choice of law',
  card_category_jurisdiction: 'Courts they choose',
  card_category_arbitration: 'Arbitration instead of court',
  card_category_user: 'Your keyword: $1',
  card_severity_high: 'High risk',
  card_severity_medium: 'Medium risk',
  card_severity_low: 'Low risk',
  card_severity_protective: 'Protects you',
  card_attributes: 'What the clause covers',
  card_why_rule: 'Why: rule $1',
  card_why_keyword: 'Why: your keyword matched ($1)',
  card_position: 'Clause $1 of $2',
};

export function withDefaults(t: Translate): Translate {
  return (key, substitutions) => {
    const message = safe(() => t(key, substitutions));
    if (message) return message;
    return (DEFAULTS[key] ?? key).replace(/\$(\d)/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? '');
  };
}

export interface CardText {
  category: string;
  severity: string;
  attrs: string[];
  attrsLabel: string;
  why: string;
  position(n: number, total: number): string;
}

export function cardText(finding: Finding, translate: Translate): CardText {
  const t = withDefaults(translate);
  const user = finding.category.startsWith('user:') ? finding.category.slice(5) : null;
  const keyword = finding.rule.startsWith('keyword:') ? finding.rule.slice(8) : null;
  return {
    category: user !== null ? t('card_category_user', [user]) : t(`card_category_${finding.category.replace(/-/g, '_')}`),
    severity: t(`card_severity_${finding.severity}`),
    attrs: finding.attrs.map((attr) => attr.replace(/-/g, ' ')),
    attrsLabel: t('card_attributes'),
    why: keyword !== null ? t('card_why_keyword', [keyword]) : t('card_why_rule', [finding.rule]),
    position: (n, total) => t('card_position', [String(n), String(total)]),
  };
}

function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}
