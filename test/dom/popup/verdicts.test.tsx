// The popup never grades, or says "nothing found" about, what it did not read: text in another language, too
// little text to be the terms (with the likely reason), a PDF tab, a page that is not terms.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { TRAINING, report, tabReport } from './reports';
import type { TabReport } from '../../../src/shared/report';
import type { ReadContext, ReadStats } from '../../../src/core/verdict';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/popup/App');

let current: TabReport | null;
let scanResult: { ok: boolean; error?: string; pdf?: boolean };
beforeEach(() => {
  fake = createFakeBrowser();
  current = null;
  scanResult = { ok: true };
  fake.reply.mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'popup/get-report') return current;
    if (type === 'popup/scan-tab') return scanResult;
    return undefined;
  });
});
afterEach(cleanup);

const NONE: ReadStats = { crossOriginFrames: 0, pdfEmbeds: 0, pdfDocument: false, images: 0, scripts: 0 };
const reading = (stats: Partial<ReadStats> = {}, termsPage = true): ReadContext => ({ termsPage, stats: { ...NONE, ...stats } });
const show = async (tab: TabReport) => {
  current = tab;
  render(<App tabId={7} pollMs={20} />);
  return screen.findByTestId('headline');
};
/** Nothing on screen may grade the site or call it good news. */
const expectNoVerdict = () => {
  expect(screen.queryByTestId('grade')).toBeNull();
  expect(screen.queryByRole('img', { name: /^Grade / })).toBeNull();
  expect(document.body.textContent).not.toContain('Good news');
};

describe('popup: what was not read gets no grade', () => {
  it('names the language of terms not in English, and reads them no further', async () => {
    const hindi = { ...report([]), words: 1234, language: 'hi' };
    const headline = await show(tabReport({ status: 'unsupported-language', report: hindi }));
    expect(headline.textContent).toBe('This page is in Hindi.');
    expect(document.body.textContent).toContain('Fine Print reads English terms for now');
    expect(screen.getByTestId('words-read').textContent).toBe('Read 1,234 words');
    expect(document.querySelector('[data-state]')!.getAttribute('data-state')).toBe('unsupported-language');
    expectNoVerdict();
  });

  it.each([
    ['a script shell', { scripts: 4 }, 0, 'script', "The page's script has not shown the terms text (yet)."],
    ['terms as an image', { images: 1, scripts: 1 }, 6, 'image', 'The terms seem to be shown as an image, with no text to read.'],
    ['a cross-origin frame', { crossOriginFrames: 1 }, 2, 'frame', 'The terms seem to be in a frame from another site'],
    ['a PDF in the viewer', { pdfDocument: true }, 0, 'pdf', 'The terms seem to be a PDF'],
    ['a page with no sign why', {}, 40, 'unknown', 'There is very little text on this page.'],
  ])('%s: says the terms text was not found, why, and what to try', async (_name, stats, words, reason, because) => {
    const headline = await show(tabReport({ report: { ...report([]), words }, reading: reading(stats) }));
    expect(headline.textContent).toBe("Fine Print couldn't find the terms text on this page.");
    expect(document.querySelector('[data-state]')!.getAttribute('data-reason')).toBe(reason);
    expect(screen.getByTestId('reason').textContent).toContain(because);
    expect(screen.getByTestId('try').textContent!.length).toBeGreaterThan(20);
    expect(screen.getByTestId('words-read').textContent).toBe(words === 1 ? 'Read 1 word' : `Read ${words} words`);
    expectNoVerdict();
  });

  it('lists a clause found in the little text it read, still without a grade', async () => {
    await show(tabReport({ report: { ...report([TRAINING]), words: 60 }, reading: reading() }));
    expect(screen.getByTestId('findings').querySelectorAll('li')).toHaveLength(1);
    expectNoVerdict();
  });

  it('says a PDF tab the browser keeps scripts out of is a PDF, not an error and not a grade', async () => {
    scanResult = { ok: false, error: 'Fine Print cannot read this page: Missing host permission for the tab', pdf: true };
    render(<App tabId={7} pollMs={20} />);
    await screen.findByText('The terms seem to be a PDF, which Fine Print cannot read.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('words-read').textContent).toBe('Read 0 words');
    expectNoVerdict();
  });

  it.each([
    ['nothing', [], "No clauses about AI training or rights over your content in this page's text."],
    ['a clause', [TRAINING], 'Clauses worth a look in this page: 1.'],
  ])('a page that is not terms, scanned anyway, with %s: reports it without grading the site', async (_name, findings, says) => {
    const headline = await show(tabReport({ report: { ...report(findings), words: 850 }, reading: reading({}, false) }));
    expect(headline.textContent).toBe("This page doesn't look like terms, so Fine Print gives it no grade.");
    expect(document.body.textContent).toContain(says);
    expect(screen.getByTestId('words-read').textContent).toBe('Read 850 words');
    expect(screen.queryAllByTestId('findings')).toHaveLength(findings.length ? 1 : 0);
    expectNoVerdict();
  });

  it('shows how much it read beside a grade', async () => {
    await show(tabReport({ report: { ...report([TRAINING]), words: 5784 }, reading: reading() }));
    expect(screen.getByTestId('grade').textContent).toBe('D');
    expect(screen.getByTestId('words-read').textContent).toBe('Read 5,784 words');
  });

  it('copies a report of terms it could not find without a grade, and exports the verdict in JSON', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await show(tabReport({ report: { ...report([]), words: 2 }, reading: reading({ crossOriginFrames: 1 }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText('Report copied as Markdown.');
    const markdown = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(markdown).toContain('- Grade: none (not read)');
    expect(markdown).toContain('- Read 2 words');
    expect(markdown).toContain("Fine Print couldn't find the terms text on this page. The terms seem to be in a frame from another site");
    expect(markdown).not.toMatch(/Grade: [A-E]/);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ words: 2, language: 'en', verdict: 'terms-not-found' });
    click.mockRestore();
  });
});
