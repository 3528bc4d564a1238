// The popup's first screen: the quiet change and the says-vs-signals line, "How to opt out", and the clauses
// grouped by category (AI training first and open, one card per sentence with a chip per category, counted once).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { LICENCE, TRAINING, VOICE, report, tabReport } from './reports';
import type { Finding, OptOutRoute } from '../../../src/core/types';
import type { ChangesView } from '../../../src/core/memory/index';
import type { SignalsResponse } from '../../../src/core/signals/index';
import type { TabReport } from '../../../src/shared/report';
import { GROUP_ORDER, OTHER, groupFindings } from '../../../src/popup/groups';
import { reportToJson, reportToMarkdown } from '../../../src/popup/report-export';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/popup/App');

const at = (f: Finding, start: number, extra: Partial<Finding> = {}): Finding => ({ ...f, start, end: start + 50, ...extra });
const SHARING: Finding = { ...LICENCE, category: 'third-party-sharing', explanation: 'Your content may be shared with partners.', rule: 'sharing.partners', severity: 'medium', attrs: [] };
const CHANGE: Finding = { ...LICENCE, category: 'unilateral-change', explanation: 'They can change the terms.', rule: 'change.any-time', attrs: [] };
const PROTECT: Finding = { ...LICENCE, category: 'ai-restriction', explanation: 'You can switch AI training off.', rule: 'ai-restriction.opt-out', severity: 'protective', attrs: [] };
const WAIVER: Finding = { ...LICENCE, category: 'rights-waiver', explanation: 'They may use your name.', rule: 'waiver.name', severity: 'high', attrs: [] };
const ARBITRATION = { ...LICENCE, category: 'arbitration', explanation: 'Disputes go to arbitration.', rule: 'arbitration.mandatory', attrs: [] } as unknown as Finding;

const CHANGES: ChangesView = {
  key: 'k', title: 'T', fresh: true, since: new Date(2026, 1, 12).getTime(), now: new Date(2026, 2, 1).getTime(),
  summary: 'Since 12 Feb: 1 new AI-training clause.', dateUnchanged: false, versions: 2,
  diff: { added: [{ category: 'ai-training', categories: ['ai-training'], hash: 'h', text: 'x', prints: [{ category: 'ai-training', hash: 'h', attrs: [], severity: 'high', text: 'x' }] }], removed: [], changed: [], unchanged: 3 },
};
const CONTRADICTION: SignalsResponse = {
  ok: true,
  signals: { page: { noai: true, noimageai: false, tdmReservation: false, perBot: [] }, refusesAi: true, contradictions: ['The terms let the platform train AI on your uploads, while the site tells AI crawlers not to train on its pages.'] },
} as unknown as SignalsResponse;

let current: TabReport;
let changes: ChangesView | null;
let signals: SignalsResponse;
beforeEach(() => {
  fake = createFakeBrowser();
  changes = null;
  signals = { ok: true, signals: { page: { perBot: [] }, refusesAi: false, contradictions: [] } } as unknown as SignalsResponse;
  fake.reply.mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'popup/get-report') return current;
    if (type === 'popup/get-changes') return changes;
    if (type === 'popup/read-signals') return signals;
    return undefined;
  });
});
afterEach(cleanup);

const show = (tab: TabReport) => {
  current = tab;
  return render(<App tabId={7} pollMs={50} />);
};

describe('grouping the clauses', () => {
  it('orders groups for someone who uploads their work, tier-2 and unknown categories before protections', () => {
    const findings = [at(PROTECT, 10), at(CHANGE, 20), at(VOICE, 30), at(ARBITRATION, 40), at(SHARING, 50), at(LICENCE, 60), at(WAIVER, 70), at(TRAINING, 80)];
    expect(groupFindings(findings).map((g) => g.category)).toEqual([
      'ai-training', 'rights-waiver', 'content-license', 'third-party-sharing', 'unilateral-change', 'arbitration', 'user:voice', 'ai-restriction',
    ]);
    expect(GROUP_ORDER.indexOf(OTHER)).toBe(GROUP_ORDER.indexOf('ai-restriction') - 1);
  });

  it('makes one sentence with several categories one card, in its most important group, in page order', () => {
    const first = at(TRAINING, 500);
    const shared = { ...at(SHARING, 500) };
    const later = at(TRAINING, 900, { text: 'A later training clause.' });
    const groups = groupFindings([at(SHARING, 100), shared, first, later]);
    expect(groups.map((g) => [g.category, g.cards.length])).toEqual([['ai-training', 2], ['third-party-sharing', 1]]);
    expect(groups[0]!.cards[0]!.findings.map((f) => f.category)).toEqual(['ai-training', 'third-party-sharing']);
    expect(groups[0]!.cards[0]!.index).toBe(2);
    expect(groups[0]!.cards.map((c) => c.findings[0]!.start)).toEqual([500, 900]);
  });
});

describe('the first screen', () => {
  it('shows groups with counts, opening on AI training, one card with two chips counted once', async () => {
    const findings = [at(LICENCE, 10), at(TRAINING, 200), at(SHARING, 200), at(CHANGE, 400)];
    show(tabReport({ report: report(findings) }));
    await screen.findByTestId('findings');
    expect(screen.getByRole('heading', { name: 'Clauses found (3)' })).toBeTruthy();
    const groups = [...document.querySelectorAll<HTMLDetailsElement>('details.group')];
    expect(groups.map((g) => [g.dataset.group, g.open])).toEqual([['ai-training', true], ['content-license', false], ['unilateral-change', false]]);
    expect(screen.getAllByTestId('group-summary').map((s) => s.textContent)).toEqual(['AI training1', 'Licence to your content1', 'Terms can change1']);
    const card = groups[0]!.querySelector('li')!;
    expect([...card.querySelectorAll('[data-chip]')].map((c) => c.textContent)).toEqual(['AI training', 'Sharing with others']);
    expect(document.querySelectorAll('[data-category="third-party-sharing"]')).toHaveLength(0);
  });

  it('puts the quiet change and the contradiction on one line each, linking to their sections', async () => {
    changes = CHANGES;
    signals = CONTRADICTION;
    show(tabReport({ report: report([TRAINING]) }));
    const change = await screen.findByTestId('alert-changes');
    expect(change.textContent).toBe('⚠ Changed since 12 Feb: AI training added');
    expect(change.querySelector('a')!.getAttribute('href')).toBe('#changes-heading');
    const contradiction = await screen.findByTestId('alert-signals');
    expect(contradiction.querySelector('a')!.getAttribute('href')).toBe('#signals-heading');
    expect(document.getElementById('changes-heading')).toBeTruthy();
    expect(document.getElementById('signals-heading')).toBeTruthy();
    // The alerts come before how to opt out and before the clause list.
    const order = ['alerts', 'routes-none', 'findings'].map((id) => screen.getByTestId(id));
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no alert lines on a first visit with no contradiction', async () => {
    show(tabReport({ report: report([TRAINING]) }));
    await screen.findByTestId('findings');
    await waitFor(() => expect(fake.messageLog.some((m) => (m as { type: string }).type === 'popup/read-signals')).toBe(true));
    expect(screen.queryByTestId('alerts')).toBeNull();
  });
});

const ROUTES: OptOutRoute[] = [
  { kind: 'link', text: 'Opt out of AI training', href: 'https://tunewave.example/settings/ai', start: 1, end: 2, findings: [0] },
  { kind: 'settings', text: 'Settings > Privacy > Model training', start: 3, end: 4, findings: [0] },
  { kind: 'email', text: 'privacy@tunewave.example', href: 'mailto:privacy@tunewave.example', start: 5, end: 6, findings: [0] },
  { kind: 'sentence', text: 'You can opt out at any time.', start: 7, end: 8, findings: [0] },
];

describe('how to opt out', () => {
  it('shows links as real links that open in a new tab, the settings path and the address', async () => {
    show(tabReport({ report: { ...report([TRAINING]), routes: ROUTES } }));
    const routes = await screen.findByTestId('routes');
    expect(routes.querySelector('h2')!.textContent).toBe('How to opt out');
    const link = screen.getByRole('link', { name: /Opt out of AI training/ });
    expect(link.getAttribute('href')).toBe('https://tunewave.example/settings/ai');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(routes.querySelector('[data-kind="settings"]')!.textContent).toContain('Settings › Privacy › Model training');
    expect(screen.getByRole('link', { name: /privacy@tunewave.example/ }).getAttribute('href')).toBe('mailto:privacy@tunewave.example');
    // The sentence is kept for the exports; the concrete ways out are what the popup shows.
    expect(routes.querySelector('[data-kind="sentence"]')).toBeNull();
    expect(screen.queryByTestId('routes-none')).toBeNull();
  });

  it('has a label in messages.json for every kind of way out', async () => {
    const { ROUTE_KIND_ORDER } = await import('../../../src/core/routes');
    const messages = (await import('../../../public/_locales/en/messages.json')).default as Record<string, unknown>;
    for (const kind of ROUTE_KIND_ORDER) expect(messages).toHaveProperty(`routes_${kind}`);
  });

  it('says plainly when the terms allow AI training and name no way out', async () => {
    show(tabReport({ report: { ...report([TRAINING]), routes: [] } }));
    expect((await screen.findByTestId('routes-none')).textContent).toBe('These terms give no way to opt out of AI training.');
  });

  it('says nothing about opting out when nothing trains AI', async () => {
    show(tabReport({ report: report([LICENCE]) }));
    await screen.findByTestId('findings');
    expect(screen.queryByTestId('routes')).toBeNull();
  });

  it('puts every route, or the plain "no way out", in Copy report and both exports', () => {
    const tab = tabReport({ report: { ...report([TRAINING]), routes: ROUTES } });
    const markdown = reportToMarkdown(tab);
    expect(markdown).toContain('## How to opt out');
    expect(markdown).toContain('- Link in the terms: [Opt out of AI training](<https://tunewave.example/settings/ai>)');
    expect(markdown).toContain("- In the site's settings: Settings › Privacy › Model training");
    expect(markdown).toContain('- Write to: [privacy@tunewave.example](<mailto:privacy@tunewave.example>)');
    expect(markdown).toContain('- The terms say: “You can opt out at any time.”');
    const json = JSON.parse(reportToJson(tab));
    expect(json.routes).toEqual(ROUTES);
    expect(json.noWayOut).toBe(false);
    const none = tabReport({ report: { ...report([TRAINING]), routes: [] } });
    expect(reportToMarkdown(none)).toContain('These terms give no way to opt out of AI training.');
    expect(JSON.parse(reportToJson(none)).noWayOut).toBe(true);
    expect(reportToMarkdown(tabReport({ report: report([LICENCE]) }))).not.toContain('How to opt out');
  });
});
