// The page's part of "How to opt out": links next to a clause that calls for a way out, resolved, http(s) and
// mailto only, and only when they are about opting out; and the hover card's section showing them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText } from '../../../src/content/extract';
import { addRouteLinks } from '../../../src/content/route-links';
import { FindingCard } from '../../../src/content/card';
import type { Finding, OptOutRoute, Report } from '../../../src/core/types';

const TRAIN = 'We may use your uploads to train our machine learning models.';

function reportFor(text: string, clause: string, category: Finding['category'] = 'ai-training', routes: OptOutRoute[] = []): Report {
  const start = text.indexOf(clause);
  if (start < 0) throw new Error(`clause not in text: ${clause}`);
  const finding: Finding = { category, start, end: start + clause.length, text: clause, severity: 'high', attrs: [], explanation: 'e', rule: 'r' };
  return { words: 10, language: 'en', findings: [finding], summary: {} as Report['summary'], routes };
}

function linksOf(html: string, clause = TRAIN, category?: Finding['category'], routes?: OptOutRoute[]) {
  document.body.innerHTML = `<main>${html}</main>`;
  const extraction = extractText(document.body);
  return addRouteLinks(extraction, reportFor(extraction.text, clause, category, routes)).routes ?? [];
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('fine-print-card').forEach((e) => e.remove());
  vi.restoreAllMocks();
});

describe('addRouteLinks', () => {
  it.each([
    ['a link inside the clause\'s paragraph', `<p>${TRAIN} To opt out, <a href="/account/ai">click here</a>.</p>`, [['click here', `${location.origin}/account/ai`]]],
    ['a link in the next paragraph', `<p>${TRAIN}</p><p>You can change this in your <a href="https://tunewave.example/s">privacy settings</a>.</p>`, [['privacy settings', 'https://tunewave.example/s']]],
    ['a mailto link', `<p>${TRAIN} Object by writing to <a href="mailto:dpo@tunewave.example">our data protection officer</a>.</p>`, [['our data protection officer', 'mailto:dpo@tunewave.example']]],
  ])('%s', (_name, html, expected) => {
    const routes = linksOf(html);
    expect(routes.map((r) => [r.text, r.href])).toEqual(expected);
    expect(routes.every((r) => r.kind === 'link' && r.findings[0] === 0)).toBe(true);
  });

  it.each([
    ['an unrelated link in the same paragraph', `<p>${TRAIN} Posts must follow our <a href="/guidelines">Community Guidelines</a>.</p>`],
    ['a javascript: link about opting out', `<p>${TRAIN} To opt out, <a href="javascript:void(0)">click here</a>.</p>`],
    ['an opt-out link two paragraphs away', `<p>${TRAIN}</p><p>We host files.</p><p>To opt out, <a href="/optout">click here</a>.</p>`],
    ['an opt-out link under the next heading', `<p>${TRAIN}</p><h2>Newsletters</h2><p>To opt out, <a href="/news">click here</a>.</p>`],
    ['a hidden opt-out link', `<p>${TRAIN} <a href="/optout" hidden>Opt out</a></p>`],
  ])('never offers %s', (_name, html) => {
    expect(linksOf(html)).toEqual([]);
  });

  it('adds nothing to a clause that asks nothing of the user', () => {
    const promise = 'We will not use your drafts to train generative AI without your consent.';
    expect(linksOf(`<p>${promise} Read <a href="/optout">how to opt out</a>.</p>`, promise, 'ai-restriction')).toEqual([]);
  });

  it('merges a mailto link with the same address the text already named', () => {
    const known: OptOutRoute = { kind: 'email', text: 'privacy@tunewave.example', href: 'mailto:privacy@tunewave.example', start: 0, end: 1, findings: [] };
    const routes = linksOf(`<p>${TRAIN} To object, write to <a href="mailto:privacy@tunewave.example">privacy@tunewave.example</a>.</p>`, TRAIN, 'ai-training', [known]);
    expect(routes).toEqual([{ ...known, findings: [0] }]);
  });
});

describe('the hover card\'s "How to opt out"', () => {
  function cardOf(routes: OptOutRoute[], noWayOut: boolean, category: Finding['category'] = 'ai-training'): ShadowRoot {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const finding: Finding = { category, start: 0, end: 5, text: TRAIN, severity: 'high', attrs: [], explanation: 'e', rule: 'r' };
    new FindingCard(() => '').show(finding, 0, 0, 1, new DOMRect(10, 10, 100, 20), routes, noWayOut);
    return roots[0]!;
  }

  it('lists links (new tab), settings and the section, and leaves the sentence out when they exist', () => {
    const root = cardOf([
      { kind: 'link', text: 'AI settings', href: 'https://tunewave.example/ai', start: 0, end: 1, findings: [0] },
      { kind: 'settings', text: 'Settings > Privacy', start: 0, end: 1, findings: [0] },
      { kind: 'section', text: 'Your choices', start: 0, end: 1, findings: [0] },
      { kind: 'sentence', text: 'You can opt out.', start: 0, end: 1, findings: [0] },
    ], false);
    const box = root.querySelector('[data-testid="card-routes"]')!;
    expect(box.querySelector('p')!.textContent).toBe('How to opt out');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['AI settings (tunewave.example)', 'Settings › Privacy', 'See the section “Your choices”']);
    const link = box.querySelector('a')!;
    expect([link.getAttribute('href'), link.target, link.rel]).toEqual(['https://tunewave.example/ai', '_blank', 'noopener noreferrer']);
  });

  it('never makes a link of anything but http(s) or mailto', () => {
    const root = cardOf([{ kind: 'link', text: 'Opt out', href: 'javascript:alert(1)', start: 0, end: 1, findings: [0] }], false);
    expect(root.querySelector('[data-testid="card-routes"] a')).toBeNull();
    expect(root.querySelector('[data-testid="card-routes"] li')!.textContent).toBe('Opt out');
  });

  it('says there is no way out on a training clause, and nothing on other clauses', () => {
    expect(cardOf([], true).querySelector('[data-testid="card-routes"]')!.textContent).toBe('These terms give no way to opt out of AI training.');
    document.querySelectorAll('fine-print-card').forEach((e) => e.remove());
    vi.restoreAllMocks();
    expect(cardOf([], true, 'content-license').querySelector('[data-testid="card-routes"]')).toBeNull();
  });
});
