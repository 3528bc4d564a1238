// The content script reads AI signals from meta tags, with no request.
import { describe, expect, it, vi } from 'vitest';

// Importing the module registers its message handlers; a listener list is all it needs here.
vi.mock('../../../src/shared/browser', () => ({ browser: { runtime: { onMessage: { addListener: () => undefined } } } }));
const { readMeta } = await import('../../../src/content/signals');

describe('readMeta', () => {
  it('collects name and http-equiv meta tags, and nothing else', () => {
    document.head.innerHTML = `
      <meta charset="utf-8">
      <meta name="robots" content="noai, noimageai">
      <meta name="GPTBot" content="noindex">
      <meta http-equiv="X-Robots-Tag" content="noai">
      <meta property="og:title" content="not a signal">`;
    expect(readMeta(document, '/terms')).toEqual({
      path: '/terms',
      tags: [
        { name: 'robots', content: 'noai, noimageai' },
        { name: 'GPTBot', content: 'noindex' },
        { name: 'X-Robots-Tag', content: 'noai' },
      ],
    });
  });

  it('makes no request while reading', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    readMeta(document, '/');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
