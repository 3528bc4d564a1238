// Blocks (src/core/blocks.ts) travel from the content script to the background with the page's text. A huge
// page has tens of thousands of them, and extension messages are JSON: as objects they would weigh about as
// much as the text itself. On the wire each block is five small integers and a header is sent once.
import type { Block, BlockKind } from '../core/blocks';

export interface BlocksOnWire {
  /** Per block: gap from the previous block's end to its start, its length, its kind (index in KINDS), its level
   *  or list id (0 when none), its header's index in `headers` plus one (0 when none). */
  numbers: number[];
  headers: string[];
}

const KINDS: readonly BlockKind[] = ['paragraph', 'heading', 'list-item', 'table-cell', 'term', 'definition'];
const FIELDS = 5;

export function packBlocks(blocks: readonly Block[]): BlocksOnWire {
  const numbers: number[] = [];
  const headers: string[] = [];
  const headerIndex = new Map<string, number>();
  let previousEnd = 0;
  for (const block of blocks) {
    let header = 0;
    if (block.header !== undefined) {
      header = headerIndex.get(block.header) ?? 0;
      if (!header) {
        header = headers.push(block.header);
        headerIndex.set(block.header, header);
      }
    }
    numbers.push(block.start - previousEnd, block.end - block.start, KINDS.indexOf(block.kind), block.level ?? block.list ?? 0, header);
    previousEnd = block.end;
  }
  return { numbers, headers };
}

/** The blocks back, checked against the text they describe: a malformed list is refused with the reason. */
export function unpackBlocks(wire: BlocksOnWire, textLength: number): Block[] {
  const { numbers, headers } = wire;
  if (!Array.isArray(numbers) || !Array.isArray(headers) || numbers.length % FIELDS !== 0) throw new Error('Malformed page structure: not a list of blocks');
  const blocks: Block[] = [];
  let previousEnd = 0;
  for (let i = 0; i < numbers.length; i += FIELDS) {
    const [gap, length, kindIndex, extra, header] = numbers.slice(i, i + FIELDS) as [number, number, number, number, number];
    const kind = KINDS[kindIndex];
    if (![gap, length, extra, header].every((n) => Number.isInteger(n) && n >= 0) || !kind) {
      throw new Error(`Malformed page structure: block ${i / FIELDS} is not a block`);
    }
    const start = previousEnd + gap;
    const end = start + length;
    if (end > textLength) throw new Error(`Malformed page structure: block ${i / FIELDS} ends past the text`);
    const block: Block = { start, end, kind };
    if (kind === 'heading' && extra) block.level = extra;
    if (kind === 'list-item' && extra) block.list = extra;
    if (header) {
      const text = headers[header - 1];
      if (typeof text !== 'string') throw new Error(`Malformed page structure: block ${i / FIELDS} has no such header`);
      block.header = text;
    }
    blocks.push(block);
    previousEnd = end;
  }
  return blocks;
}
