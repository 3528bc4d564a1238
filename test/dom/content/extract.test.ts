// Extraction and the offset map: readable text with block boundaries, mapped back to exact DOM ranges.
import { beforeEach, describe, expect, it } from 'vitest';
import { documentRoot, extractText } from '../../../src/content/extract';
import { offsetOf, rangeFor, spansFor } from '../../../src/content/offset-map';

function page(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

function rangeOf(root: Element, phrase: string): Range {
  const extraction = extractText(root);
  const start = extraction.text.indexOf(phrase);
  expect(start, `"${phrase}" in ${JSON.stringify(extraction.text)}`).toBeGreaterThanOrEqual(0);
  const range = rangeFor(extraction, start, start + phrase.length);
  expect(range).not.toBeNull();
  return range!;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('extractText', () => {
  it.each([
    ['two paragraphs stay two blocks', '<p>First one.</p><p>Second one</p>', 'First one.\n\nSecond one'],
    ['inline tags join words', '<p>We <b>may</b> <a href="#">use</a> your <i>uploads</i>.</p>', 'We may use your uploads.'],
    ['list items are separate', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['table cells are separate', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\n\nb\n\nc'],
    ['newlines in markup are spaces, not breaks', '<p>train\n\n   our models</p>', 'train     our models'],
    ['scripts and styles are skipped', '<p>kept</p><script>var x = 1</script><style>p{}</style>', 'kept'],
    ['hidden elements are skipped', '<p>kept</p><p hidden>gone</p><p style="display:none">gone</p><p aria-hidden="true">gone</p>', 'kept'],
    ['navigation is skipped', '<nav><a>Home</a> <a>Shop</a></nav><p>kept</p>', 'kept'],
    ['a site footer is skipped', '<p>kept</p><footer><ul><li>About</li></ul></footer>', 'kept'],
    ['a cookie banner is skipped', '<div id="cookie-banner">We use cookies. Accept?</div><p>kept</p>', 'kept'],
    ['buttons and form fields are skipped', '<p>kept</p><button>Accept all</button><textarea>typed</textarea>', 'kept'],
    ['a closed details section is read (hidden until clicked, but part of the document)', '<details><summary>5. AI</summary><p>We train models.</p></details>', '5. AI\n\nWe train models.'],
    ['contenteditable is skipped', '<p>kept</p><div contenteditable="true">draft</div>', 'kept'],
    ['br breaks a block', '<p>line one<br>line two</p>', 'line one\n\nline two'],
    ['empty page', '', ''],
    ['only whitespace', '   \n  ', ''],
  ])('%s', (_name, html, expected) => {
    expect(extractText(page(html)).text.trim()).toBe(expected);
  });

  it('reads a long cookie policy even though its id says cookie', () => {
    const long = 'We set cookies to keep you signed in. '.repeat(80);
    expect(extractText(page(`<section id="cookie-policy"><p>${long}</p></section>`)).text).toContain('keep you signed in');
  });

  it('prefers <main> when it holds the document', () => {
    const body = 'Words of the terms. '.repeat(40);
    page(`<div class="mega-menu"><p>Products Pricing Careers</p></div><main><p>${body}</p></main>`);
    expect(documentRoot(document)?.localName).toBe('main');
    expect(extractText(documentRoot(document)).text).not.toContain('Pricing');
  });

  it('skips SVG and comments, and reads an open shadow root and a same-origin frame as part of the page', () => {
    const root = page('<p>a</p><svg><text>chart</text></svg><iframe srcdoc="x"></iframe><!-- note --><div id="host"></div><p>b</p>');
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    expect(extractText(root).text).toBe('a\n\nx\n\nshadow\n\nb');
  });

  it('handles deep nesting without recursion limits', () => {
    page('<p>deep</p>');
    let parent: Element = document.body;
    for (let i = 0; i < 400; i++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'bottom';
    expect(extractText(document.body).text).toContain('bottom');
  });

  it('maps every chunk to its node, character for character', () => {
    const extraction = extractText(page('<p>We <b>may</b> use <a>your</a> work.</p><ul><li>Item</li></ul>'));
    for (const chunk of extraction.chunks) {
      expect(extraction.text.slice(chunk.start, chunk.start + chunk.length)).toBe(chunk.node.data.replace(/\s/g, ' '));
    }
  });
});

describe('offset map', () => {
  it('maps a clause split across bold and link text to exactly its words', () => {
    const root = page('<p>Intro. You agree that we may use <b>your uploads</b> to <a href="#">train our <i>models</i></a>. Next.</p>');
    const phrase = 'we may use your uploads to train our models.';
    expect(rangeOf(root, phrase).toString()).toBe(phrase);
  });

  it('maps offsets that start or end at a block boundary to the nearest text', () => {
    const root = page('<p>Alpha</p><p>Beta</p>');
    const extraction = extractText(root);
    expect(rangeFor(extraction, 0, extraction.text.length)!.toString()).toBe('AlphaBeta');
    expect(rangeFor(extraction, 5, 7)).toBeNull();
  });

  it('leaves out nodes that were removed after the extraction', () => {
    const root = page('<p>one</p><p id="b">two</p><p>three</p>');
    const extraction = extractText(root);
    root.querySelector('#b')!.remove();
    const spans = spansFor(extraction, 0, extraction.text.length);
    expect(spans.map((s) => s.node.data)).toEqual(['one', 'three']);
  });

  it('maps a DOM position back to its offset', () => {
    const root = page('<p>Alpha</p><p>Beta <b>Gamma</b></p>');
    const extraction = extractText(root);
    const gamma = root.querySelector('b')!.firstChild!;
    expect(extraction.text.slice(offsetOf(extraction, gamma, 2))).toBe('mma');
    expect(offsetOf(extraction, root, 0)).toBe(-1);
  });

  it('finds its way in a big page (binary search)', () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Sentence number ${i} is <b>here</b>.</p>`).join('');
    const root = page(html);
    expect(rangeOf(root, 'Sentence number 2999 is here.').toString()).toBe('Sentence number 2999 is here.');
  });
});
