// What the tier-2 reading keeps apart (TAXONOMY.md, tier-2 table): a power to change the terms or the offer
// from a sentence that only mentions changes, ending one user's service from changing it for everyone, the
// provider's power from a third party's or the user's own. Sentences we wrote in the cased style of pages;
// each must give the same answer read as page text and as the corpus's lower-cased, tokenised text.
import { describe, expect, it } from 'vitest';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { analyze } from '../../../src/core/index';
import { unilateralChangeRules } from '../../../src/core/rules/unilateral-change';
import type { BuiltInCategory } from '../../../src/core/types';
import { tokenise } from './tokenise';

const fires = (sentence: string, category: BuiltInCategory) =>
  matchSentence(sentenceView(sentence), [category]).some((m) => m.category === category);

/** [category, sentence, fires?] */
const CASES: Array<[BuiltInCategory, string, boolean]> = [
  // The power to change: a modal that governs a change verb, with the terms or the offer as its object.
  ['unilateral-change', 'We may change, suspend or discontinue any part of the Service at any time.', true],
  ['unilateral-change', 'Acme reserves the right, at its sole discretion, to modify these Terms at any time.', true],
  ['unilateral-change', 'These terms, which may be updated by us from time to time, apply to every visit.', true],
  ['unilateral-change', 'Prices for premium plans are subject to change without notice.', true],
  ['unilateral-change', 'We may, in our sole discretion, (i) discontinue the app, or (ii) modify its features.', true],
  ['unilateral-change', 'We update this privacy policy from time to time.', true],
  ['unilateral-change', 'We may stop offering some features to all users.', true],
  ['unilateral-change', 'We reserve the right at any time and from time to time to alter the subscription plans we offer.', true],
  ['unilateral-change', 'We may increase our prices at any time.', true],
  ['unilateral-change', 'The features of the app may vary from time to time.', true],
  ['unilateral-change', 'Occasionally we may, in our discretion, make changes to the agreements.', true],
  ['unilateral-change', 'Delivery times and prices may vary depending on where you live.', false],
  ["unilateral-change", "If you don't agree to the new terms, stop using the app.", true],
  // Mentions of change that grant no power, and powers that are not changes.
  ['unilateral-change', 'If you want to change or cancel your subscription, log in and open your profile.', false],
  ['unilateral-change', 'You may change your mind and get a full refund within fourteen days of buying a plan.', false],
  ['unilateral-change', 'We may stop providing the service to you if you break these rules.', false],
  ['unilateral-change', 'The company may charge these fees to the card you gave us.', false],
  ['unilateral-change', 'We may modify or adapt your content so that it displays well on phones.', false],
  ['unilateral-change', 'Our privacy policy, as amended from time to time, is available on our website.', false],
  ['unilateral-change', 'This agreement may only be changed in writing signed by both of us.', false],
  ['unilateral-change', 'We may send you emails to tell you about new features.', false],
  ['unilateral-change', 'We perform updates to the app remotely, without notifying you.', false],
  ['unilateral-change', 'Photos that break these rules can be removed at any time and without prior notice.', false],
  // "Modification" done to content or data, and a law amended by another, are no change to the terms.
  ['unilateral-change', 'To ask for access, modification or deletion of your data, send an email to our privacy team.', false],
  ['unilateral-change', 'Any use, copying, modification or distribution of the recordings is prohibited without our written consent, posted or not.', false],
  ['unilateral-change', 'Words such as "sale" mean what the Consumer Privacy Act, as amended by the Privacy Rights Act, says, and we will notify you as that law requires.', false],
  ['unilateral-change', 'We will post any modifications to these terms on this page and notify you by email.', true],
  // Notice of changes in plainer words; the same words about an order are no notice of a change.
  ['unilateral-change', 'The "Last Updated" date at the top of this page shows when this policy was last revised.', true],
  ['unilateral-change', 'We will tell you in advance before any change to your subscription price takes effect.', true],
  ['unilateral-change', 'We will tell you when your order ships, and the date shows when it was placed.', false],
  // Liability: the user's own responsibility, and limits said not to apply, exclude nothing of the provider's.
  ['limitation-of-liability', 'Anything you download is at your own risk, and you are solely responsible for any damage to your phone.', false],
  ['limitation-of-liability', 'If the law where you live does not allow these exclusions, they do not apply to you.', false],
  ['limitation-of-liability', 'We are not liable for any loss of data caused by outages of the service.', true],
  ['limitation-of-liability', 'We are not responsible or liable for the third-party websites our pages link to.', false],
  ['limitation-of-liability', 'We are not liable for any loss you suffer from using third-party websites our pages link to.', true],
  ['limitation-of-liability', 'You agree to indemnify and hold us harmless from any claim arising from your posts.', false],
  ['limitation-of-liability', 'The app is provided "as is", and we make no warranty that it will never fail.', false],
  ['limitation-of-liability', 'The app is provided "as is", and we will not be liable for any damage it causes to your files.', true],
  // Termination: a maintenance pause, an order, someone else's power.
  ['unilateral-termination', 'We may suspend the service for a few hours for maintenance.', false],
  ['unilateral-termination', 'The restaurant may cancel your order if an item is sold out.', false],
  ['unilateral-termination', 'Your team administrator may suspend or remove your access to the team workspace.', false],
  ['unilateral-termination', 'We may suspend or close your account at any time and for any reason.', true],
  ['unilateral-termination', 'Any part of these terms found invalid by a court will be treated as deleted, and the rest remains.', false],
  ['unilateral-termination', 'You may not sell your account, and any such sale may result in suspension of your account.', true],
  ['unilateral-termination', "If you ignore our warning, we'll suspend your access to the app.", true],
  ['unilateral-termination', 'We may take any action we see fit, including termination of your account.', true],
  // Content removal: privacy deletion and other members' edits are not moderation; losing files with the account is.
  ['content-removal', 'If we learn that we hold personal information about a child, we will delete it.', false],
  ['content-removal', 'Other members can edit the recipes in the shared cookbook.', false],
  ['content-removal', 'We may suspend or terminate your account and all your saved files at any time.', true],
  // Courts and law: a small-claims exception does not undo an exclusive venue; "U.S.A." does not end the sentence.
  ['jurisdiction', 'Any claim, other than small claims, must be brought only in the courts of Dublin, Ireland.', true],
  ['jurisdiction', 'You may also bring your claim in a small claims court instead.', false],
  ['choice-of-law', 'The laws of California, U.S.A., excluding its conflict of laws rules, will apply to any dispute.', true],
  ['choice-of-law', 'Where a translation differs from the English language version, the English version to the extent permitted by law shall apply and prevail.', false],
  // A counter-notice's required statement and a bare heading are not a venue clause.
  ['jurisdiction', 'Your counter-notice must include a statement that you consent to the jurisdiction of the federal court in San Francisco.', false],
  ['jurisdiction', 'Disputes and arbitration, jurisdiction and venue', false],
  ['jurisdiction', 'You consent to the exclusive jurisdiction of the courts of Zurich.', true],
  // Arbitration: the procedure of an arbitration already agreed is not the agreement to arbitrate.
  ['arbitration', 'The arbitration will be administered by a national arbitration body under its consumer rules for disputes.', false],
  ['arbitration', 'Disputes about whether a claim must be arbitrated will be decided by the arbitrator.', false],
  ['arbitration', 'Claims must be brought in arbitration within one year of when they arise.', false],
  ['arbitration', 'You agree that disputes will be decided by an arbitrator, not a judge or jury.', true],
  // Who hears the case is procedure; a notice or a pointer back to the section restates; commas between the words
  // of "binding, individual arbitration" still send.
  ['arbitration', 'Then all claims will be heard before a neutral arbitrator, whose award is final.', false],
  ['arbitration', 'Important notice: for players in the United States, disputes must be resolved by binding arbitration.', false],
  ['arbitration', 'If you reject the new version, you agree to arbitrate any dispute in accordance with the provisions of this Dispute Resolution section as it stood before.', false],
  ['arbitration', 'Every dispute with us will be finally settled by binding, individual arbitration under the rules of a trade body.', true],
  // Liability: force majeure excuses performance, clause names are not clauses, a duty not taken on is not a
  // liability limit unless a loss is named.
  ['limitation-of-liability', 'Neither party is in breach for any delay or failure to perform caused by events beyond its reasonable control.', false],
  ['limitation-of-liability', 'We will not be liable for any loss of your files, even if caused by a storm.', true],
  ['limitation-of-liability', 'We can keep our prices low only because of these warranty disclaimers, releases, and limitations of liability.', false],
  ['limitation-of-liability', 'The foregoing disclaimers and limitation of liability apply to the fullest extent the law allows.', true],
  ['limitation-of-liability', 'The app store is not responsible for addressing any product liability claims you have about the app.', false],
  ['limitation-of-liability', 'We are not responsible or liable for the accuracy or reliability of any review posted by members.', false],
  ['limitation-of-liability', 'We are not responsible or liable for any loss caused by the conduct of other members.', true],
  ['limitation-of-liability', 'We are not required to give refunds if you ask us to close your account.', false],
  ['limitation-of-liability', 'We are not required to give refunds for any reason, even when we retire a game.', true],
  // Termination: a licence that ends by itself on breach is the licence's own law; with the account named, or with
  // no notice needed, it is their power.
  ['unilateral-termination', 'This licence terminates automatically if you fail to comply with any of its terms.', false],
  ['unilateral-termination', 'A booking that needs a deposit paid by bank transfer, in whole or in part, before arrival may be cancelled without notice if it does not arrive.', false],
  ['unilateral-termination', 'Your rights under this licence will terminate automatically, without notice from us, if you break these terms.', true],
  ['unilateral-termination', 'We may take any legal action against misuse of the service that we see fit, including termination of your account.', true],
];

describe.each([
  ['cased page text', (s: string) => s],
  ['lower-cased tokenised corpus text', tokenise],
])('tier-2 precision, as %s', (_style, style) => {
  it.each(CASES)('%s: %s -> %s', (category, sentence, expected) => {
    expect(fires(style(sentence), category)).toBe(expected);
  });
});

describe('the cased and the tokenised sentence get the same answer', () => {
  it.each(CASES)('%s: %s', (category, sentence) => {
    expect(fires(tokenise(sentence), category)).toBe(fires(sentence, category));
  });
});

describe('a list item completes the power its lead-in grants', () => {
  const lines = ['We reserve the right, at our sole discretion and without notice, to:', '(a) terminate your account for any reason;', '(b) remove any content you post; and', '(c) reply to your messages within a week.'];
  it.each([
    ['cased page text', (t: string) => t],
    ['lower-cased tokenised corpus text', tokenise],
  ])('as %s', (_style, style) => {
    const text = lines.map(style).join('\n\n');
    const { findings } = analyze(text);
    const labelsOf = (i: number) => {
      const line = style(lines[i]!);
      const start = text.indexOf(line);
      return findings.filter((f) => f.start < start + line.length && f.end > start).map((f) => f.category);
    };
    expect(labelsOf(1)).toContain('unilateral-termination');
    expect(labelsOf(2)).toContain('content-removal');
    expect(labelsOf(3)).not.toContain('unilateral-termination');
    expect(labelsOf(3)).not.toContain('content-removal');
  });
});

describe('unilateral-change, shared with tier 1, reads the corpus style as it reads pages', () => {
  // A rule that reads its section heading is checked with its heading where tier 1's tests check it.
  const rules = unilateralChangeRules.filter((r) => !r.exampleHeading).map((r) => [r.id, r] as const);
  it.each(rules)('%s: tokenised example fires it, tokenised counter-example fires nothing', (_id, rule) => {
    const matches = matchSentence(sentenceView(tokenise(rule.example)), ['unilateral-change']);
    expect(matches.flatMap((m) => m.rules.map((r) => r.id))).toContain(rule.id);
    expect(fires(tokenise(rule.counterExample), 'unilateral-change')).toBe(false);
  });
});
