// The card's words and its isolation from the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('fine-print-card').forEach((e) => e.remove());
});

/** The card's root is closed, so the page (and this test) cannot reach it through `host.shadowRoot`; the test
 *  watches attachShadow instead, as only code running in the content script's own world could. */
function watchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

describe('cardText', () => {
  it('names the category and severity, and lists the attributes in plain words', () => {
    const text = cardText(base, noMessages);
    expect(text).toMatchObject({ category: 'Licence to your content', severity: 'High risk', detailsLabel: 'Details', source: 'Rule: content-license.grant' });
    expect(text.attrs).toEqual(['lasts forever', 'not exclusive', 'can be passed on to others']);
    expect(text.position(2, 5)).toBe('Clause 2 of 5');
  });

  it.each([
    ['derivative-works', 'can make derivative works'],
    ['survives-deletion', 'lasts after you delete'],
    ['opt-out', 'on unless you opt out'],
    ['a-future-attribute', 'a future attribute'],
  ])('says %s as "%s"', (attr, words) => {
    expect(cardText({ ...base, attrs: [attr] }, noMessages).attrs).toEqual([words]);
  });

  it('describes user keyword findings in their own words, with the keyword id only in the details', () => {
    const text = cardText({ ...base, category: 'user:voice', rule: 'keyword:k-ry1a2c', severity: 'protective' }, noMessages);
    expect(text.category).toBe('Your keyword: voice');
    expect(text.source).toBe('Your keyword, id k-ry1a2c');
    expect(text.severity).toBe('Protects you');
  });

  it('prefers the translated message, and survives a throwing i18n', () => {
    expect(withDefaults((key) => (key === 'card_severity_low' ? 'Faible' : ''))('card_severity_low')).toBe('Faible');
    expect(withDefaults(() => { throw new Error('no runtime'); })('card_severity_low')).toBe('Low risk');
  });
});

describe('FindingCard', () => {
  it('lives under its own element, in a closed shadow root, with page styles kept out', () => {
    document.head.innerHTML = '<style>.card { display: none !important; } p { color: red; }</style>';
    const roots = watchShadowRoots();
    const card = new FindingCard(noMessages);
    card.show(base, 0, 0, 1, new DOMRect(10, 10, 100, 20));
    const host = document.querySelector('fine-print-card');
    expect(host).not.toBeNull();
    expect(host!.textContent).toBe('');
    // Closed: nothing reading the page's DOM finds the root.
    expect(host!.shadowRoot).toBeNull();
    expect(roots).toHaveLength(1);
    const shadow = roots[0]!;
    expect(shadow.mode).toBe('closed');
    expect(shadow.host).toBe(host);
    expect(shadow.querySelector('.card')!.hasAttribute('hidden')).toBe(false);
    expect(shadow.querySelector('.explain')!.textContent).toBe('They can use your work forever.');
    expect([...shadow.querySelectorAll('.attrs li')].map((li) => li.textContent)).toEqual(['lasts forever', 'not exclusive', 'can be passed on to others']);
    // No rule id where a person reads: only inside the closed "Details" disclosure.
    const details = shadow.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Details');
    expect(details.textContent).toContain('Rule: content-license.grant');
    const body = [...shadow.querySelector('.card')!.children].filter((child) => child !== details).map((child) => child.textContent).join(' ');
    expect(body).not.toMatch(/content-license\.grant|rule/i);
    expect(card.current).toBe(0);
    card.hide();
    expect(card.current).toBeNull();
    expect((shadow.querySelector('.card') as HTMLElement).hidden).toBe(true);
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
