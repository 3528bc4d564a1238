// The shortcuts shown are the browser's current ones (commands.getAll), with a way to change them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { Shortcuts } = await import('../../../src/options/Shortcuts');

beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(cleanup);

const rows = () =>
  [...screen.getByTestId('shortcuts').querySelectorAll('.shortcut')].map((row) => [row.getAttribute('data-command'), row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);

describe('keyboard shortcuts', () => {
  it('shows each command with the key the browser has for it now', async () => {
    render(<Shortcuts />);
    await waitFor(() =>
      expect(rows()).toEqual([
        ['scan-page', 'Alt+Shift+S', 'Scan this page for AI-training and licensing clauses'],
        ['next-finding', 'Alt+Shift+Period', 'Jump to the next highlighted clause'],
        ['previous-finding', 'Alt+Shift+Comma', 'Jump to the previous highlighted clause'],
      ]),
    );
  });

  it('shows a key the user set, "Not set" for a dropped one, and the popup command once it has a key', async () => {
    fake.commands.getAll.mockResolvedValueOnce([
      { name: '_execute_action', description: '', shortcut: 'Ctrl+Shift+Y' },
      { name: 'scan-page', description: 'Scan', shortcut: 'Ctrl+Shift+9' },
      { name: 'next-finding', description: 'Next', shortcut: '' },
    ]);
    render(<Shortcuts />);
    await waitFor(() =>
      expect(rows()).toEqual([
        ['_execute_action', 'Ctrl+Shift+Y', 'Open the Fine Print popup'],
        ['scan-page', 'Ctrl+Shift+9', 'Scan'],
        ['next-finding', 'Not set', 'Next'],
      ]),
    );
  });

  it('opens chrome://extensions/shortcuts in Chrome', async () => {
    render(<Shortcuts />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    expect(fake.tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    expect(screen.getByTestId('shortcuts').textContent).toContain('chrome://extensions/shortcuts');
  });

  it("opens Firefox's own shortcut manager, and says how to get there by hand", async () => {
    fake.runtime.getURL = (path: string) => `moz-extension://abc/${path}`;
    const openShortcutSettings = vi.fn(async () => undefined);
    Object.assign(fake.commands, { openShortcutSettings });
    render(<Shortcuts />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    expect(openShortcutSettings).toHaveBeenCalled();
    expect(fake.tabs.create).not.toHaveBeenCalled();
    expect(screen.getByTestId('shortcuts').textContent).toContain('(about:addons), click the gear button, then Manage Extension Shortcuts');
  });
});
