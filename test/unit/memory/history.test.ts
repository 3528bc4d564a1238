import { describe, expect, it } from 'vitest';
import {
  changesView, fingerprintFindings, keysToEvict, recordVisit, sizeOf, unilateralTrend, MAX_VERSIONS,
  type FindingPrint, type RememberedDocument,
} from '../../../src/core/index';
import { finding } from './helpers';

const DAY = 86_400_000;
const T0 = new Date(2026, 1, 12, 10).getTime();
const CHANGE = fingerprintFindings([finding('unilateral-change', 'We may change these terms at any time without notice.')]);
const TRAIN = fingerprintFindings([finding('ai-training', 'We may use your uploads to train our artificial intelligence models.')]);

function visit(doc: RememberedDocument | undefined, hash: string, findings: FindingPrint[], at: number, lastUpdated?: string) {
  return recordVisit(doc, { key: 'https://tunes.example/terms', title: 'Terms', document: { hash, words: 100, ...(lastUpdated ? { lastUpdated } : {}) }, findings, at });
}

describe('recordVisit and changesView', () => {
  it('keeps one version while the text stays the same, and adds one when it changes', () => {
    let { doc, fresh } = visit(undefined, 'a', CHANGE, T0, '1 Feb 2026');
    expect(fresh).toBe(false);
    ({ doc, fresh } = visit(doc, 'a', CHANGE, T0 + DAY));
    expect(fresh).toBe(false);
    expect(doc.versions).toHaveLength(1);
    expect(doc.versions[0]!.lastSeen).toBe(T0 + DAY);
    expect(changesView(doc, fresh)).toBeNull();

    ({ doc, fresh } = visit(doc, 'b', [...CHANGE, ...TRAIN], T0 + 3 * DAY, '1 Feb 2026'));
    expect(fresh).toBe(true);
    const view = changesView(doc, fresh, T0 + 3 * DAY)!;
    expect(view.summary).toBe('Since 12 Feb: 1 new AI-training clause.');
    expect(view.dateUnchanged).toBe(true);
    expect(view.trend).toBe('This site could change its terms without asking you, and it has: AI training appeared on 15 Feb.');
  });

  it('does not flag the date when the document changed its "Last updated" too, or names none', () => {
    let { doc } = visit(undefined, 'a', [], T0, '1 Feb 2026');
    ({ doc } = visit(doc, 'b', [], T0 + DAY, '1 Mar 2026'));
    expect(changesView(doc, true)!.dateUnchanged).toBe(false);
    ({ doc } = visit(undefined, 'a', [], T0));
    ({ doc } = visit(doc, 'b', [], T0 + DAY));
    expect(changesView(doc, true)!.dateUnchanged).toBe(false);
  });

  it('updates the latest version, not adds one, when the same page load sent more text', () => {
    let { doc } = visit(undefined, 'a', CHANGE, T0);
    const grown = recordVisit(doc, { key: doc.key, title: 'Terms', document: { hash: 'a+', words: 300 }, findings: [...CHANGE, ...TRAIN], at: T0 + 1000, replaceLatest: true });
    expect(grown.fresh).toBe(false);
    expect(grown.doc.versions).toHaveLength(1);
    expect(grown.doc.versions[0]).toMatchObject({ hash: 'a+', firstSeen: T0, words: 300 });
  });

  it('keeps at most MAX_VERSIONS versions, newest last', () => {
    let doc: RememberedDocument | undefined;
    for (let i = 0; i < MAX_VERSIONS + 3; i++) doc = visit(doc, `h${i}`, [], T0 + i * DAY).doc;
    expect(doc!.versions).toHaveLength(MAX_VERSIONS);
    expect(doc!.versions.at(-1)!.hash).toBe(`h${MAX_VERSIONS + 2}`);
  });
});

describe('unilateralTrend', () => {
  const version = (findings: FindingPrint[], day: number) => ({ hash: String(day), words: 1, firstSeen: T0 + day * DAY, lastSeen: T0 + day * DAY, findings });
  it.each([
    ['AI training after a change clause', [version(CHANGE, 0), version([...CHANGE, ...TRAIN], 2)], true],
    ['AI training with no change clause before', [version([], 0), version(TRAIN, 2)], false],
    ['AI training there from the start', [version([...CHANGE, ...TRAIN], 0), version([...CHANGE, ...TRAIN], 2)], false],
    ['one version', [version([...CHANGE, ...TRAIN], 0)], false],
  ])('%s', (_, versions, expected) => {
    expect(Boolean(unilateralTrend(versions, T0))).toBe(expected);
  });
});

describe('keysToEvict', () => {
  it('evicts the oldest beyond the document cap', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, lastSeen: i, bytes: 10 }));
    expect(keysToEvict(entries, 3, 1000).sort()).toEqual(['k0', 'k1']);
  });
  it('evicts the oldest beyond the byte cap', () => {
    const entries = [
      { key: 'new', lastSeen: 3, bytes: 600 },
      { key: 'mid', lastSeen: 2, bytes: 300 },
      { key: 'old', lastSeen: 1, bytes: 300 },
    ];
    expect(keysToEvict(entries, 10, 1000)).toEqual(['old']);
  });
  it('keeps everything under both caps', () => {
    expect(keysToEvict([{ key: 'a', lastSeen: 1, bytes: 5 }], 10, 100)).toEqual([]);
  });

  it('a remembered document with six versions of 40 findings stays well under 2 MB / 200', () => {
    const long = 'We may use and share the content you upload with partners to develop models. '.repeat(8);
    const findings = fingerprintFindings(Array.from({ length: 40 }, (_, i) => finding('ai-training', `${i} ${long}`)));
    let doc: RememberedDocument | undefined;
    for (let i = 0; i < MAX_VERSIONS; i++) doc = visit(doc, `h${i}`, findings, T0 + i).doc;
    expect(sizeOf(doc!)).toBeLessThan(2_000_000 / 10);
  });
});
