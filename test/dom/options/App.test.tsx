// The options page: each interaction saves valid settings, and every kind of bad input is refused
// beside its field with the previous settings kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { settingsToFile } from '../../../src/shared/settings-file';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/options/App');

const stored = () => fake.storage.sync.data.get('settings') as Settings | undefined;
const mine = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  keywords: [{ id: 'k1', phrase: 'likeness', category: 'rights-waiver', severity: 'medium', note: '' }],
});

beforeEach(async () => {
  fake = createFakeBrowser();
  await fake.storage.sync.set({ settings: mine() });
});
afterEach(cleanup);

async function open() {
  render(<App />);
  await screen.findByRole('heading', { name: 'Fine Print options' });
}
const input = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
/** The one status line of a section (status.tsx). */
const statusOf = (section: string) => screen.getByTestId(`status-${section}`);
const status = (section: string) => statusOf(section).querySelector('[role="status"]')!.textContent;
/** Waits for a section's status line to say something that matches. */
const said = (section: string, message: RegExp | string) =>
  waitFor(() => expect(status(section)).toMatch(message));

function importFile(name: string, text: string) {
  const field = screen.getByTestId('import-file');
  Object.defineProperty(field, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(field);
}

describe('options', () => {
  it('switches a category off and saves it', async () => {
    await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'AI training' }));
    await waitFor(() => expect(stored()!.categories['ai-training']).toBe(false));
    await said('categories', /^Saved\.$/);
  });

  it('adds a keyword in a new category of the user, with its name and colour', async () => {
    await open();
    input('Phrase', 'voice clone');
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '__new__' } });
    input('Name', 'Voice');
    fireEvent.input(screen.getByLabelText('Colour'), { target: { value: '#aa00ff' } });
    input('Note (shown with the clause)', 'Synthetic voices');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await waitFor(() => expect(stored()!.keywords).toHaveLength(2));
    expect(stored()!.userCategories).toEqual([{ id: 'user:voice', name: 'Voice', colour: '#aa00ff', enabled: true }]);
    expect(stored()!.keywords[1]).toMatchObject({ phrase: 'voice clone', category: 'user:voice', severity: 'medium', note: 'Synthetic voices' });
    await waitFor(() => expect(within(screen.getByTestId('keywords')).getByText('“voice clone”')).toBeTruthy());
    expect(status('keywords')).toContain('Added "voice clone"');
  });

  it.each([
    ['', /empty/],
    ['x'.repeat(10_000), /10,000 characters long; the limit is 200/],
    ['Likeness', /already in your list/],
    ['like-ness', /already in your list/],
  ])('refuses the phrase %#, in the section status the field points to, and keeps the settings', async (phrase, message) => {
    fake.storage.sync.data.set('settings', { ...mine(), keywords: [...mine().keywords, { id: 'k2', phrase: 'like ness', category: 'rights-waiver', severity: 'medium', note: '' }] });
    await open();
    const before = stored();
    input('Phrase', phrase);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'rights-waiver' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await said('keywords', message);
    const field = screen.getByLabelText('Phrase');
    expect(field.getAttribute('aria-describedby')).toBe('status-keywords');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toEqual(before);
  });

  // A paste the browser would cut short without a word (maxLength) is refused with its length instead.
  it.each([
    ['Phrase', 'x'.repeat(10_000), /The phrase is 10,000 characters long; the limit is 200/],
    ['Note (shown with the clause)', 'n'.repeat(10_000), /The note is 10,000 characters long; the limit is 500/],
    ['Name', 'c'.repeat(10_000), /The category name is 10,000 characters long; the limit is 40/],
  ])('keeps a 10,000-character paste into %s whole and says why it is refused', async (label, text, message) => {
    await open();
    const before = stored();
    input('Phrase', 'voice clone');
    input(label, text);
    const field = screen.getByLabelText(label) as HTMLInputElement;
    expect(field.hasAttribute('maxlength')).toBe(false);
    expect(field.value).toHaveLength(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await said('keywords', message);
    expect(stored()).toEqual(before);
  });

  it('refuses a 10,000-character try-it sample with its length rather than reading part of it', async () => {
    await open();
    const sample = screen.getByLabelText('Try it: type a sentence to see what it triggers') as HTMLTextAreaElement;
    expect(sample.hasAttribute('maxlength')).toBe(false);
    fireEvent.input(sample, { target: { value: 'We train AI on your uploads. '.repeat(400).slice(0, 10_000) } });
    expect(screen.getByTestId('try-it-result').textContent).toMatch(/10,000 characters long; the try-it box reads up to 2,000/);
  });

  it('puts a new keyword in the user\'s own category at medium risk by default', async () => {
    await open();
    expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('__new__');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('My keywords');
    expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe('medium');
    input('Phrase', 'voice clone');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await waitFor(() => expect(stored()!.keywords).toHaveLength(2));
    expect(stored()!.keywords[1]).toMatchObject({ phrase: 'voice clone', category: 'user:my-keywords', severity: 'medium' });
    expect(stored()!.userCategories.map((c) => c.name)).toEqual(['My keywords']);
    // The next keyword goes in that category too.
    await waitFor(() => expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('user:my-keywords'));
  });

  it('offers no removed category for the next keyword', async () => {
    fake.storage.sync.data.set('settings', { ...mine(), userCategories: [{ id: 'user:voice', name: 'Voice', colour: '#7c3aed', enabled: true }] });
    await open();
    expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('user:voice');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the category Voice and its keywords' }));
    await waitFor(() => expect(stored()!.userCategories).toEqual([]));
    await waitFor(() => expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('__new__'));
  });

  it('asks for a name when the keyword goes in a new category', async () => {
    await open();
    input('Phrase', 'voice clone');
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '__new__' } });
    input('Name', '  ');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await said('keywords', /^Give the new category a name\.$/);
  });

  it('keeps one status line per section: the newest message replaces the last', async () => {
    await open();
    input('Phrase', '');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await said('keywords', /empty/);
    input('Phrase', 'voice clone');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await said('keywords', /^Added "voice clone"/);
    expect(document.body.textContent).not.toMatch(/The phrase is empty/);
    expect(screen.getByLabelText('Phrase').getAttribute('aria-invalid')).toBeNull();

    input('Never scan automatically', 'not a site!');
    fireEvent.submit(screen.getByLabelText('Never scan automatically').closest('form')!);
    await said('sites', /not a web site address/);
    input('Always scan automatically', 'example.com');
    fireEvent.submit(screen.getByLabelText('Always scan automatically').closest('form')!);
    await said('sites', /^Added example\.com\.$/);
    expect(document.body.textContent).not.toMatch(/not a web site address/);

    // Each section has exactly one live status line, and the sections keep their own.
    for (const section of ['categories', 'keywords', 'auto', 'sites', 'backup']) {
      expect(statusOf(section).querySelectorAll('[role="status"], [role="alert"], [aria-live]')).toHaveLength(1);
    }
    expect(status('keywords')).toMatch(/^Added "voice clone"/);
    // Only the newest change offers Undo, beside its own message.
    expect(within(statusOf('sites')).getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(within(statusOf('keywords')).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps regular-expression syntax as plain text, in the list and in the try-it box', async () => {
    await open();
    input('Phrase', '(a|b)*');
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    await waitFor(() => expect(stored()!.keywords[1]!.phrase).toBe('(a|b)*'));
    const sample = screen.getByLabelText('Try it: type a sentence to see what it triggers');
    fireEvent.input(sample, { target: { value: 'Plain words: ab aab bab.' } });
    expect(screen.getByTestId('try-it-result').textContent).toBe('Nothing in this sentence would be highlighted.');
    fireEvent.input(sample, { target: { value: 'The literal text (a|b)* appears here.' } });
    expect(screen.getByTestId('try-it-result').textContent).toContain('your keyword "(a|b)*"');
  });

  it('shows live what the phrase being typed would trigger', async () => {
    await open();
    expect(screen.getByTestId('try-it-result').textContent).not.toContain('voice clone');
    input('Phrase', 'voice clone');
    expect(screen.getByTestId('try-it-result').textContent).toContain('your keyword "voice clone"');
  });

  it('removes a keyword and can undo it', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the keyword likeness' }));
    await waitFor(() => expect(stored()!.keywords).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored()!.keywords).toHaveLength(1));
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another program’s JSON', '{"theme": "dark"}', /not a Fine Print settings file/],
    ['a newer version', JSON.stringify({ format: 'fine-print-settings', settings: { version: 9 } }), /newer Fine Print/],
    [
      '1,000 keywords',
      JSON.stringify({ format: 'fine-print-settings', settings: { keywords: Array.from({ length: 1000 }, (_, i) => ({ phrase: `w${i}`, category: 'ai-training' })) } }),
      /1,000 entries/,
    ],
  ])('refuses to import %s and keeps the settings', async (_name, text, message) => {
    await open();
    const before = stored();
    importFile('backup.json', text);
    await said('backup', message);
    expect(status('backup')).toContain('Your settings are unchanged.');
    expect(stored()).toEqual(before);
    expect(screen.getByTestId('keywords').textContent).toContain('likeness');
  });

  it('imports a good file, and can undo the import', async () => {
    await open();
    const incoming = { ...structuredClone(DEFAULT_SETTINGS), autoScan: false, keywords: [{ id: 'v', phrase: 'voice clone', category: 'ai-training' as const, severity: 'high' as const, note: '' }] };
    importFile('backup.json', settingsToFile(incoming));
    await waitFor(() => expect(stored()!.keywords.map((k) => k.phrase)).toEqual(['voice clone']));
    await said('backup', /^Imported settings from backup\.json\.$/);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored()!.keywords.map((k) => k.phrase)).toEqual(['likeness']));
  });

  it('resets only after a confirmation, and can undo it', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(stored()!.keywords).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    await waitFor(() => expect(stored()).toEqual(DEFAULT_SETTINGS));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored()!.keywords).toHaveLength(1));
  });

  it('exports the settings as a file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'fine-print-settings', settings: mine() });
    click.mockRestore();
  });

  it('says when the stored settings are corrupted, and does not overwrite them until a change', async () => {
    fake.storage.sync.data.set('settings', { version: 2, keywords: 'garbage' });
    await open();
    expect(screen.getByTestId('stored-problem').textContent).toMatch(/could not be read.*keywords/);
    expect(fake.storage.sync.data.get('settings')).toEqual({ version: 2, keywords: 'garbage' });
  });

  it('turns automatic scanning on only when the browser grants access', async () => {
    await open();
    const toggle = screen.getByRole('switch', { name: 'Scan terms pages automatically' });
    expect(toggle.getAttribute('aria-describedby')).toContain('auto-scan-why');
    fake.permissions.request.mockResolvedValueOnce(false);
    fireEvent.click(toggle);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await said('auto', /did not grant access to pages, so automatic scanning stays off/);
    expect(toggle.getAttribute('aria-describedby')).toContain('status-auto');
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(stored()!.autoScan).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(stored()!.autoScan).toBe(true));
    await said('auto', /^Automatic scanning is on\.$/);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('switch', { name: 'Scan terms pages automatically' }));
    await waitFor(() => expect(stored()!.autoScan).toBe(false));
    await waitFor(() => expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] }));
  });

  it('adds sites to the never / always lists by address, refusing what is not a site', async () => {
    await open();
    input('Never scan automatically', 'https://www.Example.com/terms');
    fireEvent.submit(screen.getByLabelText('Never scan automatically').closest('form')!);
    await waitFor(() => expect(stored()!.sites.never).toEqual(['example.com']));
    input('Always scan automatically', 'not a site!');
    fireEvent.submit(screen.getByLabelText('Always scan automatically').closest('form')!);
    await said('sites', /not a web site address/);
    input('Always scan automatically', 'example.com');
    fireEvent.submit(screen.getByLabelText('Always scan automatically').closest('form')!);
    await waitFor(() => expect(stored()!.sites).toEqual({ never: [], always: ['example.com'] }));
  });
});
