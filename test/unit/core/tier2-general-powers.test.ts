// Generality tables for three tier-2 powers (TAXONOMY.md, tier-2 table): limitation-of-liability,
// unilateral-termination and content-removal. Sentences we wrote ourselves, in the cased style of real pages,
// saying the same thing the many ways terms say it (verbs and nouns, passives, "reserves the right", conditions
// first, the provider named by name), plus traps that share the words but not the act (the user's own power,
// someone else's, a promise, a pointer, a heading). Each must read the same as the corpus's tokenised text.
import { describe, expect, it } from 'vitest';
import { matchSentence, sentenceView } from '../../../src/core/classify';
import { analyze } from '../../../src/core/index';
import type { Tier2Category } from '../../../src/core/types';
import { tokenise } from './tokenise';

const fires = (sentence: string, category: Tier2Category) =>
  matchSentence(sentenceView(sentence), [category]).some((m) => m.category === category);

const TERMINATION: Array<[string, boolean]> = [
  // The provider's power to end or suspend the account or access, said many ways.
  ['Acme reserves the right to suspend, disable or delete your account at any time without notice.', true],
  ['The Company may, in its sole discretion, terminate your access to all or part of the Service.', true],
  ['Your account may be suspended or terminated if we believe you have broken these Terms.', true],
  ['We can close your account without notice if we suspect fraud.', true],
  ['We reserve the right to suspend or terminate your membership with or without cause.', true],
  ['Access to the Service may be suspended or withdrawn at any time without liability to you.', true],
  ['If you breach these Terms, we may immediately suspend your account.', true],
  ['Your account may be disabled, without prior warning, if we detect cheating.', true],
  ['We may ban you from the Service at any time.', true],
  ['We reserve the right to suspension or termination of your account at our discretion.', true],
  ['Suspension or termination of your account may occur at any time and without notice.', true],
  ['Breaking these rules will lead to the permanent closure of your account.', true],
  ['Without limiting our other remedies, the Company may suspend or terminate your account if we suspect fraud.', true],
  ['Acme may, at any time and without notice, terminate this Agreement with you.', true],
  ['We may stop providing the Services to you at any time, for any reason.', true],
  ['We may block your access to the app without giving you any reason.', true],
  ['We may terminate or suspend your right to use the Service immediately, without prior notice or liability.', true],
  ['Streamly shall be entitled to terminate your subscription with immediate effect if you breach these Terms.', true],
  ['We retain the right to revoke your access to the Service at any time.', true],
  ['The Company has the right to close any account at its discretion.', true],
  ['Your use of the Service may be terminated at any time without notice.', true],
  ['If we decide, in our sole discretion, that you have broken these rules, your account will be suspended.', true],
  ['Accounts used to send spam will be terminated without warning.', true],
  ['We are entitled to cancel your membership without giving reasons.', true],
  ['At our sole discretion, we may suspend your access to the Service.', true],
  ['Without notice or liability, we may disable your account.', true],
  ['We may immediately terminate or suspend accounts that we believe break these rules.', true],
  ['Your account may be terminated by us at any time, with or without cause.', true],
  ['Photogrid may terminate these Terms at any time, for any reason, by giving you notice.', true],
  ['We may refuse to provide the Service to you, or close your account, at our discretion.', true],
  ['We may deny you access to the Service if you do not follow these rules.', true],
  ['Any attempt to cheat may result in your account being suspended or banned.', true],
  ['We have the right to disable any user account at any time, for any reason or no reason.', true],
  ['We may suspend your use of the Service while we investigate a suspected breach.', true],
  ['Acme will terminate the accounts of users who repeatedly break these rules, without further notice.', true],
  ['We also reserve the right to put your account on hold while we look into a complaint.', true],
  ['We may limit or end your use of the Services at any time.', true],
  ['We may end this agreement at any time, without giving a reason.', true],
  ['We may disconnect you from the Service if you misuse it.', true],
  ['We may expel any member from the community at any time.', true],
  ['We can stop you from using the Service at any time.', true],
  ['We may kick you out of a game room if you cheat.', true],
  ['The Provider is entitled to terminate the contract without notice for good cause.', true],
  ['We may remove any user from the Service for any reason.', true],
  ['We may freeze your account while we investigate.', true],
  ['Acme retains the right to decline service to any user who breaks these terms.', true],
  ['You agree that all suspensions and terminations shall be made in our sole discretion.', true],
  // The user's own power, someone else's, a single order, a pause, what happens after, a promise, a pointer.
  ['You may terminate your account at any time by contacting support.', false],
  ['You can cancel your subscription at any time from your account settings.', false],
  ['If you wish to close your account, please send us an email.', false],
  ['We may cancel your order if the item is out of stock.', false],
  ['The Service may be unavailable for short periods while we carry out scheduled maintenance.', false],
  ['We may temporarily suspend the Service for maintenance or upgrades.', false],
  ['Sections 4, 7 and 9 survive any termination of these Terms.', false],
  ['After your account is closed, you can still download your data for thirty days.', false],
  ['Your team administrator can suspend or remove your access to the workspace.', false],
  ['You may end this agreement at any time by deleting the app.', false],
  ['Termination and suspension', false],
  ['To close your account, open Settings and choose Close account.', false],
  ['We will not suspend or terminate your account without first giving you a warning and a chance to respond.', false],
  ['We do not close accounts for inactivity.', false],
  ['If you delete your account, your posts are removed within thirty days.', false],
  ['You can disable notifications at any time.', false],
  ['Parents can close a child account at any time.', false],
  ['Your subscription renews automatically until you cancel it.', false],
  ['Closing your account does not relieve you of any payment obligations.', false],
  ['You have the right to withdraw from this contract within fourteen days without giving any reason.', false],
  ['Your bank may block the payment if it suspects fraud.', false],
  ['The host may cancel your booking, in which case we refund you in full.', false],
  ['We may block cookies from third parties in your browser settings.', false],
  ['Users may block other users they do not want to hear from.', false],
  ['Termination of your account does not affect any rights you have under the law.', false],
  ['See the Termination section below for how your account can be closed.', false],
  ['To close your account, please take the following steps:', false],
  ['At the end of each month, we may charge your account.', false],
  ['You can end this agreement by deleting the app.', false],
  ['You or your parent may cancel the contract within fourteen days.', false],
  ['We may remove user content for any reason.', false],
];

const REMOVAL: Array<[string, boolean]> = [
  // The provider may remove, delete, edit or block what the user posted.
  ['Acme may delete, edit or refuse to post any User Content at its sole discretion.', true],
  ['We have the right, but not the obligation, to remove or disable access to any content.', true],
  ['Content that violates these Terms may be removed without notice.', true],
  ['We may screen and remove any posting that we consider objectionable.', true],
  ['Any review found to be fake will be deleted.', true],
  ['The Company can take down any material you post without giving a reason.', true],
  ['We may block or remove listings that break our rules.', true],
  ['Your photos may be removed if another member reports them.', true],
  ['We reserve the right to refuse or remove any Submission for any reason.', true],
  ['We may, but are not obliged to, review and remove User Content.', true],
  ['If we believe that your content breaks the law, we may remove it without notice.', true],
  ['We are entitled to delete any messages that contain offensive language.', true],
  ['Uploads that infringe the rights of others will be taken down.', true],
  ['Recipes you share may be edited or removed by us at any time.', true],
  ['We may, in our sole discretion, reject, refuse to post or remove any posting.', true],
  ['At our discretion, we may disable any video you have uploaded.', true],
  ['We reserve the right to hide or delete comments that we find offensive.', true],
  ['We may remove your username if it is offensive.', true],
  ['The Company shall have the right to remove any Content that, in its opinion, violates these Terms.', true],
  ['If we receive a notice that your material infringes copyright, we may remove it.', true],
  ['All content is subject to review and may be deleted at any time.', true],
  ['Removal of your content may occur at our discretion and without notice.', true],
  ['We reserve the right to remove any content at any time, without notice, for any reason.', true],
  ['Streamly may remove or block any playlist that it considers inappropriate.', true],
  ['We may modify or remove any of your posts that break the house rules.', true],
  ['If we terminate your account, your photos, comments and other data will no longer be accessible.', true],
  ['We may take down anything you post that we think breaks these rules.', true],
  ['Acme reserves the right to screen, edit, refuse or remove User Submissions.', true],
  ['Any Content may be removed by Acme at any time, for any reason or no reason.', true],
  ['We may, at our sole discretion, remove, modify or block access to your listings.', true],
  ['We may unpublish any review that does not meet our guidelines.', true],
  ['Posts that break these rules will be removed and the poster may be banned.', true],
  ['We have the right to delete any comment that we consider inappropriate, without giving a reason.', true],
  ['Submissions are not confidential and may be deleted at our discretion.', true],
  ['User content that we find objectionable can be removed by us without notice to you.', true],
  ['Acme is not obliged to host your content and may delete it.', true],
  // The user's own removal, privacy requests, the provider's own features, the notice procedure, others' power.
  ['You can delete your posts at any time from your profile.', false],
  ['You may remove your content from public view at any time.', false],
  ['To ask us to delete your personal data, contact our privacy team.', false],
  ['We may remove features from the app from time to time.', false],
  ['To send us a copyright notice, write to our designated agent at the address below.', false],
  ['Your notice must identify the material you believe infringes and where it can be found.', false],
  ['Other members can edit the shared playlist.', false],
  ['When you delete a photo, it is removed from our servers within thirty days.', false],
  ['We will not remove your content without first telling you why.', false],
  ['You must not post content that is unlawful or offensive.', false],
  ['Users may report content they believe breaks these rules.', false],
  ['Group owners may remove posts from their groups.', false],
  ['We may edit these Terms from time to time.', false],
  ['We will remove your email address from our mailing list if you unsubscribe.', false],
  ['Removal of content', false],
  ['We do not review content before it is posted.', false],
  ['Deleted content may stay in our backups for a short time.', false],
  ['When you close your account, your posts are deleted.', false],
  ['You may ask us to remove a post that mentions you.', false],
  ['We may remove features, functions or content of the Service at any time.', false],
  ['We may remove your personal data from our systems after two years.', false],
  ['If you want us to remove content that infringes your copyright, send us a notice.', false],
  ['We do not remove content merely because someone disagrees with it.', false],
  ['Removal of content you posted does not end the licence you gave us for copies already shared.', false],
  ['If we terminate your account, you can still download your photos for thirty days.', false],
];

const LIABILITY: Array<[string, boolean]> = [
  // The provider excludes or caps what it owes.
  ['To the maximum extent permitted by law, we shall not be liable for any indirect, incidental or consequential damages.', true],
  ['In no event shall Acme be liable for any loss of data or profits.', true],
  ['Our total liability to you shall not exceed the amount you paid us in the twelve months before the claim.', true],
  ['The Company will not be liable for any damage to your device caused by the app.', true],
  ['We are not responsible for any loss or damage arising from unauthorised access to your account.', true],
  ['We accept no liability for any loss of content stored on the Service.', true],
  ['The Service is provided "as is" and we disclaim all liability for any damages arising from its use.', true],
  ['Under no circumstances will we be responsible for any loss resulting from your use of the Service.', true],
  ['Streamly excludes all liability for the conduct of other users.', true],
  ['Neither we nor our suppliers will be liable for any lost profits, revenues or data.', true],
  ['Our liability for any claim is limited to the fees you paid for the Service.', true],
  ['You agree that we will not be liable to you or any third party for any suspension or termination of your account.', true],
  ['You use the Service at your own risk, and we will not be responsible for any harm to your computer.', true],
  ['Acme shall have no liability for any failure or delay in delivering messages.', true],
  ['We accept no responsibility for security breaches affecting your data.', true],
  ['The maximum aggregate liability of the Company for all claims is one hundred dollars.', true],
  ['You release the Company from all liability for losses caused by disputes with other users.', true],
  ['These exclusions apply even if we have been told that such damages were possible.', true],
  ['Liability for slight negligence is excluded.', true],
  ['We shall not be responsible for any data that is lost or corrupted.', true],
  ['We do not accept liability for any errors or omissions in the content.', true],
  ['Photogrid is not liable for any loss you suffer as a result of viruses or other harmful components.', true],
  ['We will not be liable for any damages that result from the use of, or the inability to use, the Service.', true],
  ['To the fullest extent allowed by law, the Company disclaims any responsibility for any harm resulting from your use of the Service.', true],
  ['We shall bear no liability for any loss or damage you suffer.', true],
  ['We disclaim any and all responsibility for lost data.', true],
  ['You agree that Acme will not be responsible for any loss of your content.', true],
  ['The Company shall not be held responsible for any failure of the Service.', true],
  ['We are in no way responsible for any loss you suffer as a result of using the Service.', true],
  ['Our liability is limited to the maximum extent permitted by law.', true],
  ['Our liability to you is limited to repairing the Service or refunding what you paid.', true],
  ['Acme will not be liable to you for any amount greater than fifty dollars.', true],
  ['We are not liable for indirect losses, such as lost profits.', true],
  ['Under no circumstances shall the Company or its affiliates be responsible for any damage to your computer.', true],
  ['We will not be liable for any harm caused by other users of the Service.', true],
  ['We will not be liable for any unauthorised access to your data.', true],
  ['We take no responsibility for any loss of data.', true],
  ['We do not guarantee the security of your data and will not be liable for any breach.', true],
  ['In no case will our liability exceed the fees you paid in the last six months.', true],
  ['The total amount we may have to pay you is limited to one hundred euros.', true],
  ['We will not compensate you for any loss.', true],
  // The user's own liability or duty, an indemnity, a warranty alone, a carve-out, a company type, a pointer.
  ['You are solely responsible for any loss caused by your use of the Service.', false],
  ['You agree to indemnify us against any claims arising from your content.', false],
  ['We make no warranty that the Service will be uninterrupted or error-free.', false],
  ['Nothing in these Terms limits our liability for death or personal injury caused by our negligence.', false],
  ['We are responsible for foreseeable losses caused by our breach of these terms.', false],
  ['You are liable for all charges made on your account.', false],
  ['Acme, Inc. is a limited liability company registered in Delaware.', false],
  ['Limitation of liability', false],
  ['The Service is provided "as is" and "as available" without warranties of any kind.', false],
  ['We will be liable for any loss you suffer as a result of our gross negligence.', false],
  ['You are responsible for keeping your password secret.', false],
  ['You will be responsible for any damage you cause to other users.', false],
  ['Please report any security breach to us immediately.', false],
  ['We are responsible for the content we publish ourselves.', false],
  ['If the law where you live does not allow these exclusions, they do not apply to you.', false],
  ['We will compensate you for any loss caused by our negligence.', false],
  ['You are liable for any loss caused by your breach of these Terms.', false],
  ['You will be responsible for all costs of repairing your device.', false],
  ['The seller is responsible for any damage that occurs during delivery.', false],
  ['Our liability for death or personal injury caused by our negligence is not limited.', false],
  ['We are liable for damage caused intentionally or by gross negligence.', false],
  ['We cannot guarantee that your content will never be lost.', false],
];

const CASES: Array<[Tier2Category, string, boolean]> = [
  ...TERMINATION.map(([s, f]) => ['unilateral-termination', s, f] as [Tier2Category, string, boolean]),
  ...REMOVAL.map(([s, f]) => ['content-removal', s, f] as [Tier2Category, string, boolean]),
  ...LIABILITY.map(([s, f]) => ['limitation-of-liability', s, f] as [Tier2Category, string, boolean]),
];

describe.each([
  ['cased page text', (s: string) => s],
  ['lower-cased tokenised corpus text', tokenise],
])('tier-2 powers read generally, as %s', (_style, style) => {
  it.each(CASES)('%s: %s -> %s', (category, sentence, expected) => {
    expect(fires(style(sentence), category)).toBe(expected);
  });
});

/** A lead-in and its items: [category, lines, which lines carry the category]. */
const LISTS: Array<[Tier2Category, string[], boolean[]]> = [
  [
    'unilateral-termination',
    ['If you break these rules, we may take the following actions:', '(a) suspending or closing your account;', '(b) sending you a warning by email.'],
    [true, true, false],
  ],
  [
    'content-removal',
    ['If you break these rules, we may take the following actions:', '(a) removing any content you have posted;', '(b) sending you a warning by email.'],
    [false, true, false],
  ],
  [
    'limitation-of-liability',
    ['To the extent the law allows, we are not liable for:', '(a) any loss of data or content;', '(b) any lost profits or revenue;', '(c) any harm caused by other users.'],
    [true, true, true, true],
  ],
];

describe.each([
  ['cased page text', (t: string) => t],
  ['lower-cased tokenised corpus text', tokenise],
])('a lead-in lends its power to its items, as %s', (_style, style) => {
  it.each(LISTS)('%s: %j', (category, lines, expected) => {
    const text = lines.map(style).join('\n\n');
    const { findings } = analyze(text);
    const carries = (i: number) => {
      const line = style(lines[i]!);
      const start = text.indexOf(line);
      return findings.some((f) => f.category === category && f.start < start + line.length && f.end > start);
    };
    expect(lines.map((_l, i) => carries(i))).toEqual(expected);
  });
});
