import { describe, expect, it } from 'vitest';
import { documentKey, extractLastUpdated, hashText, normaliseText, similarity, fingerprintDocument } from '../../../src/core/index';

describe('normalising and hashing', () => {
  it('ignores layout, case and curly quotes but not wording', () => {
    const a = 'We may use “Your Content”\n\n   to  train models.';
    const b = 'we may use "your content" to train models.';
    expect(normaliseText(a)).toBe(normaliseText(b));
    expect(hashText(normaliseText(a))).toBe(hashText(normaliseText(b)));
    expect(hashText(normaliseText(a))).not.toBe(hashText(normaliseText('We may not use your content to train models.')));
  });

  it('is deterministic and spreads similar inputs', () => {
    expect(hashText('terms')).toBe(hashText('terms'));
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => hashText(`clause ${i}`)));
    expect(hashes.size).toBe(1000);
  });

  it.each([
    ['identical', 'We train models on uploads.', 'We train models on uploads.', 1],
    ['disjoint', 'alpha beta', 'gamma delta', 0],
  ])('similarity: %s', (_, a, b, expected) => {
    expect(similarity(a, b)).toBe(expected);
  });

  it('scores a reworded clause high and an unrelated one low', () => {
    const before = 'We will not train generative AI models on your uploads without your consent.';
    expect(similarity(before, 'We will not train generative AI models on your uploads without your explicit opt-in consent.')).toBeGreaterThan(0.8);
    expect(similarity(before, 'You may cancel your subscription at any time from the billing page.')).toBeLessThan(0.3);
  });
});

describe('documentKey', () => {
  it.each([
    ['https://Example.com/Terms?utm=1#section-4', 'https://example.com/Terms'],
    ['https://example.com:443/terms/', 'https://example.com/terms'],
    ['http://127.0.0.1:8080/memory/terms.html?v=2', 'http://127.0.0.1:8080/memory/terms.html'],
    ['http://example.com:80', 'http://example.com/'],
    ['https://example.com//legal//privacy', 'https://example.com/legal/privacy'],
  ])('%s -> %s', (url, key) => {
    expect(documentKey(url)).toBe(key);
  });
});

describe('extractLastUpdated', () => {
  it.each([
    ['Last updated: 3 March 2026. These terms...', '3 March 2026'],
    ['Effective date: February 12, 2025', 'February 12, 2025'],
    ['These Terms were last modified on 2024-11-05.', '2024-11-05'],
    ['Effective as of 1st January 2024', '1st January 2024'],
    ['LAST REVISED — Jan 5, 2023', 'Jan 5, 2023'],
    ['Updated on 05/06/2024 by legal', '05/06/2024'],
    ['Version date: May 2025', 'May 2025'],
  ])('%s', (text, date) => {
    expect(extractLastUpdated(text)).toBe(date);
  });

  it.each(['We updated our service in 2024.', 'Effective immediately, you must be 13.', ''])('finds no date in %j', (text) => {
    expect(extractLastUpdated(text)).toBeUndefined();
  });

  it('goes into the document fingerprint', () => {
    const print = fingerprintDocument('Terms\nLast updated: 3 March 2026\nWe may change these terms.');
    expect(print).toMatchObject({ lastUpdated: '3 March 2026', words: 11 });
  });
});

describe('fingerprintDocument', () => {
  it('hashes re-wrapped, re-cased and curly-quoted text the same, and different wording differently', () => {
    const a = fingerprintDocument('Terms  of\nService.\u00a0We may use “Your Content”.');
    const b = fingerprintDocument('terms of service. we may use "your content".');
    expect(a).toEqual(b);
    expect(fingerprintDocument('Terms of Service. We may not use your content.').hash).not.toBe(a.hash);
    expect(a.words).toBe(8);
  });

  it('fingerprints a 100,000-word page in well under one 50 ms task', () => {
    const text = 'You grant us a worldwide licence to host Your Content and we may change these Terms. '.repeat(6_500);
    fingerprintDocument(text);
    const started = performance.now();
    expect(fingerprintDocument(text).words).toBeGreaterThan(100_000);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
