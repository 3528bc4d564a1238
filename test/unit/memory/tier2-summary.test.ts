// Change alerts name tier-2 clauses in words, not by their labels: "1 new arbitration clause".
import { describe, expect, it } from 'vitest';
import { diffFindings, fingerprintFindings, summariseChanges } from '../../../src/core/index';
import { finding } from './helpers';

describe('change alerts for tier-2 clauses', () => {
  it.each([
    ['arbitration', 'Any dispute will be settled by binding arbitration.', '1 new arbitration clause'],
    ['limitation-of-liability', 'Our total liability will not exceed $50.', '1 new liability limit'],
    ['unilateral-termination', 'We may close your account at any time.', '1 new account-closing clause'],
    ['content-removal', 'We may delete your uploads for any reason.', '1 new content-removal clause'],
    ['contract-by-using', 'By using the site you accept these terms.', '1 new bound-by-using clause'],
    ['choice-of-law', 'These terms are governed by the laws of Texas.', '1 new governing-law clause'],
    ['jurisdiction', 'Claims must be brought in the courts of Dublin.', '1 new court clause'],
  ] as const)('%s: "%s"', (category, text, words) => {
    const diff = diffFindings(fingerprintFindings([]), fingerprintFindings([finding(category, text)]));
    expect(summariseChanges(diff, '3 Mar')).toBe(`Since 3 Mar: ${words}.`);
  });
});
