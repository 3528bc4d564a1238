// The cheap "is this a legal page?" check: table-driven over URL, title, heading and text density.
import { describe, expect, it } from 'vitest';
import { isLegal, legalDensity, legalSignals, looksLegal } from '../../../src/content/legal-page';

const TERMS_PROSE =
  'By using the Services you agree to these Terms. You hereby grant us a worldwide, royalty-free, sublicensable licence to your content. ' +
  'We disclaim all warranties and our liability is limited. These Terms are governed by the governing law of the State, and any dispute shall go to arbitration. ' +
  'We may share personal data with third parties pursuant to this policy. We may terminate your account at any time. ';
const ARTICLE_PROSE =
  'The city council met on Tuesday to discuss the new cycle lanes. Residents who came to the meeting said they were happy with the plan, ' +
  'although some shop owners worried about deliveries. The mayor promised a decision before the summer, and the first lanes could open next year. ' +
  'Meanwhile, the bakery on the corner has started selling bread made with local flour, and the queue reaches the station on Saturdays. ';

function doc(title: string, h1: string, prose: string, times: number): Document {
  document.title = title;
  document.body.innerHTML = `<h1>${h1}</h1><main><p>${prose.repeat(times)}</p></main>`;
  return document;
}

describe('looksLegal', () => {
  it.each([
    ['terms path', 'https://x.example/terms', '', '', ARTICLE_PROSE, 3, true],
    ['legal path with subpage', 'https://x.example/legal/privacy-policy', 'Help', '', ARTICLE_PROSE, 3, true],
    ['tos path', 'https://x.example/tos.html', 'x', '', ARTICLE_PROSE, 1, true],
    ['eula path', 'https://x.example/download/eula', 'x', '', '', 0, true],
    ['user agreement path', 'https://x.example/user-agreement', 'x', '', '', 0, true],
    ['title + some legal prose', 'https://x.example/p/123', 'Terms of Service | Acme', 'Acme', TERMS_PROSE, 3, true],
    ['heading + legal prose', 'https://x.example/app#/info', 'Acme', 'Privacy Policy', TERMS_PROSE, 3, true],
    ['dense legal prose, no other signal', 'https://x.example/page/42', 'Acme', 'Welcome', TERMS_PROSE, 4, true],
    ['news article about terms', 'https://news.example/2026/terms-change-story', 'Platform changes its Terms of Service', 'Platform changes its Terms of Service', ARTICLE_PROSE, 6, false],
    ['news article', 'https://news.example/2026/03/cycle-lanes', 'Cycle lanes approved', 'Cycle lanes approved', ARTICLE_PROSE, 8, false],
    ['shop', 'https://shop.example/products/kettle', 'Kettle - Shop', 'Kettle', 'A quiet kettle that boils in two minutes. Free delivery. ', 40, false],
    ['docs page mentioning a licence', 'https://docs.example/guide/install', 'Install guide', 'Install', 'Run the installer. The package is MIT licensed. Then open the app and pick a folder. ', 30, false],
    ['blog on privacy', 'https://blog.example/why-privacy-matters', 'Why privacy matters', 'Why privacy matters', ARTICLE_PROSE, 5, false],
    ['empty page', 'https://x.example/', '', '', '', 0, false],
    ['bad url', 'not a url', '', '', '', 0, false],
  ])('%s', (_name, url, title, h1, prose, times, expected) => {
    expect(looksLegal(doc(title, h1, prose, times), url)).toBe(expected);
  });

  it('reports its signals', () => {
    const signals = legalSignals(doc('Privacy Notice', 'Privacy Notice', TERMS_PROSE, 3), 'https://x.example/about');
    expect(signals).toMatchObject({ path: false, title: true, heading: true });
    expect(signals.density).toBeGreaterThan(15);
    expect(isLegal({ path: false, title: true, heading: false, density: 0 })).toBe(false);
  });

  it('does not judge density on a few words', () => {
    expect(legalDensity('You agree to the terms and hereby waive liability.')).toBe(0);
  });
});

describe('looksLegal agrees with its signals', () => {
  it.each([
    ['https://x.example/terms', 'x', 'x', ARTICLE_PROSE, 2],
    ['https://x.example/a', 'Privacy Policy', 'x', TERMS_PROSE, 3],
    ['https://x.example/a', 'x', 'x', TERMS_PROSE, 5],
    ['https://x.example/a', 'Terms of Service', 'x', ARTICLE_PROSE, 5],
    ['https://x.example/a', 'x', 'x', ARTICLE_PROSE, 5],
  ])('%s / %s', (url, title, h1, prose, times) => {
    const d = doc(title, h1, prose, times);
    expect(looksLegal(d, url)).toBe(isLegal(legalSignals(d, url)));
  });

  it('ignores script text when sampling', () => {
    document.title = 'x';
    document.body.innerHTML = `<main><script>var s = "${'you agree hereby liability warranty arbitration shall '.repeat(40)}";</script><p>${ARTICLE_PROSE.repeat(3)}</p></main>`;
    expect(looksLegal(document, 'https://x.example/a')).toBe(false);
  });
});
