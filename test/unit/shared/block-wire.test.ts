// The page's blocks on their way to the background: packed small, unpacked exactly, malformed lists refused.
import { describe, expect, it } from 'vitest';
import { packBlocks, unpackBlocks } from '../../../src/shared/block-wire';
import type { Block } from '../../../src/core/blocks';

const BLOCKS: Block[] = [
  { start: 0, end: 5, kind: 'heading', level: 2 },
  { start: 7, end: 30, kind: 'paragraph' },
  { start: 32, end: 40, kind: 'list-item', list: 1 },
  { start: 42, end: 50, kind: 'list-item', list: 3 },
  { start: 52, end: 60, kind: 'table-cell' },
  { start: 62, end: 70, kind: 'table-cell', header: 'Purpose' },
  { start: 72, end: 80, kind: 'table-cell', header: 'Purpose' },
  { start: 82, end: 85, kind: 'term' },
  { start: 87, end: 99, kind: 'definition', header: '"Materials"' },
];

describe('block wire format', () => {
  it('round-trips every kind of block exactly, sending each header once', () => {
    const wire = packBlocks(BLOCKS);
    expect(wire.headers).toEqual(['Purpose', '"Materials"']);
    expect(wire.numbers).toHaveLength(BLOCKS.length * 5);
    expect(unpackBlocks(JSON.parse(JSON.stringify(wire)), 100)).toEqual(BLOCKS);
  });

  it('is several times smaller than the blocks as objects on a long page', () => {
    const many: Block[] = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 100, end: i * 100 + 90, kind: 'list-item', list: (i >> 4) + 1 }));
    const packed = JSON.stringify(packBlocks(many)).length;
    expect(packed * 3).toBeLessThan(JSON.stringify(many).length);
  });

  it.each([
    ['a length that is not whole blocks', { numbers: [0, 1, 0, 0], headers: [] }, /not a list of blocks/],
    ['an unknown kind', { numbers: [0, 1, 9, 0, 0], headers: [] }, /block 0 is not a block/],
    ['a negative gap (overlap)', { numbers: [0, 5, 0, 0, 0, -2, 3, 0, 0, 0], headers: [] }, /block 1 is not a block/],
    ['a fraction', { numbers: [0.5, 1, 0, 0, 0], headers: [] }, /not a block/],
    ['a block past the end of the text', { numbers: [0, 200, 0, 0, 0], headers: [] }, /ends past the text/],
    ['a header that was not sent', { numbers: [0, 5, 3, 0, 2], headers: ['Only one'] }, /no such header/],
    ['not an object at all', { numbers: 'x', headers: [] }, /not a list of blocks/],
  ])('refuses %s', (_name, wire, message) => {
    expect(() => unpackBlocks(wire as never, 100)).toThrow(message);
  });
});
