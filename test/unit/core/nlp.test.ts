// The sentence reading the rules rely on: negation scope, who acts, modality, and clause cutting.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/nlp';
import { clauseSpans } from '../../../src/core/clauses';

const at = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${sentence}`);
  return i;
};

describe('negation scope', () => {
  it.each([
    ['We will not use your content to train AI models.', 'train', true],
    ['Your content is not used to train AI.', 'train', true],
    ["Your content isn't used to train AI.", 'train', true],
    ['We never sell your data.', 'sell', true],
    ['Neither we nor any partner may use your songs for training.', 'training', true],
    ['No third party may copy your recordings, and they are stored safely.', 'stored', true],
    ['If you do not opt out, partners may use your data to train their models.', 'train', false],
    ['We do not sell your data, but we share it with advertisers.', 'share', false],
    ['We will not use your content to train models without your consent.', 'consent', false],
    ['You grant us a non-exclusive licence to train models on your posts.', 'train', false],
    ['We not only host your posts but also show them to partners.', 'show', false],
    ['We make no guarantee that the service is always available.', 'available', false],
    ['Our contractors can see your files and are bound not to copy them.', 'see', false],
    ['Our contractors can see your files and are bound not to copy them.', 'copy', true],
    ['We do not sell your recordings and will not license them.', 'license', true],
    ['We publish statistics that do not identify you.', 'publish', false],
    ['We do not publish statistics that identify you.', 'identify', true],
    ['No terms you send us that modify this agreement bind us.', 'modify', true],
    ['Personal use does not include copying posts in connection with: (1) resale; (2) training any model.', 'training', true],
    ['We do not sell your data; we share it with our partners.', 'share', false],
  ])('%s -> "%s" negated: %s', (sentence, word, expected) => {
    expect(parse(sentence).negatedAt(at(sentence, word))).toBe(expected);
  });
});

describe('who acts', () => {
  it.each([
    ['We may share your data with partners.', 'share', 'provider'],
    ['Acme may share your data with partners.', 'share', 'provider'],
    ['You may share your playlists with friends.', 'share', 'user'],
    ['Our advertising partners may share information with us.', 'share', 'third-party'],
    ['You agree that Acme may change these terms.', 'change', 'provider'],
    ['Depending on your settings, we may disclose your information.', 'disclose', 'provider'],
    ['If you choose to share your data, we may disclose it to others.', 'disclose', 'provider'],
    ['The app lets you share your videos with others.', 'share', 'user'],
    ['Do not copy or modify the software.', 'modify', 'user'],
    ['Recipients of your data may use it to train their models.', 'train', 'third-party'],
    // What the subject is about is not who acts: "information about you" is no act of yours.
    ['Information about you may be made available to our group companies.', 'made', 'unknown'],
    ['Content from members is sometimes shown to advertisers.', 'shown', 'unknown'],
    ['Each of you may invite friends to a shared playlist.', 'invite', 'user'],
    ['Some of our partners may combine this data with their own.', 'combine', 'third-party'],
  ])('%s -> the one who "%s" is %s', (sentence, word, expected) => {
    expect(parse(sentence).actorAt(at(sentence, word))).toBe(expected);
  });
});

describe('modality and parts of speech', () => {
  it('reads modals per clause', () => {
    const s = 'We may share your data; you keep ownership.';
    expect(parse(s).modalAt(at(s, 'share'))).toBe(true);
    expect(parse(s).modalAt(at(s, 'keep'))).toBe(false);
  });

  it.each([
    ['We share your data with partners.', 'share', true],
    ['Likes, shares and replies are public.', 'shares', false],
    ['Information may be disclosed to authorities.', 'disclosed', true],
  ])('%s -> "%s" is a verb: %s', (sentence, word, expected) => {
    expect(parse(sentence).verbAt(at(sentence, word))).toBe(expected);
  });
});

describe('clause cutting', () => {
  it('cuts at semicolons, exceptions and a fronted condition, with exact offsets', () => {
    const s = 'If you do not opt out, we may use your posts; we will not sell them unless you agree.';
    const parts = clauseSpans(s).map(({ start, end }) => s.slice(start, end));
    expect(parts).toEqual(['If you do not opt out,', 'we may use your posts;', 'we will not sell them', 'unless you agree.']);
  });
});
