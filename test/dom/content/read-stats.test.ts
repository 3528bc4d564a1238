// What a page shows that is not text: PDFs, large images and canvases, scripts. (Frames from another origin
// need a real browser: test/e2e/verdicts.test.ts.) happy-dom has no layout, so boxes come from width/height.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStats } from '../../../src/content/read-stats';

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const width = Number(this.getAttribute('width') ?? 0);
    const height = Number(this.getAttribute('height') ?? 0);
    return { width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => vi.restoreAllMocks());

const NONE = { crossOriginFrames: 0, pdfEmbeds: 0, pdfDocument: false, images: 0, scripts: 0 };

describe('readStats', () => {
  it.each([
    ['an ordinary page', '<p>Terms text.</p>', 'https://x.example/terms', {}],
    ['a large image of the terms', '<img width="760" height="520" alt="">', 'https://x.example/terms', { images: 1 }],
    ['an icon and a tracking pixel', '<img width="24" height="24" alt=""><img width="1" height="1" alt="">', 'https://x.example/terms', {}],
    ['a canvas the terms are drawn on', '<canvas width="800" height="1200"></canvas>', 'https://x.example/terms', { images: 1 }],
    ['an embedded PDF', '<embed type="application/pdf" src="/legal/terms" width="800" height="900">', 'https://x.example/terms', { pdfEmbeds: 1 }],
    ['a PDF in an object, by its address', '<object data="/legal/Terms.PDF?v=3" width="800" height="900"></object>', 'https://x.example/terms', { pdfEmbeds: 1 }],
    ['an app shell', '<div id="root"></div><script>start()</script><script type="application/json">{}</script><script type="application/ld+json">{}</script>', 'https://x.example/terms', { scripts: 1 }],
    ['a tab whose address is a PDF', '', 'https://x.example/legal/terms.pdf', { pdfDocument: true }],
  ])('%s', (_name, html, url, expected) => {
    document.body.innerHTML = html;
    expect(readStats(document, url)).toEqual({ ...NONE, ...expected });
  });
});
