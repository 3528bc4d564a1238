// Which words changed between two wordings of a clause: marks cover words, never the spaces around them.
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src/core/memory/index';

const marked = (parts: Array<{ kind: string; text: string }>, kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.text);

describe('wordDiff', () => {
  it.each([
    ['a word added', 'You grant a worldwide licence.', 'You grant a worldwide, sublicensable licence.', [], [', sublicensable']],
    ['a word removed', 'We will not use your uploads to train AI.', 'We will use your uploads to train AI.', ['not'], []],
    ['a word replaced', 'We may share your data with partners.', 'We may sell your data to partners.', ['share', 'with'], ['sell', 'to']],
    ['nothing changed', 'Same words.', 'Same words.', [], []],
  ])('%s', (_, before, after, removed, added) => {
    const diff = wordDiff(before, after);
    expect(marked(diff.before, 'removed')).toEqual(removed);
    expect(marked(diff.after, 'added')).toEqual(added);
    // Each side still reads as its own wording, in order.
    expect(diff.before.map((p) => p.text).join('')).toBe(before);
    expect(diff.after.map((p) => p.text).join('')).toBe(after);
    for (const part of [...diff.before, ...diff.after]) if (part.kind !== 'same') expect(part.text).toBe(part.text.trim());
  });
});
