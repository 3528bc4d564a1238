// The "what changed" page: each version lists its clauses; "Forget everything remembered" asks first, and a
// forget can be undone (the page keeps the documents until then) or expires.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { fingerprintFindings, recordVisit, type RememberedDocument } from '../../../src/core/memory/index';
import type { Finding } from '../../../src/core/types';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/history/App');

const f = (category: Finding['category'], text: string, attrs: string[] = []): Finding => ({
  category, text, attrs, start: 0, end: text.length, severity: 'high', explanation: '', rule: 't',
});
const T0 = new Date(2026, 1, 12).getTime();
const LICENCE = 'You grant Loopyard a worldwide licence to host your uploads.';
const SUBLICENCE = 'You grant Loopyard a worldwide, sublicensable licence to host your uploads.';
const TRAIN = 'We may use your uploads to train our artificial intelligence models.';

function remembered(key: string): RememberedDocument {
  let { doc } = recordVisit(undefined, { key, title: `Terms ${key}`, document: { hash: 'a', words: 1 }, findings: fingerprintFindings([f('content-license', LICENCE)]), at: T0 });
  ({ doc } = recordVisit(doc, {
    key, title: `Terms ${key}`, document: { hash: 'b', words: 1 },
    findings: fingerprintFindings([f('content-license', SUBLICENCE, ['sublicensable']), f('third-party-sharing', SUBLICENCE), f('ai-training', TRAIN)]),
    at: T0 + 86_400_000,
  }));
  return doc;
}

/** A background that really forgets and restores, so the page is tested against what it is told. */
let stored: RememberedDocument[];
beforeEach(() => {
  fake = createFakeBrowser();
  stored = [remembered('https://a.example/terms'), remembered('https://b.example/terms')];
  fake.reply.mockImplementation(async (message: unknown) => {
    const m = message as { type: string; key?: string; docs?: RememberedDocument[] };
    if (m.type === 'history/list') return structuredClone(stored);
    if (m.type === 'history/forget') {
      stored = m.key === undefined ? [] : stored.filter((d) => d.key !== m.key);
      return { ok: true };
    }
    if (m.type === 'history/restore') {
      stored = [...stored, ...m.docs!];
      return { ok: true, restored: m.docs!.length };
    }
    return undefined;
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const sent = (type: string) => fake.messageLog.filter((m) => (m as { type: string }).type === type);

describe('history page', () => {
  it('lists the clauses of each version, each clause once with its categories', async () => {
    render(<App />);
    const docs = await screen.findAllByTestId('history-doc');
    const versions = docs[0]!.querySelectorAll('[data-testid="history-version"]');
    expect(versions).toHaveLength(2);
    // Newest first: the licence (also sharing) and the training clause; then the first version's licence.
    const clauses = (v: Element) => [...v.querySelectorAll('[data-testid="history-clause"]')].map((c) => [c.getAttribute('data-categories'), c.querySelector('blockquote')!.textContent]);
    expect(clauses(versions[0]!)).toEqual([
      ['content-license third-party-sharing', SUBLICENCE],
      ['ai-training', TRAIN],
    ]);
    expect(clauses(versions[1]!)).toEqual([['content-license', LICENCE]]);
    expect(versions[0]!.textContent).toContain('2 clauses found');
  });

  it('names and colours the user\'s own categories as the settings say', async () => {
    await fake.storage.sync.set({ settings: { version: 2, userCategories: [{ id: 'user:voice', name: 'Voice cloning', colour: '#7c3aed' }], keywords: [] } });
    const voice = 'We may create a voice clone from your recordings.';
    stored = [recordVisit(undefined, { key: 'https://v.example/terms', title: 'V', document: { hash: 'v', words: 1 }, findings: fingerprintFindings([f('user:voice', voice)]), at: T0 }).doc];
    render(<App />);
    await waitFor(() => expect(document.querySelector('[data-testid="history-clause"]')!.textContent).toContain('Voice cloning'));
    const chip = document.querySelector('[data-testid="history-clause"] [data-chip="user:voice"]') as HTMLElement;
    expect(chip.style.getPropertyValue('--chip')).toBe('#7c3aed');
  });

  it('asks before forgetting everything, and keeping them forgets nothing', async () => {
    render(<App />);
    fireEvent.click(await screen.findByTestId('history-forget-all'));
    expect(screen.getByTestId('history-confirm').textContent).toContain('Forget all 2 remembered documents?');
    expect(sent('history/forget')).toEqual([]);
    expect(document.activeElement).toBe(screen.getByTestId('history-confirm-yes'));
    fireEvent.click(screen.getByTestId('history-confirm-no'));
    expect(screen.queryByTestId('history-confirm')).toBeNull();
    expect(sent('history/forget')).toEqual([]);
    expect(screen.getAllByTestId('history-doc')).toHaveLength(2);
  });

  it('forgets everything once confirmed, and Undo puts every document back', async () => {
    render(<App />);
    fireEvent.click(await screen.findByTestId('history-forget-all'));
    fireEvent.click(screen.getByTestId('history-confirm-yes'));
    await screen.findByTestId('history-empty');
    expect(sent('history/forget')).toEqual([{ type: 'history/forget' }]);
    expect(screen.getByTestId('history-status').textContent).toContain('Forgot 2 documents.');
    fireEvent.click(screen.getByTestId('history-undo'));
    await waitFor(() => expect(screen.getAllByTestId('history-doc')).toHaveLength(2));
    const [restore] = sent('history/restore') as Array<{ docs: RememberedDocument[] }>;
    expect(restore!.docs.map((d) => d.key)).toEqual(['https://a.example/terms', 'https://b.example/terms']);
    expect(restore!.docs[0]!.versions).toHaveLength(2);
    expect(screen.getByTestId('history-status').textContent).toContain('Documents put back: 2.');
  });

  it('lets the undo expire: the documents stay forgotten', async () => {
    render(<App undoMs={50} />);
    fireEvent.click(await screen.findByTestId('history-forget-all'));
    fireEvent.click(screen.getByTestId('history-confirm-yes'));
    await screen.findByTestId('history-undo');
    await waitFor(() => expect(screen.queryByTestId('history-undo')).toBeNull(), { timeout: 2000 });
    expect(sent('history/restore')).toEqual([]);
    expect(stored).toEqual([]);
  });

  it('undoes forgetting one document', async () => {
    render(<App />);
    const [first] = await screen.findAllByTestId('history-forget');
    fireEvent.click(first!);
    await waitFor(() => expect(screen.getAllByTestId('history-doc')).toHaveLength(1));
    expect(screen.getByTestId('history-status').textContent).toContain('Forgot “Terms https://a.example/terms”.');
    fireEvent.click(screen.getByTestId('history-undo'));
    await waitFor(() => expect(screen.getAllByTestId('history-doc')).toHaveLength(2));
  });
});
