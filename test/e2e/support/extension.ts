// Launches Chromium with the built extension (build:e2e output) and gives tests handy views of it.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from './chromium';

export const DIST = resolve(process.env.FP_OUT_DIR ?? 'dist');

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Opens the popup as a tab for the given tab id (contract 4). */
  openPopup(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The id Chrome gave the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** `extraArgs` are added to the DESIGN.md flags (e.g. a recording proxy). */
export async function launchExtension(executablePath: string, distDir = DIST, extraArgs: string[] = []): Promise<Extension> {
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error(`No build in ${distDir}: run \`npm run build:e2e\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'fine-print-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(distDir), ...extraArgs],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const id = new URL(worker.url()).host;
  const extension: Extension = {
    context,
    id,
    worker,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/src/options/index.html`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const current = await liveWorker(context, worker);
      return current.evaluate(async (target: string) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === target);
        if (!tab?.id) throw new Error(`no tab for ${target}`);
        return tab.id;
      }, url);
    },
    async badgeText(tabId) {
      const current = await liveWorker(context, worker);
      return current.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return extension;
}

/** Service workers sleep after ~30 s idle; use the newest one. */
async function liveWorker(context: BrowserContext, first: Worker): Promise<Worker> {
  const workers = context.serviceWorkers();
  return workers[workers.length - 1] ?? first;
}

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
