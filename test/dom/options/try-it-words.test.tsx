// The options page's "Try it" box names what a clause covers in plain words, never by attribute id.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createFakeBrowser } from '../../unit/settings/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

vi.mock('../../../src/shared/browser', () => ({ browser: createFakeBrowser() }));
const { TryIt } = await import('../../../src/options/TryIt');

afterEach(cleanup);

describe('TryIt', () => {
  it('lists a licence\'s attributes as plain words', () => {
    render(<TryIt settings={structuredClone(DEFAULT_SETTINGS)} />);
    fireEvent.input(screen.getByLabelText(/./, { selector: 'textarea' }), {
      target: { value: 'You grant us a perpetual licence to modify your songs, which survives deletion of your account.' },
    });
    const words = screen.getAllByTestId('try-it-attrs').map((el) => el.textContent).join(' ');
    expect(words).toContain('can make derivative works');
    expect(words).toContain('lasts after you delete');
    expect(screen.getByTestId('try-it-result').textContent).not.toMatch(/derivative-works|survives-deletion/);
  });
});
