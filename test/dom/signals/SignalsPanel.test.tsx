// The signals panel asks for meta signals at once and for the same-site check only on a click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { checkSite, readPageSignals, siteSignals, type SignalsResponse } from '../../../src/core/signals/index';
import type { TabReport } from '../../../src/shared/report';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { SignalsPanel } = await import('../../../src/popup/signals/SignalsPanel');

const tab = { tabId: 4, url: 'https://x.example/terms', title: 'T', status: 'done', updatedAt: 1 } as TabReport;
const findings = [{ category: 'ai-training' as const, attrs: [] }];
const page = readPageSignals([{ name: 'robots', content: 'noai' }]);
const read: SignalsResponse = { ok: true, signals: siteSignals(page, findings) };
const checked: SignalsResponse = {
  ok: true,
  signals: siteSignals(page, findings, checkSite({ path: '/terms', robots: { status: 'ok', text: 'User-agent: GPTBot\nDisallow: /' }, tdmrep: { status: 'missing' } })),
};

beforeEach(() => {
  fake = createFakeBrowser();
  fake.reply.mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'popup/read-signals') return read;
    if (type === 'popup/check-signals') return checked;
    return undefined;
  });
});
afterEach(cleanup);

const sent = (type: string) => fake.messageLog.filter((m) => (m as { type: string }).type === type);

describe('SignalsPanel', () => {
  it('shows meta signals and the contradiction without checking the site', async () => {
    render(<SignalsPanel tab={tab} />);
    expect((await screen.findByTestId('signals-meta')).textContent).toContain('(noai)');
    expect(screen.getByTestId('signals-contradiction').textContent).toContain('The terms let the platform train AI on your uploads');
    expect(sent('popup/check-signals')).toEqual([]);
  });

  it('checks the site when the button is clicked and shows each named crawler', async () => {
    render(<SignalsPanel tab={tab} />);
    fireEvent.click(await screen.findByTestId('signals-check'));
    await waitFor(() => expect(screen.getByTestId('signals-bots')).toBeTruthy());
    expect(sent('popup/check-signals')).toHaveLength(1);
    expect(document.querySelector('[data-bot="GPTBot"]')!.getAttribute('data-page')).toBe('blocked');
    expect(screen.queryByTestId('signals-check')).toBeNull();
  });
});
