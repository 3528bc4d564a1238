// Helpers for the page-reading browser tests: what is highlighted, whether the classifier was loaded,
// page errors, long tasks, and sending messages as the popup would.
import type { Page } from 'playwright-core';
import type { Extension } from './extension';

/** Text of every range in every `fine-print-*` highlight, by highlight name (read from the page's CSS.highlights). */
export function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('fine-print-')) out[name] = [...highlight].map((range) => (range as Range).toString());
    }
    return out;
  });
}

export async function highlighted(page: Page, category = 'ai-training'): Promise<string[]> {
  return (await highlights(page))[`fine-print-${category}`] ?? [];
}

/** Collapses runs of whitespace, as a reader sees the text (the markup's line breaks are not the page's). */
export function squash(texts: string[]): string[] {
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

export async function waitForStatus(page: Page, status: string, timeout = 20_000): Promise<number> {
  await page.waitForSelector(`html[data-fine-print="${status}"]`, { timeout });
  return Number(await page.getAttribute('html', 'data-fine-print-findings'));
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The fixture server has no favicon; Chromium asks for one anyway.
    if (message.type() === 'error' && !/favicon\.ico$/.test(message.location().url)) errors.push(message.text());
  });
  return errors;
}

/** Whether the full content script (classifier included) runs in the page: looks inside the extension's isolated
 *  world through the DevTools protocol. Also reports whether any isolated world exists (the probe's), so a test
 *  of "not loaded" can check it looked in the right place. */
export async function contentScriptState(page: Page): Promise<{ isolatedWorlds: number; mainLoaded: boolean }> {
  const session = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; auxData?: { type?: string } }> = [];
  session.on('Runtime.executionContextCreated', (event: { context: { id: number; auxData?: { type?: string } } }) => contexts.push(event.context));
  await session.send('Runtime.enable');
  let mainLoaded = false;
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated');
  for (const context of isolated) {
    const result = await session.send('Runtime.evaluate', { expression: 'window.__finePrintLoaded === true', contextId: context.id, returnByValue: true });
    if ((result as { result: { value?: unknown } }).result.value === true) mainLoaded = true;
  }
  await session.detach();
  return { isolatedWorlds: isolated.length, mainLoaded };
}

/** Records long tasks from before the page's first script, and when our scan began (`data-fine-print` became
 *  "scanning"), so a test can tell the page's own parsing and first layout from the time we ran. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = { tasks: [] as Array<{ start: number; duration: number }>, scanningAt: 0 };
    (window as unknown as { __longTasks: typeof store }).__longTasks = store;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task API: nothing is recorded and the caller sees an empty list.
    }
    new MutationObserver(() => {
      if (!store.scanningAt && document.documentElement.getAttribute('data-fine-print') === 'scanning') store.scanningAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-fine-print'] });
  });
}

/** Long tasks that started once our scan had begun. */
export function longTasksDuringScan(page: Page): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate(() => {
    const store = (window as unknown as { __longTasks?: { tasks: Array<{ start: number; duration: number }>; scanningAt: number } }).__longTasks;
    if (!store?.scanningAt) throw new Error('the scan was never seen to start');
    return store.tasks.filter((task) => task.start >= store.scanningAt);
  });
}

/** Sends a message to the background from an extension page, as the popup does. */
export async function sendAsPopup(extension: Extension, message: Record<string, unknown>): Promise<unknown> {
  const sender = await extension.openOptions();
  try {
    return await sender.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
  } finally {
    await sender.close();
  }
}
