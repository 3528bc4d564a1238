import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';

describe('the first classifier slice', () => {
  it.each([
    ['Your content may be used to inform, train, develop or serve as input to artificial intelligence technologies.', true],
    ['We will not use your content to train AI models.', false],
  ])('%s -> ai-training: %s', (sentence, expected) => {
    const report = analyze(sentence);
    expect(report.findings.some((f) => f.category === 'ai-training')).toBe(expected);
  });

  it('keeps text equal to the input slice', () => {
    const input = 'Hello.  We may use your content to train machine learning models. Bye.';
    for (const f of analyze(input).findings) expect(f.text).toBe(input.slice(f.start, f.end));
  });
});
