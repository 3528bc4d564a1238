import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/index';

const pieces = (text: string) => segment(text).map(({ start, end }) => text.slice(start, end));

describe('segment', () => {
  it.each([
    ['Abbreviations do not end sentences', 'See Art. 28 of the GDPR for details. We comply with it.', ['See Art. 28 of the GDPR for details.', 'We comply with it.']],
    ['e.g. and i.e.', 'We share data with providers, e.g. hosting firms, i.e. Acme Corp. That is all.', ['We share data with providers, e.g. hosting firms, i.e. Acme Corp.', 'That is all.']],
    ['Inc. before a sentence opener ends it', 'The service is run by Example Inc. We are based in Ohio.', ['The service is run by Example Inc.', 'We are based in Ohio.']],
    ['U.S. inside a sentence', 'Data is stored in the U.S. and the EU. It is encrypted.', ['Data is stored in the U.S. and the EU.', 'It is encrypted.']],
    ['"Schedule B. Next" is two sentences', 'The fees are listed in Schedule B. Next, we explain taxes.', ['The fees are listed in Schedule B.', 'Next, we explain taxes.']],
    ['Sec. and No.', 'Under Sec. 4 and No. 7 we may act. You agree.', ['Under Sec. 4 and No. 7 we may act.', 'You agree.']],
    ['inline (a) ... ; (b) ... stays one clause', 'We may (a) host your posts; (b) show them to others; and (c) keep backups.', ['We may (a) host your posts; (b) show them to others; and (c) keep backups.']],
    ['list items are lines, markers kept', 'We may share data to:\n1. comply with the law;\n2. protect users.', ['We may share data to:', '1. comply with the law;', '2. protect users.']],
    ['headings are their own segment', 'Your Content\n\nYou own what you post.', ['Your Content', 'You own what you post.']],
    ['quotes and brackets close a sentence', 'We call it the "Service." You use it. (This is a note.) Done.', ['We call it the "Service."', 'You use it.', '(This is a note.)', 'Done.']],
    ['numbered section heading', '15.3 Change Notifications.\nWe will tell you.', ['15.3 Change Notifications.', 'We will tell you.']],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('cuts a very long run-on clause at its semicolons', () => {
    const clause = 'we may use the content you upload for many purposes including hosting and display';
    const text = Array.from({ length: 40 }, () => clause).join('; ') + '.';
    const parts = segment(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const { start, end } of parts) expect(end - start).toBeLessThanOrEqual(1500);
  });

  it('joins hard-wrapped lines but not paragraphs', () => {
    const line = 'these terms are wrapped at a fixed width like an old e-mail message, and';
    const text = `${Array.from({ length: 12 }, () => line).join('\n')} that is all.\n\nA new paragraph.`;
    expect(pieces(text)).toHaveLength(2);
  });

  it('joins a hard-wrapped list item with its indented continuation, but not the next item', () => {
    const line = 'these terms are wrapped at a fixed width like an old e-mail message, and';
    const items = '  a) service providers who host our website and process payments,\n     and send emails for us;\n  b) advertising partners, who may show you ads\n     on other websites.';
    const text = `${Array.from({ length: 12 }, () => line).join('\n')} that is all:\n\n${items}`;
    expect(pieces(text).slice(1)).toEqual([
      'a) service providers who host our website and process payments,\n     and send emails for us;',
      'b) advertising partners, who may show you ads\n     on other websites.',
    ]);
  });

  it('keeps offsets exact, trims whitespace, never returns empty segments', () => {
    const text = '  Hello there.   \n\n\n  Second one!  Third?\n';
    for (const { start, end } of segment(text)) {
      const piece = text.slice(start, end);
      expect(piece.trim()).toBe(piece);
      expect(piece.length).toBeGreaterThan(0);
    }
    expect(segment('')).toEqual([]);
  });
});
