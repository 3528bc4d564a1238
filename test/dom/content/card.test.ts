// The card's words and its isolation from the page.
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, withDefaults } from '../../../src/content/card-text';
import { FindingCard } from '../../../src/content/card';
import type { Finding } from '../../../src/core/types';

const base: Finding = {
  category: 'content-license',
  start: 0,
  end: 10,
  text: 'x',
  severity: 'high',
  attrs: ['perpetual', 'non-exclusive', 'sublicensable'],
  explanation: 'They can use your work forever.',
  rule: 'content-license.grant',
};
const noMessages = () => '';

afterEach(() => document.querySelectorAll('fine-print-card').forEach((e) => e.remove()));

describe('cardText', () => {
  it('names the category and severity, lists the attributes and the rule', () => {
    const text = cardText(base, noMessages);
    expect(text).toMatchObject({ category: 'Licence to your content', severity: 'High risk', why: 'Why: rule content-license.grant' });
    expect(text.attrs).toEqual(['perpetual', 'non exclusive', 'sublicensable']);
    expect(text.position(2, 5)).toBe('Clause 2 of 5');
  });

  it('describes user keyword findings in their own words', () => {
    const text = cardText({ ...base, category: 'user:voice', rule: 'keyword:voice-clone', severity: 'protective' }, noMessages);
    expect(text.category).toBe('Your keyword: voice');
    expect(text.why).toBe('Why: your keyword matched (voice-clone)');
    expect(text.severity).toBe('Protects you');
  });

  it('prefers the translated message, and survives a throwing i18n', () => {
    expect(withDefaults((key) => (key === 'card_severity_low' ? 'Faible' : ''))('card_severity_low')).toBe('Faible');
    expect(withDefaults(() => { throw new Error('no runtime'); })('card_severity_low')).toBe('Low risk');
  });
});

describe('FindingCard', () => {
  it('lives under its own element, in a shadow root, with page styles kept out', () => {
    document.head.innerHTML = '<style>.card { display: none !important; } p { color: red; }</style>';
    const card = new FindingCard(noMessages);
    card.show(base, 0, 0, 1, new DOMRect(10, 10, 100, 20));
    const host = document.querySelector('fine-print-card');
    expect(host).not.toBeNull();
    expect(host!.textContent).toBe('');
    const shadow = host!.shadowRoot!;
    expect(shadow.querySelector('.explain')!.textContent).toBe('They can use your work forever.');
    expect([...shadow.querySelectorAll('.attrs li')].map((li) => li.textContent)).toEqual(['perpetual', 'non exclusive', 'sublicensable']);
    expect(shadow.querySelector('.why')!.textContent).toBe('Why: rule content-license.grant');
    expect(card.current).toBe(0);
    card.hide();
    expect(card.current).toBeNull();
    card.remove();
    expect(document.querySelector('fine-print-card')).toBeNull();
  });

  it('never puts page text in as HTML', () => {
    const card = new FindingCard(noMessages);
    card.show({ ...base, explanation: '<img src=x onerror="window.__pwned=1">' }, 0, 0, 1, new DOMRect(0, 0, 10, 10));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    card.remove();
  });
});
