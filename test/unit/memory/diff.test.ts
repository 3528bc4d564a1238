import { describe, expect, it } from 'vitest';
import { diffFindings, fingerprintFindings, fingerprintFromFindings, summariseChanges } from '../../../src/core/index';
import { finding } from './helpers';

const TRAIN = 'We may use your uploads to train our artificial intelligence models.';
const PROMISE = 'We will not train generative AI models on your uploads without your consent.';
const LICENCE = 'You grant us a worldwide, royalty-free licence to host and distribute your content.';
const CHANGE = 'We may change these terms at any time.';

describe('diffFindings', () => {
  it('reports nothing when the same clauses come back with different whitespace and order', () => {
    const before = fingerprintFindings([finding('content-license', LICENCE, ['worldwide']), finding('unilateral-change', CHANGE)]);
    const after = fingerprintFindings([finding('unilateral-change', `  ${CHANGE}\n`), finding('content-license', LICENCE, ['worldwide'])]);
    const diff = diffFindings(before, after);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
  });

  it('finds an added AI-training clause, a licence that gained attributes and a removed AI restriction', () => {
    const before = fingerprintFindings([finding('content-license', LICENCE, ['worldwide', 'royalty-free']), finding('ai-restriction', PROMISE)]);
    const after = fingerprintFindings([
      finding('content-license', LICENCE.replace('licence', 'sublicensable licence'), ['worldwide', 'royalty-free', 'sublicensable']),
      finding('ai-training', TRAIN),
    ]);
    const diff = diffFindings(before, after);
    expect(diff.added.map((f) => f.category)).toEqual(['ai-training']);
    expect(diff.removed.map((f) => f.category)).toEqual(['ai-restriction']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ attrsAdded: ['sublicensable'], attrsRemoved: [] });
    expect(diff.changed[0]!.before.text).toBe(LICENCE);
    expect(summariseChanges(diff, '12 Feb')).toBe(
      'Since 12 Feb: 1 new AI-training clause, licence now can be passed on to others, 1 AI restriction removed.',
    );
  });

  it('shows a reworded clause as changed, with both wordings, not as removed and added', () => {
    const before = fingerprintFindings([finding('ai-restriction', PROMISE)]);
    const after = fingerprintFindings([finding('ai-restriction', PROMISE.replace('your consent', 'your explicit opt-in consent'))]);
    const diff = diffFindings(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed[0]!.after.text).toContain('explicit opt-in');
    expect(summariseChanges(diff, '1 Jan')).toBe('Since 1 Jan: 1 AI restriction reworded.');
  });

  it('pairs each reworded clause with its closest old wording', () => {
    const a = 'We may share your data with advertising partners for marketing.';
    const b = 'We may share your uploads with research institutions for studies.';
    const before = fingerprintFindings([finding('third-party-sharing', a), finding('third-party-sharing', b)]);
    const after = fingerprintFindings([
      finding('third-party-sharing', b.replace('studies', 'academic studies')),
      finding('third-party-sharing', a.replace('marketing', 'targeted marketing')),
    ]);
    const diff = diffFindings(before, after);
    expect(diff.changed.map((c) => [c.before.text, c.after.text.includes(c.before.text.split(' ').slice(-1)[0]!.replace('.', ''))])).toEqual([
      [b, true],
      [a, true],
    ]);
  });

  it('pairs a clause whose words barely changed even when its category did, and still says what was added and removed', () => {
    const diff = diffFindings(fingerprintFindings([finding('ai-restriction', 'We will not use your uploads to train AI.')]), fingerprintFindings([finding('ai-training', 'We will use your uploads to train AI.')]));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ categoriesAdded: ['ai-training'], categoriesRemoved: ['ai-restriction'] });
    expect(summariseChanges(diff, '3 Mar')).toBe('Since 3 Mar: 1 new AI-training clause, 1 AI restriction removed.');
  });

  it('does not pair clauses of different categories that only share some words', () => {
    const diff = diffFindings(
      fingerprintFindings([finding('ai-restriction', 'We will not use your uploads to train generative AI models without your explicit consent.')]),
      fingerprintFindings([finding('ai-training', 'We may use your uploads to train our artificial intelligence models.')]),
    );
    expect(diff.changed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(1);
  });

  it('lists a changed licence sentence once, even when it now also counts as sharing', () => {
    const old = 'You grant Loopyard a worldwide, royalty-free licence to host and stream your uploads.';
    const now = 'You grant Loopyard a worldwide, royalty-free, sublicensable licence to host and stream your uploads.';
    const diff = diffFindings(
      fingerprintFindings([finding('content-license', old, ['royalty-free', 'worldwide'])]),
      fingerprintFindings([finding('content-license', now, ['royalty-free', 'sublicensable', 'worldwide']), finding('third-party-sharing', now)]),
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ attrsAdded: ['sublicensable'], categoriesAdded: ['third-party-sharing'], categoriesRemoved: [] });
    expect(diff.changed[0]!.after.categories).toEqual(['content-license', 'third-party-sharing']);
    expect(summariseChanges(diff, '12 Feb')).toBe('Since 12 Feb: 1 new sharing clause, licence now can be passed on to others.');
  });

  it('keeps a clause found under two categories as one clause when nothing changed', () => {
    const both = [finding('ai-training', TRAIN), finding('third-party-sharing', TRAIN)];
    expect(diffFindings(fingerprintFindings(both), fingerprintFindings([...both].reverse()))).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('says the wording changed when no finding did, and counts plurals', () => {
    expect(summariseChanges({ added: [], removed: [], changed: [], unchanged: 3 }, '2 Mar')).toBe(
      'Since 2 Mar: the wording changed, but none of the clauses Fine Print looks for did.',
    );
    const added = fingerprintFindings([finding('ai-training', TRAIN), finding('ai-training', 'Partners may train models on your posts.')]);
    expect(summariseChanges(diffFindings([], added), '2 Mar')).toBe('Since 2 Mar: 2 new AI-training clauses.');
  });

  it.each([
    ['limitation-of-liability', '1 new liability limit'],
    ['arbitration', '1 new arbitration clause'],
    ['user:voice', '1 new "voice" match'],
  ] as const)('names a new %s clause in words', (category, words) => {
    // Tier-2 labels are strings the core's Category type does not list yet; the summary is keyed by string.
    const diff = diffFindings([], fingerprintFindings([finding(category as never, 'Some clause of that kind.')]));
    expect(summariseChanges(diff, '1 Jan')).toBe(`Since 1 Jan: ${words}.`);
  });

  it('names attributes a licence lost', () => {
    const before = fingerprintFindings([finding('content-license', LICENCE, ['irrevocable', 'worldwide'])]);
    const after = fingerprintFindings([finding('content-license', LICENCE, ['worldwide'])]);
    expect(summariseChanges(diffFindings(before, after), '5 May')).toBe('Since 5 May: licence no longer: cannot be taken back.');
  });
});

describe('fingerprintFindings', () => {
  it('keeps one print per clause and category, and caps long wording', () => {
    const long = `${'word '.repeat(300)}end.`;
    const prints = fingerprintFindings([finding('ai-training', TRAIN), finding('ai-training', `${TRAIN} `), finding('ai-restriction', TRAIN), finding('content-license', long)]);
    expect(prints.map((p) => p.category)).toEqual(['ai-training', 'ai-restriction', 'content-license']);
    expect(prints[2]!.text.length).toBeLessThanOrEqual(600);
  });

  it('stands in for the document hash when the content script sent none', () => {
    const a = fingerprintFromFindings(fingerprintFindings([finding('ai-training', TRAIN)]), 10);
    const b = fingerprintFromFindings(fingerprintFindings([finding('ai-training', TRAIN, ['opt-out'])]), 10);
    expect(a.hash).not.toBe(b.hash);
    expect(fingerprintFromFindings(fingerprintFindings([finding('ai-training', TRAIN)]), 10)).toEqual(a);
  });
});
