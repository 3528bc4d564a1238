// The document's structure from the DOM: each block is the text of one heading, list item, table cell, term,
// definition or paragraph, with offsets into the extracted text, never overlapping and in text order.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText, type Extraction } from '../../../src/content/extract';
import type { Block } from '../../../src/core/blocks';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Blocks as readable rows: the block's text plus what it says about the text. */
function read(html: string): Array<Omit<Block, 'start' | 'end'> & { text: string }> {
  document.body.innerHTML = html;
  const extraction = extractText(document.body);
  expectWellFormed(extraction);
  return extraction.blocks.map(({ start, end, ...rest }) => ({ text: extraction.text.slice(start, end), ...rest }));
}

function expectWellFormed({ text, blocks }: Extraction): void {
  let last = 0;
  for (const block of blocks) {
    expect(block.start).toBeGreaterThanOrEqual(last);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.end).toBeLessThanOrEqual(text.length);
    // A block is trimmed and never holds a block break: two blocks of text are never one.
    expect(text.slice(block.start, block.end)).toBe(text.slice(block.start, block.end).trim());
    expect(text.slice(block.start, block.end)).not.toContain('\n\n');
    last = block.end;
  }
  // Every word of the text is in some block.
  const covered = blocks.map((b) => text.slice(b.start, b.end)).join(' ');
  expect(covered.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
}

describe('blocks from the DOM', () => {
  it.each([
    ['headings with their level', '<h1>Terms</h1><p>Intro text.</p><h3>5. <span>AI</span></h3>', [
      { text: 'Terms', kind: 'heading', level: 1 },
      { text: 'Intro text.', kind: 'paragraph' },
      { text: '5. AI', kind: 'heading', level: 3 },
    ]],
    ['role=heading with aria-level, and ARIA\'s default level 2 without it', '<div role="heading" aria-level="4">Your choices</div><div role="heading">Model training</div>', [
      { text: 'Your choices', kind: 'heading', level: 4 },
      { text: 'Model training', kind: 'heading', level: 2 },
    ]],
    ['an accordion title is a button inside a heading: read, and a heading', '<h2><button aria-expanded="false">How we use AI</button></h2><div><p>This use is optional.</p></div>', [
      { text: 'How we use AI', kind: 'heading', level: 2 },
      { text: 'This use is optional.', kind: 'paragraph' },
    ]],
    ['a summary is a heading one level below the section it is in', '<h2>Data</h2><details><summary>Training</summary><p>We train on it.</p></details>', [
      { text: 'Data', kind: 'heading', level: 2 },
      { text: 'Training', kind: 'heading', level: 3 },
      { text: 'We train on it.', kind: 'paragraph' },
    ]],
    ['a list under its lead-in: one id per list, the lead-in a paragraph', '<p>We use the information to:</p><ul><li>train our models;</li><li>improve <b>features</b>.</li></ul><ol><li>Other</li></ol>', [
      { text: 'We use the information to:', kind: 'paragraph' },
      { text: 'train our models;', kind: 'list-item', list: 1 },
      { text: 'improve features.', kind: 'list-item', list: 1 },
      { text: 'Other', kind: 'list-item', list: 2 },
    ]],
    ['a nested list has its own id; the parent item\'s text before and after it stays in the parent list', '<ul><li>You may not:<ul><li>scrape the site</li><li>train AI models</li></ul>unless we agree.</li><li>Last</li></ul>', [
      { text: 'You may not:', kind: 'list-item', list: 1 },
      { text: 'scrape the site', kind: 'list-item', list: 2 },
      { text: 'train AI models', kind: 'list-item', list: 2 },
      { text: 'unless we agree.', kind: 'list-item', list: 1 },
      { text: 'Last', kind: 'list-item', list: 1 },
    ]],
    ['paragraphs inside a list item are list-item blocks of that list', '<ol><li><p>First part.</p><p>Second part.</p></li></ol>', [
      { text: 'First part.', kind: 'list-item', list: 1 },
      { text: 'Second part.', kind: 'list-item', list: 1 },
    ]],
    ['a table cell carries its column\'s header; header cells are cells without one', '<table><thead><tr><th>Purpose</th><th>Data</th></tr></thead><tbody><tr><td>Model training</td><td>Your posts</td></tr></tbody></table>', [
      { text: 'Purpose', kind: 'table-cell' },
      { text: 'Data', kind: 'table-cell' },
      { text: 'Model training', kind: 'table-cell', header: 'Purpose' },
      { text: 'Your posts', kind: 'table-cell', header: 'Data' },
    ]],
    ['a first row of th is the header row without thead; colspan moves the columns', '<table><tr><th colspan="2">Use</th><th>Basis</th></tr><tr><td>a</td><td>b</td><td>Consent</td></tr></table>', [
      { text: 'Use', kind: 'table-cell' },
      { text: 'Basis', kind: 'table-cell' },
      { text: 'a', kind: 'table-cell', header: 'Use' },
      { text: 'b', kind: 'table-cell', header: 'Use' },
      { text: 'Consent', kind: 'table-cell', header: 'Basis' },
    ]],
    ['without column headers, a row\'s own th is the header', '<table><tr><th>Training</th><td>We train on posts.</td></tr></table>', [
      { text: 'Training', kind: 'table-cell' },
      { text: 'We train on posts.', kind: 'table-cell', header: 'Training' },
    ]],
    ['dt is a term, dd a definition with its term as header', '<dl><dt>"Materials"</dt><dd>means Inputs and Outputs.</dd><dt>Inputs</dt><dt>Prompts</dt><dd>what you type.</dd><dd>and upload.</dd></dl>', [
      { text: '"Materials"', kind: 'term' },
      { text: 'means Inputs and Outputs.', kind: 'definition', header: '"Materials"' },
      { text: 'Inputs', kind: 'term' },
      { text: 'Prompts', kind: 'term' },
      { text: 'what you type.', kind: 'definition', header: 'Inputs / Prompts' },
      { text: 'and upload.', kind: 'definition', header: 'Inputs / Prompts' },
    ]],
    ['a list inside a table cell is a list; text around it is the cell\'s', '<table><tr><th>Use</th></tr><tr><td>We may:<ul><li>train</li></ul></td></tr></table>', [
      { text: 'Use', kind: 'table-cell' },
      { text: 'We may:', kind: 'table-cell', header: 'Use' },
      { text: 'train', kind: 'list-item', list: 1 },
    ]],
    ['a br splits a paragraph into two blocks', '<p>Label: one<br>Label two: other</p>', [
      { text: 'Label: one', kind: 'paragraph' },
      { text: 'Label two: other', kind: 'paragraph' },
    ]],
    ['skipped chrome leaves no block', '<nav><ul><li>Home</li></ul></nav><p>kept</p><p hidden>gone</p>', [
      { text: 'kept', kind: 'paragraph' },
    ]],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toEqual(expected);
  });

  it('keeps block offsets exact around text nodes with leading and trailing whitespace', () => {
    document.body.innerHTML = '<h2>\n  Section  \n</h2>\n<p>  We <b>may</b>\n train.  </p>';
    const extraction = extractText(document.body);
    expectWellFormed(extraction);
    expect(extraction.blocks.map((b) => extraction.text.slice(b.start, b.end))).toEqual(['Section', 'We may  train.']);
  });

  it('reads a long page into blocks in order, one list id per list (speed is measured in Chromium: bench:page)', () => {
    const items = Array.from({ length: 200 }, (_, i) => `<h3>Part ${i}</h3><p>${'Words of the terms here. '.repeat(8)}</p><ul><li>one ${i}</li><li>two ${i}</li></ul>`);
    document.body.innerHTML = items.join('');
    const extraction = extractText(document.body);
    expectWellFormed(extraction);
    expect(extraction.blocks).toHaveLength(800);
    expect(extraction.blocks.filter((b) => b.kind === 'heading')).toHaveLength(200);
    expect(new Set(extraction.blocks.filter((b) => b.kind === 'list-item').map((b) => b.list)).size).toBe(200);
  });
});
