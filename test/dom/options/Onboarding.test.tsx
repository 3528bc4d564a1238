// The first-run page says what Fine Print does and never does, and can turn on automatic scanning.
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
    expect(document.body.textContent).toContain('never sends anything over the network');
    fireEvent.click(await screen.findByRole('switch', { name: 'Scan terms pages automatically' }));
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await waitFor(() => expect((fake.storage.sync.data.get('settings') as { autoScan: boolean }).autoScan).toBe(true));
  });
});
