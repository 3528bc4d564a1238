import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, summarize, type Finding } from '../../../src/core/index';
import { gradeFor } from '../../../src/core/score';

const finding = (category: Finding['category'], extra: Partial<Finding> = {}): Finding => ({
  category,
  start: 0,
  end: 1,
  text: 'x',
  severity: 'medium',
  attrs: [],
  explanation: 'x',
  rule: `${category}.test`,
  ...extra,
});

describe('summary', () => {
  it.each([
    [0, 'A'], [1, 'B'], [2, 'B'], [3, 'C'], [4, 'C'], [5, 'D'], [6, 'D'], [7, 'E'], [12, 'E'],
  ] as const)('%d risk points -> grade %s', (points, grade) => {
    expect(gradeFor(points)).toBe(grade);
  });

  it('grades an empty report A with a calm headline and no points', () => {
    const s = summarize([]);
    expect(s).toMatchObject({ grade: 'A', points: [], dangerousCombination: false, licence: { attrs: [], grantees: [] } });
    expect(s.headline).toMatch(/No clauses/);
  });

  it('names a promise not to train generative AI and the licence kept, like SoundCloud 2025', () => {
    const text = 'We will not use your content to train generative AI models without your explicit consent, given through an opt-in. You grant us a worldwide, non-exclusive, royalty-free licence to host your content.';
    const s = analyze(text).summary;
    expect(s.headline).toBe('Promises not to train generative AI on your content without your consent, but keeps a worldwide licence to it.');
    expect(s.licence.attrs).toEqual(['worldwide', 'non-exclusive', 'royalty-free']);
    expect(s.licence.grantees).toContain('the platform');
    expect(s.counts['ai-restriction']).toBe(1);
    expect(s.counts['ai-training']).toBeUndefined();
  });

  it('flags the dangerous combination: unilateral change + continued use + AI training', () => {
    const text = 'We may use your uploads to train our machine learning models. We may change these terms at any time. If you keep using the service after a change, you accept the new terms.';
    const s = analyze(text).summary;
    expect(s.dangerousCombination).toBe(true);
    expect(s.grade).toMatch(/[D-E]/);
    expect(s.points.join(' ')).toMatch(/add AI training later/);
  });

  it('does not flag the combination without AI training', () => {
    const text = 'We may change these terms at any time. If you keep using the service after a change, you accept the new terms.';
    expect(analyze(text).summary.dangerousCombination).toBe(false);
  });

  it('grades an opt-out lower than default-on training, and caps points at five', () => {
    const on = summarize([finding('ai-training')]);
    const optOut = summarize([finding('ai-training', { attrs: ['opt-out'] }), finding('ai-restriction')]);
    expect(on.grade > optOut.grade).toBe(true);
    expect(optOut.headline).toMatch(/unless you opt out/);
    const many = summarize(['ai-training', 'ai-restriction', 'content-license', 'rights-waiver', 'third-party-sharing', 'unilateral-change'].map((c) => finding(c as Finding['category'])));
    expect(many.points.length).toBeLessThanOrEqual(5);
  });
});

describe('analyzeSteps', () => {
  it('yields progress in 0..1, often, and returns the same report as analyze', () => {
    const paragraph = 'We may share your information with advertisers. You grant us a worldwide licence to your posts. The sky is blue today. ';
    const text = paragraph.repeat(400);
    const steps = analyzeSteps(text);
    const progress: number[] = [];
    let next = steps.next();
    while (!next.done) {
      progress.push(next.value);
      next = steps.next();
    }
    expect(progress.length).toBeGreaterThan(5);
    for (const p of progress) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of progress) expect(p).toBeLessThanOrEqual(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(JSON.stringify(next.value)).toBe(JSON.stringify(analyze(text)));
  });
});
