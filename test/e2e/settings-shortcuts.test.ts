// Keyboard shortcuts in real Chromium: every command keeps its default key (Chromium drops a suggested key
// that collides with one of its own, silently), the options page shows the keys the browser has, and
// "Change shortcuts" opens chrome://extensions/shortcuts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromiumOrSkip } from './support/chromium';
import { useBrowserSession } from './support/session';
import type { Extension } from './support/extension';

const browserPath = chromiumOrSkip();
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };

interface Command {
  name?: string;
  shortcut?: string;
}

describe.skipIf(!browserPath)('shortcuts in Chromium', () => {
  let extension: Extension;
  useBrowserSession(browserPath, (session) => ({ extension } = session));

  const commands = async (): Promise<Command[]> => {
    const worker = extension.context.serviceWorkers().at(-1) ?? extension.worker;
    return worker.evaluate(() => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }).chrome.commands.getAll());
  };

  it('declares at most four suggested keys (Chrome ignores the rest)', () => {
    const suggested = Object.values(manifest.commands).filter((c) => c.suggested_key);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(4);
  });

  it('gives every command its default key: none collides with a key of the browser', async () => {
    const all = await commands();
    const ours = all.filter((c) => c.name && !c.name.startsWith('_'));
    expect(ours.map((c) => c.name).sort()).toEqual(Object.keys(manifest.commands).sort());
    for (const command of ours) {
      expect(command.shortcut, `${command.name} has no key`).toBeTruthy();
      const wanted = manifest.commands[command.name!]!.suggested_key!.default!;
      // Chrome may print "Period" as "."; compare the keys, not the spelling.
      const norm = (key: string) => key.replace(/\.$/, 'Period').replace(/,$/, 'Comma');
      expect(norm(command.shortcut!)).toBe(norm(wanted));
    }
  });

  it('shows those keys on the options page and opens the browser\'s shortcut page to change them', async () => {
    const options = await extension.openOptions();
    const list = options.locator('[data-testid="shortcuts"]');
    await list.locator('.shortcut').first().waitFor();
    for (const command of (await commands()).filter((c) => c.name && !c.name.startsWith('_'))) {
      expect(await list.locator(`.shortcut[data-command="${command.name}"] kbd`).textContent()).toBe(command.shortcut);
    }
    const opened = extension.context.waitForEvent('page');
    await list.locator('button[data-action="change-shortcuts"]').click();
    const page = await opened;
    await expect.poll(() => page.url()).toBe('chrome://extensions/shortcuts');
    await page.close();
    await options.close();
  });
});
