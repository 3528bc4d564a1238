// The corpus in two sets: the services the first rules were written on, and those added later that the
// rules never saw. Keeping them apart shows how the reading does on terms it was not fitted to.
import type { CorpusDoc } from './corpus';

/** Services of the first 21 documents (../shared/corpus/README.md). */
const ORIGINAL_SERVICES = new Set(['soundcloud', 'zoom', 'x', 'reddit', 'deviantart', 'stackoverflow', 'wetransfer', 'signal', 'imgur', 'substack', 'youtube', 'mullvad']);

export type CorpusSet = 'original' | 'new' | 'all';

/** The service a document belongs to: its file name up to the first "__". */
export function serviceOf(doc: CorpusDoc): string {
  return doc.name.split('__')[0]!;
}

export function inSet(doc: CorpusDoc, set: CorpusSet): boolean {
  if (set === 'all') return true;
  return ORIGINAL_SERVICES.has(serviceOf(doc)) === (set === 'original');
}
