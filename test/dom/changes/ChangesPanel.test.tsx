// The change panel renders what the background says changed, and nothing on a first visit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { changesView, fingerprintFindings, recordVisit } from '../../../src/core/memory/index';
import type { ChangesView, FindingPrint } from '../../../src/core/memory/index';
import type { Finding } from '../../../src/core/types';
import type { TabReport } from '../../../src/shared/report';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { ChangesPanel } = await import('../../../src/popup/changes/ChangesPanel');

const f = (category: Finding['category'], text: string, attrs: string[] = []): Finding => ({
  category, text, attrs, start: 0, end: text.length, severity: 'high', explanation: '', rule: 't',
});
const T0 = new Date(2026, 1, 12).getTime();

function viewOf(before: FindingPrint[], after: FindingPrint[], dates: [string, string]): ChangesView {
  let { doc } = recordVisit(undefined, { key: 'k', title: 'T', document: { hash: 'a', words: 1, lastUpdated: dates[0] }, findings: before, at: T0 });
  ({ doc } = recordVisit(doc, { key: 'k', title: 'T', document: { hash: 'b', words: 1, lastUpdated: dates[1] }, findings: after, at: T0 + 86_400_000 }));
  return changesView(doc, true, T0)!;
}

const tab = { tabId: 3, url: 'https://x.example/terms', title: 'T', status: 'done', updatedAt: 1 } as TabReport;
let answer: ChangesView | null;
beforeEach(() => {
  fake = createFakeBrowser();
  fake.reply.mockImplementation(async (message: unknown) => ((message as { type: string }).type === 'popup/get-changes' ? answer : undefined));
});
afterEach(cleanup);

describe('ChangesPanel', () => {
  it('shows nothing when there is no earlier version', async () => {
    answer = null;
    const { container } = render(<ChangesPanel tab={tab} />);
    await waitFor(() => expect(fake.reply).toHaveBeenCalled());
    expect(container.textContent).toBe('');
  });

  it('shows the summary, the date warning and both wordings of a reworded clause', async () => {
    const old = 'We will not train generative AI models on your uploads without your consent.';
    answer = viewOf(
      fingerprintFindings([f('ai-restriction', old)]),
      fingerprintFindings([f('ai-restriction', old.replace('your consent', 'your opt-in consent')), f('ai-training', 'We may use your uploads to train AI models.')]),
      ['1 Feb 2026', '1 Feb 2026'],
    );
    render(<ChangesPanel tab={tab} />);
    expect(await screen.findByTestId('changes-summary')).toHaveProperty('textContent', 'Since 12 Feb: 1 new AI-training clause, 1 AI restriction reworded.');
    expect(screen.getByTestId('changes-date-unchanged').textContent).toContain('1 Feb 2026');
    const changed = document.querySelector('.clause-diff[data-kind="changed"]')!;
    expect(changed.querySelector('[data-side="before"] blockquote')!.textContent).toBe(old);
    expect(changed.querySelector('[data-side="after"] blockquote')!.textContent).toContain('opt-in consent');
    // The changed words are marked: nothing was taken out here, "opt-in" was put in.
    expect([...changed.querySelectorAll('del')].map((d) => d.textContent)).toEqual([]);
    expect([...changed.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['opt-in']);
    const added = document.querySelector('.clause-diff[data-kind="added"]')!;
    expect(added.querySelector('[data-side="before"]')!.textContent).toContain('Not there before.');
    expect(added.querySelectorAll('ins, del')).toHaveLength(0);
  });

  it('lists a changed licence sentence once, with its new words marked and the category it now also has', async () => {
    const old = 'You grant Loopyard a worldwide, royalty-free licence to host and stream your uploads.';
    const now = 'You grant Loopyard a worldwide, royalty-free, sublicensable licence to host and stream your uploads.';
    answer = viewOf(
      fingerprintFindings([f('content-license', old, ['royalty-free', 'worldwide'])]),
      fingerprintFindings([f('content-license', now, ['royalty-free', 'sublicensable', 'worldwide']), f('third-party-sharing', now)]),
      ['1 Feb 2026', '1 Mar 2026'],
    );
    render(<ChangesPanel tab={tab} />);
    await screen.findByTestId('changes-summary');
    const entries = [...document.querySelectorAll('.clause-diff')];
    expect(entries.map((e) => e.getAttribute('data-kind'))).toEqual(['changed']);
    const entry = entries[0]!;
    expect(entry.getAttribute('data-categories')).toBe('content-license third-party-sharing');
    expect(entry.querySelector('p')!.textContent).toBe('Changed · Licence to your content + Sharing with others · now can be passed on to others · now also Sharing with others');
    expect([...entry.querySelectorAll('[data-side="after"] ins')].map((d) => d.textContent)).toEqual([', sublicensable']);
    expect(entry.querySelector('[data-side="after"] blockquote')!.textContent).toBe(now);
    expect(entry.querySelector('[data-side="before"] blockquote')!.textContent).toBe(old);
  });

  it('does not warn about the date when the "Last updated" date moved', async () => {
    answer = viewOf([], fingerprintFindings([f('ai-training', 'We may use your uploads to train AI models.')]), ['1 Feb 2026', '1 Mar 2026']);
    render(<ChangesPanel tab={tab} />);
    await screen.findByTestId('changes-summary');
    expect(screen.queryByTestId('changes-date-unchanged')).toBeNull();
  });
});
