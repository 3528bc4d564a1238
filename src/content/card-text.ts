// The card's words: from messages.json (`card_*`, `common_attr_*` keys) through `browser.i18n`, with English
// defaults so the card still reads well where a key is missing (and in tests, which have no extension runtime).
// Plain words only in the card's body; the rule or keyword id is kept for the curious behind "Details".
import type { Finding, OptOutRoute } from '../core/types';
import { ATTR_LABELS, attrLabel } from '../core/attr-labels';

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
  card_details: 'Details',
  card_rule: 'Rule: $1',
  card_keyword: 'Your keyword, id $1',
  card_position: 'Clause $1 of $2',
  ...Object.fromEntries(Object.entries(ATTR_LABELS).map(([id, label]) => [attrKey(id), label])),
  card_routes_title: 'How to opt out',
  card_routes_none: 'These terms give no way to opt out of AI training.',
  card_routes_section: 'See the section “$1”',
};

function attrKey(attr: string): string {
  return `common_attr_${attr.replace(/[^a-z0-9]+/gi, '_')}`;
}

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
  /** "Details": the disclosure that holds the id. */
  detailsLabel: string;
  /** The rule or keyword id, for the curious and for bug reports; never in the card's body. */
  source: string;
  position(n: number, total: number): string;
}

export function cardText(finding: Finding, translate: Translate): CardText {
  const t = withDefaults(translate);
  const user = finding.category.startsWith('user:') ? finding.category.slice(5) : null;
  const keyword = finding.rule.startsWith('keyword:') ? finding.rule.slice(8) : null;
  return {
    category: user !== null ? t('card_category_user', [user]) : t(`card_category_${finding.category.replace(/-/g, '_')}`),
    severity: t(`card_severity_${finding.severity}`),
    attrs: finding.attrs.map((attr) => {
      const label = t(attrKey(attr));
      return label === attrKey(attr) ? attrLabel(attr) : label;
    }),
    attrsLabel: t('card_attributes'),
    detailsLabel: t('card_details'),
    source: keyword !== null ? t('card_keyword', [keyword]) : t('card_rule', [finding.rule]),
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

/** The card's "How to opt out" lines: concrete routes first; the opt-out sentence only when nothing else is named. */
export function routeLines(routes: readonly OptOutRoute[], translate: Translate): Array<{ text: string; href?: string }> {
  const t = withDefaults(translate);
  const concrete = routes.filter((r) => r.kind !== 'sentence');
  const chosen = (concrete.length ? concrete : routes).slice(0, 4);
  return chosen.map((r) => {
    if (r.kind === 'section') return { text: t('card_routes_section', [r.text]) };
    if (r.kind === 'sentence') return { text: r.text.length > 200 ? `${r.text.slice(0, 199)}…` : r.text };
    if (r.kind === 'settings') return { text: r.text.split(' > ').join(' › ') };
    return r.href ? { text: r.text, href: r.href } : { text: r.text };
  });
}

export function routeText(key: string, translate: Translate): string {
  return withDefaults(translate)(key);
}
