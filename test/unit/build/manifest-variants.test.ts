// Each build's manifest: only the test variants gain host access; Firefox gets its gecko settings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor, targetForMode, LOCAL_HOSTS, type BuildTarget } from '../../../src/build/manifest-variants';
import { outDirFor } from '../../../src/build/out-dir';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifestFor', () => {
  const rows: Array<[BuildTarget, { hosts: boolean; firefox: boolean }]> = [
    ['chrome', { hosts: false, firefox: false }],
    ['firefox', { hosts: false, firefox: true }],
    ['e2e', { hosts: true, firefox: false }],
    ['firefox-e2e', { hosts: true, firefox: true }],
  ];
  it.each(rows)('%s', (target, expected) => {
    const m = manifestFor(target, base, '9.8.7');
    expect(m.version).toBe('9.8.7');
    expect(m.permissions).toEqual(base.permissions);
    expect(m.host_permissions).toEqual(expected.hosts ? LOCAL_HOSTS : undefined);
    expect(Boolean(m.content_scripts)).toBe(expected.hosts);
    if (expected.firefox) {
      expect(m.background).toEqual({ scripts: [base.background.service_worker], type: 'module' });
      expect(m.browser_specific_settings).toEqual({
        gecko: { id: 'fine-print@fine-print.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
      });
      expect(m.minimum_chrome_version).toBeUndefined();
    } else {
      expect(m.background).toEqual(base.background);
      expect(m.browser_specific_settings).toBeUndefined();
    }
  });

  it('leaves the source manifest untouched', () => {
    const before = JSON.stringify(base);
    manifestFor('firefox-e2e', base, '1.0.0');
    expect(JSON.stringify(base)).toBe(before);
  });

  it('the source manifest itself asks for no host access', () => {
    expect(base.host_permissions).toBeUndefined();
    expect(base.content_scripts).toBeUndefined();
    expect(base.web_accessible_resources).toBeUndefined();
  });
});

describe('targetForMode and outDirFor', () => {
  it.each([
    ['production', 'chrome', {}, 'dist'],
    ['e2e', 'e2e', {}, 'dist'],
    ['firefox', 'firefox', {}, 'dist-firefox'],
    ['firefox-e2e', 'firefox-e2e', {}, 'dist-firefox-e2e'],
    ['e2e', 'e2e', { FP_OUT_DIR: '/tmp/x' }, '/tmp/x'],
    ['firefox', 'firefox', { FP_OUT_DIR: '/tmp/x' }, '/tmp/x'],
    ['firefox-e2e', 'firefox-e2e', { FP_OUT_DIR: '/tmp/x/' }, '/tmp/x-firefox-e2e'],
  ] as const)('mode %s -> %s %j -> %s', (mode, target, env, dir) => {
    expect(targetForMode(mode)).toBe(target);
    expect(outDirFor(target, env)).toBe(dir);
  });
});
