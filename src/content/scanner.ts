// One scan: extract (sliced) -> classify (in the background, off the page's main thread) -> highlight ->
// status. Re-scans reuse what has not changed: same text and same nodes means nothing to do; same text in
// new nodes (a framework re-render) re-places the highlights without classifying again.
// Types only from the core: its code (compromise) never loads into the page.
import type { AnalyzeOptions, Report } from '../core/types';
import { documentRoot, extractSteps, type Extraction } from './extract';
import { showFindings, clearFindings, type Placed } from './highlight';
import { Cancelled, runSliced } from './slices';
import { addRouteLinks } from './route-links';
import type { PageStatus } from '../shared/report';
import { packBlocks, type BlocksOnWire } from '../shared/block-wire';

/** Fewer words than this on a legal page usually means a single-page app still rendering its text. */
const MIN_WORDS = 40;
export const MAX_WAIT_FOR_TEXT_MS = 5000;

export interface ScanState {
  extraction: Extraction | null;
  report: Report | null;
  placed: Placed[];
  optionsKey: string;
}

export interface ScanHooks {
  setStatus(status: PageStatus, findings: number): void;
  /** How far the extraction has got, 0..1 (the background reports classification's share). */
  progress(fraction: number): void;
  /** Classifies text in its structure: in the extension's background worker (see src/background/page-analysis.ts). */
  classify(text: string, options: AnalyzeOptions, blocks: BlocksOnWire): Promise<Report>;
  /** Tells the watcher which element this scan reads. */
  readRoot(root: Element | null): void;
  /** Tells the watcher which shadow roots and frame documents this scan read. */
  readTrees?(trees: readonly Node[]): void;
  /** Runs our own DOM changes (fallback wrappers) with the mutation watcher paused. */
  quietly<T>(change: () => T): T;
  cancelled(): boolean;
}

export type ScanOutcome = 'done' | 'unchanged' | 'waiting-for-text';

export function emptyState(): ScanState {
  return { extraction: null, report: null, placed: [], optionsKey: '' };
}

export async function scanPage(
  state: ScanState,
  options: AnalyzeOptions,
  hooks: ScanHooks,
  waitForText: boolean,
): Promise<ScanOutcome> {
  const optionsKey = JSON.stringify(options);
  const root = documentRoot(document);
  hooks.readRoot(root);
  // Element count: a cheap, native estimate of the walk's length, for the progress bar only.
  const estimate = Math.max(1, root?.getElementsByTagName('*').length ?? 1);
  const extraction = await runSliced(extractSteps(root), {
    cancelled: hooks.cancelled,
    onPause: (visited) => hooks.progress(Math.min(1, (typeof visited === 'number' ? visited : 0) / estimate)),
  });
  hooks.readTrees?.([...extraction.shadowRoots, ...extraction.frameDocuments]);
  const previous = state.extraction;
  const sameText = previous !== null && previous.text === extraction.text && state.optionsKey === optionsKey && state.report;
  if (sameText && sameNodes(previous, extraction)) return 'unchanged';
  if (waitForText && countWords(extraction.text) < MIN_WORDS) return 'waiting-for-text';

  let report = state.report;
  if (!sameText || !report) {
    report = await hooks.classify(extraction.text, options, packBlocks(extraction.blocks));
    if (hooks.cancelled()) throw new Cancelled('superseded');
    report = addRouteLinks(extraction, report);
  }
  const findings = report.findings;
  state.placed = hooks.quietly(() => showFindings(extraction, findings));
  state.extraction = extraction;
  state.report = report;
  state.optionsKey = optionsKey;
  hooks.setStatus('done', findings.length);
  return 'done';
}

export function clearScan(state: ScanState, hooks: Pick<ScanHooks, 'quietly'>): void {
  hooks.quietly(() => clearFindings());
  Object.assign(state, emptyState());
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function sameNodes(a: Extraction, b: Extraction): boolean {
  if (a.chunks.length !== b.chunks.length) return false;
  for (let i = 0; i < a.chunks.length; i++) if (a.chunks[i]!.node !== b.chunks[i]!.node) return false;
  return true;
}
