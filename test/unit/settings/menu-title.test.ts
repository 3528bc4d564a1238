// The right-click item says what the README says it says.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFakeBrowser } from './fake-browser';

const created: Array<{ id: string; title: string }> = [];
const installed: Array<() => void> = [];
const fake = {
  ...createFakeBrowser(),
  contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn((item: { id: string; title: string }) => void created.push(item)), onClicked: { addListener: vi.fn() } },
  commands: { onCommand: { addListener: vi.fn() } },
};
Object.assign(fake.runtime, { onInstalled: { addListener: (l: () => void) => void installed.push(l) } });

vi.mock('../../../src/shared/browser', () => ({ browser: fake }));
vi.mock('../../../src/background/inject', () => ({ scanTab: vi.fn(), whenScanned: vi.fn() }));
await import('../../../src/background/menus-and-commands');

describe('context menu', () => {
  it('creates one item whose title the README quotes', async () => {
    installed.forEach((listener) => listener());
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const title = created[0]!.title;
    expect(title).toBe('Scan this page with Fine Print');
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`**${title}** in the right-click menu`);
    expect(readme).toContain(`the "${title}" item in the right-click menu`);
  });
});
