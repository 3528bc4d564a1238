import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

vi.mock('../../../src/shared/browser', () => ({ browser: createFakeBrowser() }));
const { decideScanOnLoad } = await import('../../../src/background/auto-scan-policy');
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

const settings = (autoScan: boolean): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  autoScan,
  sites: { never: ['quiet.example'], always: ['soundcloud.com'] },
});

describe('decideScanOnLoad', () => {
  it.each([
    // url, looks legal, auto-scan on, e2e build, expected
    ['https://shop.example/terms', true, false, false, false],
    ['https://shop.example/terms', true, true, false, true],
    ['https://shop.example/blog', false, true, false, false],
    ['https://quiet.example/terms', true, true, false, false],
    ['https://docs.quiet.example/terms', true, true, false, false],
    ['https://soundcloud.com/discover', false, true, false, true],
    ['https://soundcloud.com/discover', false, false, false, false],
    ['http://127.0.0.1:4000/terms', true, false, true, true],
    ['http://127.0.0.1:4000/page', false, false, true, false],
  ])('%s legal=%s auto=%s e2e=%s -> %s', (url, legal, auto, e2e, expected) => {
    expect(decideScanOnLoad(url, legal, settings(auto), e2e)).toBe(expected);
  });
});
