// Tier 2: every rule's example fires and its counter-example does not, in the cased style of real pages and
// in the lower-cased, tokenised style of the UNFAIR-ToS corpus; plus sentences of our own per category.
import { describe, expect, it } from 'vitest';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { analyze } from '../../../src/core/index';
import { TIER2_RULES_BY_CATEGORY, capAmount } from '../../../src/core/rules/tier2/index';
import { TIER2_CATEGORIES, type Tier2Category } from '../../../src/core/types';
import { tokenise } from './tokenise';

const categoriesOf = (sentence: string) => matchSentence(sentenceView(sentence), TIER2_CATEGORIES).map((m) => m.category);
const firesIn = (sentence: string, category: Tier2Category) => categoriesOf(sentence).includes(category);

describe('tier-2 rules as data', () => {
  const rules = TIER2_CATEGORIES.flatMap((c) => TIER2_RULES_BY_CATEGORY[c].map((r) => [r.id, r] as const));

  it('covers all seven categories, each with rules', () => {
    for (const c of TIER2_CATEGORIES) expect(TIER2_RULES_BY_CATEGORY[c].length).toBeGreaterThan(0);
  });

  it.each(rules)('%s: has a counter-example that fires no rule of its category', (_id, rule) => {
    expect(rule.counterExample).toBeTruthy();
    expect(categoriesOf(rule.counterExample!)).not.toContain(rule.category);
  });

  it.each(rules)('%s: reads the tokenised, lower-cased form of its example and counter-example the same way', (_id, rule) => {
    const example = tokenise(rule.example);
    const match = matchSentence(sentenceView(example), [rule.category]).find((m) => m.category === rule.category);
    expect(match?.rules.map((r) => r.id), example).toContain(rule.id);
    expect(categoriesOf(tokenise(rule.counterExample!))).not.toContain(rule.category);
  });
});

/** Sentences we wrote, modelled on real patterns: [category, sentence, fires?]. */
const CASES: Array<[Tier2Category, string, boolean]> = [
  ['limitation-of-liability', 'In no event shall the Company be liable for any indirect, incidental or consequential damages.', true],
  ['limitation-of-liability', 'We accept no responsibility for the loss of any files you store with us.', true],
  ['limitation-of-liability', 'Our aggregate liability will not exceed the greater of fifty dollars or the fees you paid us in the past year.', true],
  ['limitation-of-liability', 'You are solely responsible for the content you post.', false],
  ['limitation-of-liability', 'We are responsible for losses that are a foreseeable result of our breach of these terms.', false],
  ['unilateral-termination', 'Acme may suspend or close your account at its sole discretion, with or without notice.', true],
  ['unilateral-termination', 'We reserve the right to terminate your access to the Service for any reason.', true],
  ['unilateral-termination', 'Repeated breaches of these rules may result in suspension of your account.', true],
  ['unilateral-termination', 'You can delete your account whenever you like from the settings page.', false],
  ['unilateral-termination', 'Upon termination, you must stop using the software.', false],
  ['unilateral-termination', 'At any time, you can withdraw the consent you gave us in the settings.', false],
  ['unilateral-termination', 'Once removed, the licences you granted for those photos will terminate.', false],
  ['unilateral-termination', 'Any breach of this section by you may result in immediate termination of your account.', true],
  ['content-removal', 'We may remove or refuse to publish any content you post, for any reason or no reason.', true],
  ['content-removal', 'Studio reserves the right to delete any upload that, in its sole judgment, breaks these rules.', true],
  ['content-removal', 'Comments that break the community rules may be removed without notice.', true],
  ['content-removal', 'You may edit or delete your own posts at any time.', false],
  ['content-removal', 'We will keep your uploads for as long as your account is open.', false],
  ['content-removal', 'You can ask us to erase or delete the personal data we hold about you.', false],
  ['content-removal', 'We will not be liable for the removal of, or disabling of access to, any material under these terms.', false],
  ['contract-by-using', 'By visiting or using the Site, you accept these Terms and our Privacy Policy.', true],
  ['contract-by-using', 'Your continued use of the app after changes are posted means you accept the revised terms.', true],
  ['contract-by-using', 'If you keep using the service after we update these terms, you are agreeing to be bound by them.', true],
  ['contract-by-using', 'By using the service you may come across content you find offensive.', false],
  ['contract-by-using', 'Before you use the app, please read these terms carefully.', false],
  ['choice-of-law', 'These Terms shall be governed by and construed in accordance with the laws of the State of New York.', true],
  ['choice-of-law', 'The laws of Ireland will apply to any dispute arising out of these terms.', true],
  ['choice-of-law', 'These Terms are governed by the laws of the country in which you reside.', false],
  ['choice-of-law', 'Acme Ltd is a company incorporated under the laws of England and Wales.', false],
  ['choice-of-law', 'You must comply with the laws of the place where you use the service.', false],
  ['jurisdiction', 'You agree to submit to the exclusive jurisdiction of the courts located in Santa Clara County, California.', true],
  ['jurisdiction', 'Any claim must be brought exclusively in the state or federal courts of King County, Washington.', true],
  ['jurisdiction', 'You may bring proceedings in the courts of your place of residence.', false],
  ['jurisdiction', 'If a court of competent jurisdiction finds any provision invalid, the rest remains in force.', false],
  ['jurisdiction', 'You may take a claim to a small claims court if it qualifies.', false],
  ['arbitration', 'Any dispute between you and us will be resolved by binding arbitration, and you waive the right to a jury trial or class action.', true],
  ['arbitration', 'You and Acme agree to settle all claims through final and binding individual arbitration.', true],
  ['arbitration', 'The arbitrator will decide all questions about the scope of this agreement.', false],
  ['arbitration', 'We will pay all filing fees for arbitration of claims under $10,000.', false],
  ['arbitration', 'Binding Arbitration', false],
];

describe.each([
  ['cased page text', (s: string) => s],
  ['lower-cased tokenised corpus text', tokenise],
])('our sentences, as %s', (_style, style) => {
  it.each(CASES)('%s: %s -> %s', (category, sentence, fires) => {
    expect(firesIn(style(sentence), category)).toBe(fires);
  });
});

describe('tier-2 attributes', () => {
  const attrs = (sentence: string, category: Tier2Category) => matchSentence(sentenceView(sentence), [category]).find((m) => m.category === category)?.attrs ?? [];

  it.each([
    ['arbitration', 'All disputes will be settled by binding arbitration and you waive any right to take part in a class action.', 'class-action-waiver'],
    ['arbitration', 'You agree to binding arbitration of all disputes unless you opt out within 30 days of signing up.', 'opt-out-window'],
    ['unilateral-termination', 'We may suspend your account at any time without prior notice.', 'without-notice'],
    ['unilateral-termination', 'We may terminate your account for any reason.', 'without-reason'],
    ['content-removal', 'We may delete your content at our sole discretion.', 'without-reason'],
    ['limitation-of-liability', 'Our total liability to you shall not exceed one hundred dollars ($100).', 'cap'],
  ] as const)('%s: "%s" carries %s', (category, sentence, attr) => {
    expect(attrs(sentence, category)).toContain(attr);
    expect(attrs(tokenise(sentence), category)).toContain(attr);
  });

  it.each([
    ['our total liability shall not exceed one hundred dollars ( $ 100 ) .', 'one hundred dollars'],
    ['our total liability shall not exceed $ 1,000.50 .', '$ 1,000.50'],
    ['our liability is limited to the amount you paid us in the last twelve months .', 'the amount you paid us in the last twelve months'],
    ['our liability is limited to 50 euros.', '50 euros'],
    ['our liability is limited as the law allows.', null],
  ])('reads the cap in "%s" as %s', (text, amount) => {
    expect(capAmount(text)).toBe(amount);
  });

  it('puts the cap amount in a cap: attribute', () => {
    expect(attrs('Our total liability to you will not exceed $50.', 'limitation-of-liability')).toEqual(expect.arrayContaining(['cap', 'cap:$50']));
  });
});

describe('tier 2 in the analyser', () => {
  const text = 'By using the app, you agree to these terms.\n\nWe may terminate your account at any time without notice.\n\nThese terms are governed by the laws of Delaware.';

  it('reports tier-2 categories with their taxonomy labels, text equal to its slice', () => {
    const { findings } = analyze(text);
    expect(findings.map((f) => f.category)).toEqual(['contract-by-using', 'unilateral-termination', 'choice-of-law']);
    for (const f of findings) expect(f.text).toBe(text.slice(f.start, f.end));
  });

  it('leaves out a tier-2 category switched off in the options', () => {
    const { findings } = analyze(text, { categories: ['contract-by-using', 'choice-of-law'] });
    expect(findings.map((f) => f.category)).toEqual(['contract-by-using', 'choice-of-law']);
  });
});
