// Runs a generator in time slices, handing the main thread back between slices, so no task we cause runs
// much past the budget (the long-task threshold is 50 ms; a single step of the classifier can take a few ms).
export const SLICE_MS = 20;

type Scheduler = { yield?: () => Promise<void> };

/** Hands the thread back: scheduler.yield() where it exists (continues before other queued tasks, after input
 *  and paint), otherwise a message-channel task (setTimeout(0) is clamped to 4 ms once nested). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions<Y> {
  budgetMs?: number;
  /** Called at each pause with the generator's last yielded value (a progress fraction, say). */
  onPause?: (value: Y | undefined) => void;
  /** Checked at each pause; a newer scan cancels an older one by returning true here. */
  cancelled?: () => boolean;
}

export class Cancelled extends Error {}

export async function runSliced<Y, R>(steps: Generator<Y, R, void>, options: SliceOptions<Y> = {}): Promise<R> {
  const budget = options.budgetMs ?? SLICE_MS;
  let deadline = performance.now() + budget;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= deadline) {
      options.onPause?.(next.value);
      await yieldToPage();
      if (options.cancelled?.()) throw new Cancelled('superseded');
      deadline = performance.now() + budget;
    }
  }
}
