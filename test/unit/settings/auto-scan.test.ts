// The probe is registered only while automatic scanning is on AND the host permission is granted.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const registered = new Set<string>();
const fake = {
  ...createFakeBrowser(),
  scripting: {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => ({ id }))),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => scripts.forEach((s) => registered.add(s.id))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  },
};
const listeners = () => ({ addListener: vi.fn() });
Object.assign(fake.permissions, { onAdded: listeners(), onRemoved: listeners() });
Object.assign(fake.runtime, { onStartup: listeners(), onInstalled: listeners() });

vi.mock('../../../src/shared/browser', () => ({ browser: fake }));
vi.mock('../../../src/content/probe.ts?iife', () => ({ default: 'src/content/probe.js' }));
const { syncProbeRegistration } = await import('../../../src/background/auto-scan');

beforeEach(() => registered.clear());

describe('probe registration', () => {
  it.each([
    // setting on, permission granted, registered before -> registered after
    [true, true, false, true],
    [true, false, false, false],
    [false, true, true, false],
    [true, false, true, false],
    [true, true, true, true],
  ])('autoScan=%s granted=%s registered=%s -> %s', async (autoScan, granted, before, after) => {
    if (before) registered.add('fine-print-probe');
    fake.permissions.contains.mockResolvedValue(granted);
    await syncProbeRegistration(autoScan);
    expect(registered.has('fine-print-probe')).toBe(after);
  });

  it('registers the built probe on http and https pages, kept across sessions', async () => {
    fake.permissions.contains.mockResolvedValue(true);
    await syncProbeRegistration(true);
    expect(fake.scripting.registerContentScripts).toHaveBeenCalledWith([
      { id: 'fine-print-probe', js: ['src/content/probe.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });
});

describe('first run', () => {
  it('opens the welcome page on install only', async () => {
    const onInstalled = (fake.runtime as unknown as { onInstalled: { addListener: ReturnType<typeof vi.fn> } }).onInstalled;
    const listener = onInstalled.addListener.mock.calls[0]![0] as (details: { reason: string }) => void;
    listener({ reason: 'update' });
    expect(fake.tabs.create).not.toHaveBeenCalled();
    listener({ reason: 'install' });
    expect(fake.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test/src/onboarding/index.html' });
  });
});
