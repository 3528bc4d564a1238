// A lead-in to the measures a breach can bring ("... may result in our taking any of the following actions:")
// is a termination clause; its items keep that label only when they are themselves a sanction on the account or
// what it holds (removal, suspension), not a warning or a lawsuit. Our own page, cased and tokenised.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { tokenise } from './tokenise';

const LINES = [
  'Breaking the house rules is a serious breach of these terms, and may result in our taking any or all of the following actions:',
  '(a) immediate, temporary or permanent removal of anything you have posted;',
  '(b) a warning sent to you by email;',
  '(c) legal proceedings against you to recover our costs.',
];

describe('a list of measures', () => {
  it.each([
    ['cased page text', (t: string) => t],
    ['lower-cased tokenised corpus text', tokenise],
  ])('as %s', (_style, style) => {
    const text = LINES.map(style).join('\n\n');
    const { findings } = analyze(text);
    const terminationAt = (i: number) => {
      const line = style(LINES[i]!);
      const start = text.indexOf(line);
      return findings.some((f) => f.category === 'unilateral-termination' && f.start < start + line.length && f.end > start);
    };
    expect([0, 1, 2, 3].map(terminationAt)).toEqual([true, true, false, false]);
  });

  it('a lead-in to a list of examples is not one', () => {
    const text = 'Examples of the following actions are listed below:\n\n(a) posting a photo;\n\n(b) deleting a comment.';
    expect(analyze(text).findings.some((f) => f.category === 'unilateral-termination')).toBe(false);
  });
});
