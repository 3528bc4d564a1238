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
const status = () => screen.getByTestId('status').textContent;

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
    await waitFor(() => expect(status()).toBe('Saved.'));
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
    expect(stored()!.keywords[1]).toMatchObject({ phrase: 'voice clone', category: 'user:voice', severity: 'high', note: 'Synthetic voices' });
    await waitFor(() => expect(within(screen.getByTestId('keywords')).getByText('“voice clone”')).toBeTruthy());
    expect(status()).toContain('Added "voice clone"');
  });

  it.each([
    ['', /empty/],
    ['x'.repeat(10_000), /10,000 characters long; the limit is 200/],
    ['Likeness', /already in your list/],
  ])('refuses the phrase %#, beside the field, and keeps the settings', async (phrase, message) => {
    await open();
    const before = stored();
    input('Phrase', phrase);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'rights-waiver' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toMatch(message);
    expect(screen.getByLabelText('Phrase').getAttribute('aria-describedby')).toBe(error.id);
    expect(stored()).toEqual(before);
  });

  it('asks for a name when the keyword goes in a new category', async () => {
    await open();
    input('Phrase', 'voice clone');
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '__new__' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add keyword' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the new category a name.');
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
    const error = await screen.findByRole('alert');
    expect(error.textContent).toMatch(message);
    expect(error.textContent).toContain('Your settings are unchanged.');
    expect(stored()).toEqual(before);
    expect(screen.getByTestId('keywords').textContent).toContain('likeness');
  });

  it('imports a good file, and can undo the import', async () => {
    await open();
    const incoming = { ...structuredClone(DEFAULT_SETTINGS), autoScan: false, keywords: [{ id: 'v', phrase: 'voice clone', category: 'ai-training' as const, severity: 'high' as const, note: '' }] };
    importFile('backup.json', settingsToFile(incoming));
    await waitFor(() => expect(stored()!.keywords.map((k) => k.phrase)).toEqual(['voice clone']));
    await waitFor(() => expect(status()).toBe('Imported settings from backup.json.'));
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
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not grant/);
    expect(stored()!.autoScan).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(stored()!.autoScan).toBe(true));
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
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a web site address/);
    input('Always scan automatically', 'example.com');
    fireEvent.submit(screen.getByLabelText('Always scan automatically').closest('form')!);
    await waitFor(() => expect(stored()!.sites).toEqual({ never: [], always: ['example.com'] }));
  });
});
