// The first-run page: how to pin the button in this browser's words, what it never does, what it fetches
// and when, and automatic scanning with permission.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createFakeBrowser, type FakeBrowser } from '../../unit/settings/fake-browser';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { App } = await import('../../../src/onboarding/App');

beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(cleanup);

describe('onboarding', () => {
  it('explains the promise and turns on automatic scanning with permission', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'What it never does' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('switch', { name: 'Scan terms pages automatically' }));
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await waitFor(() => expect((fake.storage.sync.data.get('settings') as { autoScan: boolean }).autoScan).toBe(true));
    await waitFor(() => expect(screen.getByTestId('status-auto').textContent).toBe('Automatic scanning is on.'));
  });

  it('says so when the browser does not grant access', async () => {
    fake.permissions.request.mockResolvedValueOnce(false);
    render(<App />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Scan terms pages automatically' }));
    await waitFor(() => expect(screen.getByTestId('status-auto').textContent).toMatch(/did not grant access/));
  });

  it.each([
    ['chrome-extension://abc/', 'chrome', ['puzzle piece at the right of the address bar', 'Click the pin next to Fine Print']],
    ['moz-extension://abc/', 'firefox', ['Extensions button, the puzzle piece', 'choose Pin to Toolbar']],
  ])('tells how to pin the button in the words of the browser at %s', (base, kind, words) => {
    fake.runtime.getURL = (path: string) => `${base}${path}`;
    render(<App />);
    const pin = screen.getByTestId('pin');
    expect(pin.getAttribute('data-browser')).toBe(kind);
    for (const w of words) expect(pin.textContent).toContain(w);
    // Only this browser's words: the other browser's way would only confuse.
    expect(pin.textContent).not.toContain(kind === 'chrome' ? 'Pin to Toolbar' : 'at the right of the address bar');
  });

  it('says what is fetched and when, instead of claiming nothing ever is', () => {
    render(<App />);
    expect(document.body.textContent).not.toContain('never sends anything over the network');
    const fetches = screen.getByTestId('fetches').textContent!;
    expect(fetches).toContain('when you click "Check this site\'s AI signals"');
    expect(fetches).toContain('the site you are on, and no other');
    expect(fetches).toMatch(/robots\.txt.*tdmrep\.json.*headers/);
  });
});
