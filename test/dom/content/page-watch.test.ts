// Late-content watching and time slicing: debounced re-reads, our own DOM changes ignored, URL changes noticed,
// and long work handed back to the page between slices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageWatch } from '../../../src/content/page-watch';
import { Cancelled, runSliced } from '../../../src/content/slices';

let watch: PageWatch | undefined;

afterEach(() => {
  watch?.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPage', () => {
  it('calls back once for a burst of page changes, after the page goes quiet', async () => {
    const onChange = vi.fn();
    watch = watchPage(onChange);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await tick(100);
    expect(onChange).not.toHaveBeenCalled();
    await tick(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores changes made quietly (our highlights) and our own elements', async () => {
    const onChange = vi.fn();
    watch = watchPage(onChange);
    watch.quietly(() => document.body.append(document.createElement('span')));
    document.body.append(document.createElement('fine-print-card'));
    await tick(600);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices an accordion opening (attribute change) and a history change', async () => {
    const onChange = vi.fn();
    document.body.innerHTML = '<details><summary>5</summary><p>text</p></details>';
    watch = watchPage(onChange);
    document.querySelector('details')!.setAttribute('open', '');
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    dispatchEvent(new PopStateEvent('popstate'));
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('watchPage in shadow roots and frames', () => {
  it('notices a change inside a shadow root it was given, and a frame that finished loading', async () => {
    const onChange = vi.fn();
    document.body.innerHTML = '<main id="doc"><p>terms</p></main><div id="host"></div><iframe srcdoc="<p>a</p>"></iframe>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    watch = watchPage(onChange);
    watch.setRoot(document.querySelector('#doc'));
    watch.setTrees([shadow]);
    shadow.append(document.createElement('p'));
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.querySelector('iframe')!.dispatchEvent(new Event('load'));
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('runSliced', () => {
  function* busy(steps: number, msPerStep: number): Generator<number, string, void> {
    for (let i = 0; i < steps; i++) {
      const end = performance.now() + msPerStep;
      while (performance.now() < end) {
        // Spin: stands in for real work.
      }
      yield i;
    }
    return 'finished';
  }

  it('hands the thread back between slices and returns the result', async () => {
    let pauses = 0;
    const result = await runSliced(busy(20, 3), { budgetMs: 10, onPause: () => pauses++ });
    expect(result).toBe('finished');
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  it('lets timers run while it works (the page stays responsive)', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await runSliced(busy(30, 2), { budgetMs: 8 });
    expect(timerRan).toBe(true);
  });

  it('stops when a newer scan cancels it', async () => {
    await expect(runSliced(busy(50, 2), { budgetMs: 5, cancelled: () => true })).rejects.toBeInstanceOf(Cancelled);
  });
});

describe('watchPage relevance', () => {
  it('ignores changes outside the element being read (a clock in the header), not inside it', async () => {
    document.body.innerHTML = '<header><span id="clock">10:00</span></header><main id="doc"><p>Terms</p></main>';
    const onChange = vi.fn();
    watch = watchPage(onChange);
    watch.setRoot(document.getElementById('doc'));
    document.getElementById('clock')!.textContent = '10:01';
    await tick(600);
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('#doc p')!.textContent = 'New terms';
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('wakes when the element being read is replaced (a single-page app re-rendering)', async () => {
    document.body.innerHTML = '<div id="app"><main id="doc"><p>Terms</p></main></div>';
    const onChange = vi.fn();
    watch = watchPage(onChange);
    watch.setRoot(document.getElementById('doc'));
    document.getElementById('app')!.replaceChildren(document.createElement('main'));
    await tick(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
