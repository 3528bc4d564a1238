// Export file names carry the scan's date and time, so two exports of one site on one day differ.
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../settings/fake-browser';

vi.mock('../../../src/shared/browser', () => ({ browser: createFakeBrowser() }));
const { exportFileName } = await import('../../../src/popup/report-export');

const tab = (url: string, at: Date) => ({ tabId: 1, url, title: 'Terms', status: 'done' as const, updatedAt: at.getTime() });

describe('export file names', () => {
  it.each([
    ['https://soundcloud.com/terms-of-use', new Date(2026, 10, 22, 9, 5), 'md', 'fine-print-soundcloud.com-2026-11-22-0905.md'],
    ['https://soundcloud.com/terms-of-use', new Date(2026, 10, 22, 17, 40), 'json', 'fine-print-soundcloud.com-2026-11-22-1740.json'],
    ['https://www.example.org/legal?x=1', new Date(2026, 0, 3, 0, 0), 'md', 'fine-print-www.example.org-2026-01-03-0000.md'],
    ['not a url', new Date(2026, 0, 3, 23, 59), 'json', 'fine-print-page-2026-01-03-2359.json'],
  ] as const)('%s at %s (.%s) -> %s', (url, at, extension, name) => {
    expect(exportFileName(tab(url, at), extension)).toBe(name);
  });

  it('gives two scans of one site on one day different names', () => {
    const morning = exportFileName(tab('https://example.com/terms', new Date(2026, 5, 1, 9, 0)), 'md');
    const evening = exportFileName(tab('https://example.com/terms', new Date(2026, 5, 1, 18, 30)), 'md');
    expect(morning).not.toBe(evening);
  });
});
