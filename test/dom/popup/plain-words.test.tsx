// Plain words in the popup: attributes and who gets the licence as chips, a grade legend, and a warning that
// does not repeat the headline. Components alone, with the real English messages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createFakeBrowser } from '../../unit/settings/fake-browser';
import { analyze } from '../../../src/core/index';

vi.mock('../../../src/shared/browser', () => ({ browser: createFakeBrowser() }));
const { SummaryView } = await import('../../../src/popup/SummaryView');
const { LicenceCard } = await import('../../../src/popup/LicenceCard');
const { GradeLegend } = await import('../../../src/popup/GradeLegend');

afterEach(cleanup);

const ATTR_IDS = /\b(?:derivative-works|survives-deletion|non-exclusive|royalty-free|opt-out|opt-in|public-data|third-party|any-time|without-notice|continued-use)\b/;
const DANGEROUS = 'You grant us a perpetual, irrevocable, sublicensable licence to modify and adapt your songs, which survives deletion of your account. We may use your uploads to train our machine learning models. We may change these terms at any time. If you keep using the service after a change, you accept the new terms.';

describe('licence card', () => {
  it('shows attributes in plain words and who gets the licence as a list after "You give a licence to:"', () => {
    render(<LicenceCard licence={{ attrs: ['derivative-works', 'survives-deletion', 'sublicensable'], grantees: ['the platform', 'its affiliates', 'anyone they pass it on to'] }} />);
    const licence = screen.getByTestId('licence');
    expect([...licence.querySelectorAll('[data-attr]')].map((c) => c.textContent)).toEqual(['can be passed on to others', 'can make derivative works', 'lasts after you delete']);
    const grantees = screen.getByRole('list', { name: 'You give a licence to:' });
    expect([...grantees.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['the platform', 'its affiliates', 'anyone they pass it on to']);
    expect(licence.textContent).not.toMatch(ATTR_IDS);
  });
});

describe('grade legend', () => {
  it('explains A to E behind a disclosure, and marks the current grade', () => {
    render(<GradeLegend current="C" />);
    const legend = screen.getByTestId('grade-legend') as HTMLDetailsElement;
    expect(legend.tagName).toBe('DETAILS');
    expect(legend.open).toBe(false);
    fireEvent.click(screen.getByText('What the grades mean'));
    const items = [...legend.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Anothing worrying found',
      'Bminor concerns',
      'Csome rights over your work',
      'Dbroad rights or AI training on your work',
      'EAI training and sweeping rights over your work',
    ]);
    expect(items.filter((li) => li.getAttribute('aria-current') === 'true').map((li) => li.dataset.grade)).toEqual(['C']);
  });
});

describe('summary of terms with the dangerous combination', () => {
  const report = analyze(DANGEROUS);
  it('has a headline, a warning and key points that say different things, with no attribute ids', () => {
    expect(report.summary.dangerousCombination).toBe(true);
    render(<SummaryView report={report} userCategories={[]} onShow={() => undefined} />);
    const headline = screen.getByTestId('headline').textContent!;
    const warning = screen.getByRole('note').textContent!;
    expect(warning).toMatch(/^Watch out/);
    // The headline says what is allowed; only the warning speaks of changing the terms and continued use.
    expect(headline).toMatch(/train AI/);
    expect(headline).not.toMatch(/change|continued use|agreement/i);
    const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g));
    const shared = [...words(headline)].filter((w) => w.length > 3 && words(warning).has(w));
    expect(shared.length, `shared: ${shared.join(', ')}`).toBeLessThanOrEqual(2);
    const points = screen.getByTestId('points').textContent!;
    expect(points).not.toMatch(ATTR_IDS);
    expect(points).toContain('You give a licence to your content to the platform and anyone they pass it on to.');
    expect(points).toMatch(/The licence: lasts forever, cannot be taken back, can be passed on to others, can make derivative works, lasts after you delete\./);
    expect(screen.getByTestId('grade-legend')).toBeTruthy();
  });
});
