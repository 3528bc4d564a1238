// "If something goes wrong": one line per tier-2 category found, in plain words with what makes it worse,
// below the licence card, and a click scrolls the page to the category's first clause.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { LICENCE, TRAINING, report, tabReport } from './reports';
import type { Finding, Tier2Category } from '../../../src/core/types';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { TroubleSection } = await import('../../../src/popup/TroubleSection');
const { App } = await import('../../../src/popup/App');

beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(cleanup);

const tier2 = (category: Tier2Category, start: number, attrs: string[] = []): Finding => ({
  category,
  start,
  end: start + 40,
  text: `A clause of category ${category}.`,
  severity: 'medium',
  attrs,
  explanation: 'Plain words.',
  rule: `${category}.x`,
});

describe('TroubleSection', () => {
  it('shows nothing when no tier-2 clause was found', () => {
    const { container } = render(<TroubleSection findings={[TRAINING, LICENCE]} onShow={() => {}} />);
    expect(container.textContent).toBe('');
  });

  it('gives one line per category found, in taxonomy order, with its count and plain words', () => {
    const findings = [tier2('arbitration', 500, ['class-action-waiver']), tier2('limitation-of-liability', 100, ['cap', 'cap:$100']), tier2('arbitration', 700), TRAINING];
    render(<TroubleSection findings={findings} onShow={() => {}} />);
    expect(screen.getByRole('heading', { name: 'If something goes wrong' })).toBeTruthy();
    const lines = [...screen.getByTestId('trouble').querySelectorAll('li')];
    expect(lines.map((l) => l.dataset.category)).toEqual(['limitation-of-liability', 'arbitration']);
    expect(lines[0]!.textContent).toContain('Limits on their liability1');
    expect(lines[0]!.textContent).toContain('What they would pay you is capped: $100.');
    expect(lines[1]!.textContent).toContain('Arbitration2');
    expect(lines[1]!.textContent).toContain('Disputes go to private arbitration, not a court. You also give up joining a class action.');
  });

  it.each([
    ['unilateral-termination', ['without-reason', 'without-notice'], 'They can suspend or close your account on their own. They need not give a reason. They need not warn you first.'],
    ['content-removal', [], 'They can delete or hide what you upload when they alone decide.'],
    ['contract-by-using', [], 'Just using the site counts as agreeing to these terms.'],
    ['choice-of-law', [], 'A law they picked, not necessarily the law where you live, decides disputes.'],
    ['jurisdiction', [], 'Disputes go to courts they picked, possibly far from where you live.'],
    ['arbitration', ['opt-out-window'], 'You can opt out of arbitration, but only for a limited time.'],
    ['limitation-of-liability', ['cap'], 'What they would pay you is capped.'],
  ] as Array<[Tier2Category, string[], string]>)('%s %j reads "%s"', (category, attrs, words) => {
    render(<TroubleSection findings={[tier2(category, 10, attrs)]} onShow={() => {}} />);
    expect(screen.getByTestId('trouble').textContent).toContain(words);
    expect(screen.getByTestId('trouble').textContent).not.toMatch(/popup_|common_/);
  });

  it('scrolls to the first clause of a category when its line is clicked', () => {
    const onShow = vi.fn();
    render(<TroubleSection findings={[TRAINING, tier2('jurisdiction', 300), tier2('jurisdiction', 400)]} onShow={onShow} />);
    fireEvent.click(screen.getByRole('button', { name: /Courts they choose/ }));
    expect(onShow).toHaveBeenCalledWith(1);
  });

  it('sits in the popup below the AI and licence story: after the clause list and the licence card', async () => {
    fake.reply.mockImplementation(async (message: unknown) => ((message as { type: string }).type === 'popup/get-report' ? tabReport({ report: report([LICENCE, tier2('arbitration', 200)], { licence: { attrs: ['worldwide'], grantees: ['the platform'] } }) }) : undefined));
    render(<App tabId={7} pollMs={20} />);
    await waitFor(() => expect(screen.getByTestId('trouble')).toBeTruthy());
    const order = [...document.querySelectorAll('[data-testid="licence"], [data-testid="trouble"], [data-testid="findings"]')].map((e) => (e as HTMLElement).dataset.testid);
    // The first screen opens on the grouped clauses (issue 11); the tier-2 section follows the licence card.
    expect(order).toEqual(['findings', 'licence', 'trouble']);
  });
});
