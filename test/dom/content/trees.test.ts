// Open shadow roots and same-origin frames are part of the page: their text is read in rendered order (a
// slot's assigned nodes where the slot is), mapped back to their own nodes, and counted in the stats; a
// cross-origin frame is counted, never read.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract';
import { rangeFor } from '../../../src/content/offset-map';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function host(html: string, shadowHtml: string, selector = '#host'): ShadowRoot {
  document.body.innerHTML = html;
  const shadow = document.querySelector(selector)!.attachShadow({ mode: 'open' });
  shadow.innerHTML = shadowHtml;
  return shadow;
}

/** A same-origin frame (srcdoc: happy-dom loads no other frame pages, and a browser's srcdoc is same-origin). */
function frame(html: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = html;
  document.body.append(iframe);
  expect(iframe.contentDocument?.body).toBeTruthy();
  return iframe;
}

describe('shadow roots', () => {
  it('reads an open shadow root where its host is, with its structure', () => {
    host('<p>Before.</p><div id="host"></div><p>After.</p>', '<h2>AI</h2><ul><li>We train on <b>your</b> posts.</li></ul>');
    const extraction = extractText(document.body);
    expect(extraction.text).toBe('Before.\n\nAI\n\nWe train on your posts.\n\nAfter.');
    expect(extraction.blocks.map((b) => [extraction.text.slice(b.start, b.end), b.kind])).toEqual([
      ['Before.', 'paragraph'], ['AI', 'heading'], ['We train on your posts.', 'list-item'], ['After.', 'paragraph'],
    ]);
    expect(extraction.stats.shadowRootsRead).toBe(1);
    expect(extraction.shadowRoots).toHaveLength(1);
  });

  it('reads slotted light DOM where the slot is, and not the light DOM that no slot shows', () => {
    host('<div id="host"><span slot="title">Model training</span><p>We use your uploads.</p><p slot="nowhere">unshown</p></div>',
      '<h3><slot name="title"></slot></h3><section><slot></slot></section><footer-note>Note.</footer-note>');
    const extraction = extractText(document.body);
    expect(extraction.text).toBe('Model training\n\nWe use your uploads.\n\nNote.');
    expect(extraction.blocks[0]).toMatchObject({ kind: 'heading', level: 3 });
  });

  it('reads nested shadow roots and maps their text back to their own nodes', () => {
    const outer = host('<div id="host"></div>', '<div id="inner"></div>');
    outer.querySelector('#inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Deep clause about training.</p>';
    const extraction = extractText(document.body);
    expect(extraction.stats.shadowRootsRead).toBe(2);
    const start = extraction.text.indexOf('clause');
    const range = rangeFor(extraction, start, start + 'clause about'.length)!;
    expect(range.toString()).toBe('clause about');
    expect((range.startContainer.getRootNode() as ShadowRoot).host.id).toBe('inner');
  });

  it('skips what is hidden inside a shadow root, and leaves closed roots alone', () => {
    host('<div id="host"></div><div id="closed"></div>', '<p hidden>gone</p><nav>Menu</nav><p>kept</p>');
    document.querySelector('#closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>private</p>';
    const extraction = extractText(document.body);
    expect(extraction.text).toBe('kept');
    expect(extraction.stats.shadowRootsRead).toBe(1);
  });
});

describe('frames', () => {
  it('reads a same-origin frame as blocks of the page, never run into the text around it', () => {
    document.body.innerHTML = '<p>Intro <span id="before">words</span></p>';
    const iframe = frame('<html><body><nav>Frame menu</nav><h2>Licence</h2><p>You grant us a licence.</p></body></html>');
    document.body.append(document.createTextNode('tail words'));
    const extraction = extractText(document.body);
    expect(extraction.text).toBe('Intro words\n\nLicence\n\nYou grant us a licence.\n\ntail words');
    expect(extraction.stats.framesRead).toBe(1);
    expect(extraction.frameDocuments).toEqual([iframe.contentDocument]);
    const start = extraction.text.indexOf('You grant');
    const range = rangeFor(extraction, start, start + 'You grant us a licence.'.length)!;
    expect(range.toString()).toBe('You grant us a licence.');
    expect(range.startContainer.ownerDocument).toBe(iframe.contentDocument);
  });

  it('reads a frame\'s <main> when it holds the document, as the page does', () => {
    const body = 'We may use your photos to train models. '.repeat(12);
    frame(`<body><div class="menu">Products Pricing</div><main><p>${body}</p></main></body>`);
    const extraction = extractText(document.body);
    expect(extraction.text).not.toContain('Pricing');
    expect(extraction.text).toContain('train models');
  });

  it('does not read a hidden frame', () => {
    const iframe = frame('<p>secret</p>');
    iframe.style.display = 'none';
    expect(extractText(document.body).text).toBe('');
    expect(extractText(document.body).stats.framesRead).toBe(0);
  });

  it('counts a cross-origin frame large enough to hold text, and not a tracking pixel', () => {
    document.body.innerHTML = '<p>Read this.</p>';
    const sizes = [[600, 400], [1, 1], [300, 20]];
    for (const [width, height] of sizes) {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = ''; // keeps happy-dom from trying to load about:blank
      // What a browser gives for a cross-origin frame: no document to read.
      Object.defineProperty(iframe, 'contentDocument', { get: () => null });
      iframe.getBoundingClientRect = () => new DOMRect(0, 0, width, height);
      document.body.append(iframe);
    }
    const throwing = document.createElement('iframe');
    throwing.srcdoc = '';
    Object.defineProperty(throwing, 'contentDocument', { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    throwing.getBoundingClientRect = () => new DOMRect(0, 0, 800, 600);
    document.body.append(throwing);
    const extraction = extractText(document.body);
    expect(extraction.text).toBe('Read this.');
    expect(extraction.stats).toMatchObject({ crossOriginFrames: 2, framesRead: 0 });
  });
});

describe('stats', () => {
  it('counts images, canvases and embeds in the part of the page that was read', () => {
    document.body.innerHTML = '<nav><img src="logo.png"></nav><p>Terms <img src="a.png"></p><img src="b.png"><canvas></canvas><embed type="application/pdf" src="t.pdf"><object data="x.pdf"></object>';
    expect(extractText(document.body).stats).toEqual({ crossOriginFrames: 0, framesRead: 0, shadowRootsRead: 0, images: 2, canvases: 1, embeds: 2 });
  });
});
