// Every popup state, driven through the same messages the background answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { LICENCE, TRAINING, VOICE, report, tabReport } from './reports';
import type { TabReport } from '../../../src/shared/report';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/popup/App');

/** Answers popup messages: `get-report` gives `current`; `scan-tab` gives `scanResult`. */
let current: TabReport | null;
let scanResult: { ok: boolean; error?: string };
beforeEach(() => {
  fake = createFakeBrowser();
  current = null;
  scanResult = { ok: true };
  fake.reply.mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'popup/get-report') return current;
    if (type === 'popup/scan-tab') return scanResult;
    if (type === 'popup/show-finding') return { ok: true };
    return undefined;
  });
});
afterEach(cleanup);

const sent = (type: string) => fake.messageLog.filter((m) => (m as { type: string }).type === type);
const show = (tab: TabReport | null) => {
  current = tab;
  return render(<App tabId={7} pollMs={20} />);
};

describe('popup', () => {
  it('starts a scan (not forced) when the tab has no report yet, and shows that it is scanning', async () => {
    show(null);
    await waitFor(() => expect(sent('popup/scan-tab')).toEqual([{ type: 'popup/scan-tab', tabId: 7, force: false }]));
    expect(screen.getByText('Reading the terms…')).toBeTruthy();
  });

  it('shows progress on a long page', async () => {
    show(tabReport({ status: 'scanning', progress: 0.4, report: undefined }));
    await screen.findByText('40% read');
    expect(screen.getByRole('progressbar', { name: 'Scan progress' }).getAttribute('value')).toBe('40');
  });

  it('shows the grade, headline, at most five points, licence chips, and every clause grouped with its count', async () => {
    const points = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
    const licence = { attrs: ['royalty-free', 'survives-deletion', 'worldwide', 'perpetual'], grantees: ['the platform', 'its affiliates'] };
    show(tabReport({ report: report([TRAINING, LICENCE], { points, licence }) }));
    await screen.findByTestId('headline');
    expect(screen.getByRole('img', { name: /^Grade D:/ }).textContent).toBe('D');
    expect(screen.getByTestId('headline').textContent).toBe('These terms let the platform use your content to train AI.');
    expect(screen.getByTestId('points').querySelectorAll('li')).toHaveLength(5);
    const chips = [...screen.getByTestId('licence').querySelectorAll('[data-attr]')].map((c) => c.textContent);
    expect(chips).toEqual(['worldwide', 'lasts forever', 'lasts after you delete', 'without paying you']);
    expect([...screen.getByTestId('grantees').querySelectorAll('li')].map((c) => c.textContent)).toEqual(['the platform', 'its affiliates']);
    expect(screen.getAllByTestId('group-summary').map((g) => g.textContent)).toEqual(['AI training1', 'Licence to your content1']);
    const items = screen.getByTestId('findings').querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('High risk');
    expect(items[0]!.textContent).toContain('The platform may use what you upload to train artificial intelligence.');
    expect(items[0]!.querySelector('q')!.textContent).toBe('You agree that Your Content may be used to train, develop and improve artificial…');
  });

  it('scrolls the page to a clause when it is clicked', async () => {
    show(tabReport({ report: report([TRAINING, LICENCE]) }));
    const buttons = await screen.findAllByRole('button', { name: /Show this clause in the page/ });
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(sent('popup/show-finding')).toEqual([{ type: 'popup/show-finding', tabId: 7, index: 1 }]));
  });

  it('names user categories with the name and colour from the settings', async () => {
    await fake.storage.sync.set({
      settings: { version: 2, userCategories: [{ id: 'user:voice', name: 'Voice cloning', colour: '#7c3aed' }], keywords: [] },
    });
    show(tabReport({ report: report([VOICE]) }));
    await waitFor(() => expect(screen.getByTestId('findings').textContent).toContain('Voice cloning'));
  });

  it('says plainly when nothing was found: that is good news', async () => {
    show(tabReport({ report: report([]) }));
    await screen.findByText('Good news: no AI-training or licensing clauses found.');
    expect(screen.queryByTestId('findings')).toBeNull();
  });

  it('offers to scan a page that does not look like terms, forcing the scan', async () => {
    show(tabReport({ status: 'not-legal', report: undefined }));
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page anyway' }));
    await waitFor(() => expect(sent('popup/scan-tab')).toContainEqual({ type: 'popup/scan-tab', tabId: 7, force: true }));
  });

  /** Visible text of the error view: what a person reads without opening "Details". */
  const visibleError = () => {
    const view = screen.getByRole('alert').cloneNode(true) as HTMLElement;
    view.querySelectorAll('details').forEach((d) => d.remove());
    return view.textContent ?? '';
  };
  const actions = () => screen.queryAllByRole('button', { name: /^(Try again|Rescan)$/ }).map((b) => b.textContent);

  it.each([
    // [what happened, how the popup learns it, the raw browser text, plain words, the one action]
    ['an ordinary site without access (Chrome)', 'scan', 'Cannot access contents of url "https://shop.example/terms". Extension manifest must request permission to access this host.', "Fine Print hasn't been given this page.", ['Try again']],
    ['an ordinary site without access (Firefox)', 'scan', 'Missing host permission for the tab', "Fine Print hasn't been given this page.", ['Try again']],
    ['a browser page', 'scan', 'Cannot access a chrome:// URL', 'Browsers keep their own pages closed to extensions.', []],
    ['the web store', 'scan', 'The extensions gallery cannot be scripted.', 'Browsers keep their own pages closed to extensions.', []],
    ['a tab showing an error page', 'scan', 'Frame with ID 0 is showing error page', 'This tab shows an error instead of a page.', ['Try again']],
    ['a closed tab', 'scan', 'No tab with id: 7.', 'This tab is no longer there.', []],
    ['a failure in the page', 'page', 'Out of memory', "Fine Print couldn't finish reading this page.", ['Try again']],
  ])('%s: plain words, raw text only under Details, one action at most', async (_name, source, raw, plain, buttons) => {
    if (source === 'scan') {
      scanResult = { ok: false, error: raw };
      show(null);
    } else {
      show(tabReport({ status: 'error', error: raw, report: undefined }));
    }
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe(plain));
    expect(visibleError()).not.toContain(raw);
    const details = screen.getByRole('alert').querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain(raw);
    if (!/chrome:|gallery/.test(raw)) expect(visibleError()).not.toMatch(/browser pages|new-tab page|extension stores/i);
    expect(actions()).toEqual(buttons);
    if (buttons.length) {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(sent('popup/scan-tab')).toContainEqual({ type: 'popup/scan-tab', tabId: 7, force: true }));
    }
  });

  it('says when the page never answers, with Try again and no Rescan beside it', async () => {
    current = null;
    render(<App tabId={7} pollMs={20} answerMs={60} />);
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe("The page didn't answer."));
    expect(actions()).toEqual(['Try again']);
    expect(screen.getByRole('alert').querySelector('details')).toBeNull();
  });

  it('shows the keyboard shortcuts the browser has, folded under the buttons', async () => {
    show(tabReport({ report: report([TRAINING]) }));
    await screen.findByTestId('headline');
    const hint = screen.getByText('Keyboard shortcuts').closest('details')!;
    await waitFor(() => expect(hint.textContent).toContain('Alt+Shift+Period'));
    expect(hint.textContent).toContain('Jump to the next highlighted clause');
    expect(hint.textContent).toContain('Alt+Shift+Comma');
    expect(hint.textContent).toContain('Alt+Shift+S');
  });

  it('rescans, showing "scanning" until the page reports back', async () => {
    show(tabReport({ report: report([TRAINING]) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rescan' }));
    await screen.findByText('Reading the terms…');
    expect(sent('popup/scan-tab')).toContainEqual({ type: 'popup/scan-tab', tabId: 7, force: true });
    current = tabReport({ updatedAt: Date.now() + 1000, report: report([TRAINING]) });
    await screen.findByTestId('headline');
  });

  it('copies the report as Markdown with the address, date and quoted clause', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    show(tabReport({ report: report([TRAINING]) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy report' }));
    await screen.findByText('Report copied as Markdown.');
    const markdown = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(markdown).toContain('https://tunewave.example/terms');
    expect(markdown).toContain('2026-01-15T10:00:00.000Z');
    expect(markdown).toContain(`> ${TRAINING.text}`);
  });

  it('exports Markdown and JSON as file downloads', async () => {
    const names: string[] = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    show(tabReport({ report: report([TRAINING]) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    // The scan's local date and time (the report says 10:00 UTC on 15 January 2026).
    const at = new Date('2026-01-15T10:00:00.000Z');
    const two = (n: number) => String(n).padStart(2, '0');
    const stamp = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
    expect(names).toEqual([`fine-print-tunewave.example-${stamp}.md`, `fine-print-tunewave.example-${stamp}.json`]);
    const json = JSON.parse(await blobs[1]!.text());
    expect(json).toMatchObject({ url: 'https://tunewave.example/terms', scannedAt: '2026-01-15T10:00:00.000Z' });
    expect(json.findings[0].text).toBe(TRAINING.text);
    click.mockRestore();
  });

  it('opens the options page', async () => {
    show(tabReport({ report: report([]) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Options' }));
    expect(fake.runtime.openOptionsPage).toHaveBeenCalled();
  });
});
