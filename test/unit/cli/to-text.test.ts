// The CLI reads .html and .md as the extension reads a page: a real parser, the content script's own
// extraction, headings and list items as blocks, site chrome and hidden elements skipped, scripts never run.
import { describe, expect, it } from 'vitest';
import { htmlToDocument, markdownToDocument, type ReadText } from '../../../src/cli/to-text';

function rows({ text, blocks }: ReadText): string[] {
  return (blocks ?? []).map((b) => `${b.kind}${b.level ? ` ${b.level}` : ''}${b.list ? ` list ${b.list}` : ''}${b.header ? ` [${b.header}]` : ''}: ${text.slice(b.start, b.end)}`);
}

describe('html through the page extraction', () => {
  it('keeps headings, list items and table cells apart as blocks, and skips site chrome', async () => {
    const doc = await htmlToDocument(`<!doctype html><html><head><title>Terms</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
      <h1>Terms of Use</h1>
      <p>We use the information we collect to:</p>
      <ul><li>train and improve our <b>models</b>;</li><li>develop new features.</li></ul>
      <table><thead><tr><th>Purpose</th><th>Legal basis</th></tr></thead><tbody><tr><td>Model training</td><td>Legitimate interest</td></tr></tbody></table>
      <footer><ul><li>About</li><li>Careers</li></ul></footer>
    </body></html>`);
    expect(rows(doc)).toEqual([
      'heading 1: Terms of Use',
      'paragraph: We use the information we collect to:',
      'list-item list 1: train and improve our models;',
      'list-item list 1: develop new features.',
      'table-cell: Purpose',
      'table-cell: Legal basis',
      'table-cell [Purpose]: Model training',
      'table-cell [Legal basis]: Legitimate interest',
    ]);
    expect(doc.text).not.toMatch(/Home|Careers/);
  });

  it.each([
    ['a hidden attribute', '<p hidden>gone</p>'],
    ['an inline display:none', '<p style="display: none">gone</p>'],
    ['a class the page\'s style sheet hides', '<style>.collapsed { display: none }</style><p class="collapsed">gone</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>gone</p></div>'],
    ['a cookie banner', '<div id="cookie-consent">We use cookies. gone</div>'],
    ['a script (never run)', '<script>document.write("<p>gone</p>")</script>'],
    ['a template', '<template><p>gone</p></template>'],
  ])('skips %s', async (_name, html) => {
    const doc = await htmlToDocument(`<html><body><p>kept</p>${html}</body></html>`);
    expect(doc.text).toBe('kept');
  });

  it('decodes entities and keeps exact offsets for every block', async () => {
    const doc = await htmlToDocument('<p>Caf&eacute; &amp; r&eacute;sum&#233; &mdash; &#x1F600; ok</p><p>Second&nbsp;one</p>');
    expect(doc.text).toBe('Café & résumé — 😀 ok\n\nSecond one');
    expect(doc.blocks!.map((b) => doc.text.slice(b.start, b.end))).toEqual(['Café & résumé — 😀 ok', 'Second one']);
  });
});

describe('markdown through marked, then the same extraction', () => {
  it('keeps headings with their level and list items apart under their lead-in', async () => {
    const doc = await markdownToDocument([
      '# Terms',
      '',
      '## 4. Your content',
      'You may not:',
      '- use the Services to build datasets;',
      '- train **AI models** on [outputs](https://example.com/outputs).',
      '',
      '1. First numbered item',
      '2. Second numbered item',
      '',
      '| Purpose | Data |',
      '|---|---|',
      '| Product development | Your prompts |',
    ].join('\n'));
    expect(rows(doc)).toEqual([
      'heading 1: Terms',
      'heading 2: 4. Your content',
      'paragraph: You may not:',
      'list-item list 1: use the Services to build datasets;',
      'list-item list 1: train AI models on outputs.',
      'list-item list 2: First numbered item',
      'list-item list 2: Second numbered item',
      'table-cell: Purpose',
      'table-cell: Data',
      'table-cell [Purpose]: Product development',
      'table-cell [Data]: Your prompts',
    ]);
  });

  it('gives a nested list its own id and keeps soft line breaks inside one paragraph', async () => {
    const doc = await markdownToDocument('We share data with:\n\n- partners, who may:\n  - build tools\n  - train models\n- advertisers\n\nA paragraph that\nwraps over two lines.\n');
    expect(rows(doc)).toEqual([
      'paragraph: We share data with:',
      'list-item list 1: partners, who may:',
      'list-item list 2: build tools',
      'list-item list 2: train models',
      'list-item list 1: advertisers',
      'paragraph: A paragraph that wraps over two lines.',
    ]);
  });
});
