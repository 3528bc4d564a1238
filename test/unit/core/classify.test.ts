// Table-driven cases in our own words, paraphrasing the kinds of clauses real terms contain.
import { describe, expect, it } from 'vitest';
import { analyze, type Category } from '../../../src/core/index';

const labels = (sentence: string) => new Set(analyze(sentence).findings.map((f) => f.category));
const attrsOf = (sentence: string, category: Category) => analyze(sentence).findings.find((f) => f.category === category)?.attrs ?? [];

type Row = [sentence: string, expected: boolean];

const cases: Record<string, Row[]> = {
  'ai-training': [
    ['When you post tracks you expressly accept that what you post may help inform, train or develop artificial intelligence or machine intelligence tools, or serve as their input.', true],
    ['We may combine what we collect from you with information that is publicly available and use both to help train our machine learning models.', true],
    ['This licence includes the right to use your posts to train AI and machine learning models.', true],
    ['Unless you opt out in your settings, we may use your chats to improve and train our language models.', true],
    ['Our partners who receive your data may use it to train their own artificial intelligence models, generative or otherwise.', true],
    ['We may process your recordings for analytics, marketing and machine learning purposes.', true],
    ['We will not use your content to train generative AI models without your explicit consent, which must be given through an opt-in.', false],
    ['Your uploads are never used to train AI.', false],
    ['We do not use the prompts you enter for training our machine learning models.', false],
    ['We use machine learning to detect spam and abuse.', false],
    ['Our AI features let you summarise long threads and draft replies.', false],
    ['You can use our AI tools to create images from your own prompts.', false],
    ['Other users may not scrape your artwork to train AI systems.', false],
    ['We use your information to improve our services.', false],
    ['Recommendation algorithms decide which posts you see first.', false],
    ['Artists may choose to let our AI tools remix their own tracks.', false],
    ['We will use your prompts and outputs to fine-tune our large language models.', true],
    ['Content you submit may be used to develop new technologies such as artificial intelligence.', true],
  ],
  'ai-restriction': [
    ['We will never use your unreleased demos to train generative AI models unless you opt in.', true],
    ['You can switch off the use of your sketches for model training whenever you like in your account settings.', true],
    ['We will not use your content to train generative AI models without your explicit consent, which must be given through an opt-in.', true],
    ['Your uploads are never used to train AI.', true],
    ['We do not use the prompts you enter for training our machine learning models.', true],
    ['Unless you opt out in your settings, we may use your chats to improve and train our language models.', true],
    ['Other users may not scrape your artwork to train AI systems.', true],
    ['You must not use any output from the service to develop models that compete with us.', true],
    ['We reserve all text and data mining rights in the material on this site.', true],
    ['No third party is allowed to use recordings delivered to us for training artificial intelligence.', true],
    ['By posting, you agree that your Content may be used to train our AI.', false],
    ['We may use machine learning models to recommend songs you might like.', false],
    ['We use machine learning to detect spam and abuse.', false],
    ['We make no guarantee that third parties will not use public content for artificial intelligence purposes.', false],
    ['Your photos will only be used to improve our generative models if you opt in.', true],
    ['Bots and crawlers may not harvest posts from the site to build machine learning datasets.', true],
    ['Creators can tell us not to let third parties use their work for AI training, and we will respect those choices.', true],
    ['We do not share your voice recordings with anyone.', false],
    ['You may not use the service to harass other users.', false],
  ],
  'content-license': [
    ['You grant us a worldwide, non-exclusive, royalty-free, sublicensable and transferable licence to use your content.', true],
    ['This licence survives deletion of your account.', true],
    ['We may modify or adapt your posts so they display well on different devices.', true],
    ['Any ideas or feedback you send may be used by us without any compensation to you.', true],
    ['You hereby assign to us all right, title and interest in your suggestions.', true],
    ['We grant you a limited licence to use the app on your phone.', false],
    ['You keep ownership of everything you upload.', false],
    ['We may remove any content that breaks these rules.', false],
    ['We may use your uploads to train our artificial intelligence models.', false],
    ['You confirm that you have all the rights necessary to upload your content.', false],
    ['We may refuse to distribute any content that breaks the law.', false],
    ['Remember that public posts can exist elsewhere even after you delete them.', false],
    ['Posts you have made public may remain available after you delete your account.', true],
    ['For clarity, these rights include editing, transforming and translating.', true],
    ['You may upload photos, which other members may then display and share.', false],
    ['This licence includes the right to use your posts to train AI models.', true],
  ],
  'third-party-sharing': [
    ['Loopline is a home for podcasters to share their episodes with listeners.', false],
    ['The app lets you share your playlists with friends and other users.', false],
    ['We do not permit anyone to scrape our galleries in order to build datasets or train machine learning systems.', false],
    ['We may share your information with advertisers and business partners.', true],
    ['We do not sell your personal data, except to a buyer of our business in a merger.', true],
    ['Your data may be disclosed to law enforcement when the law requires it.', true],
    ['Payments are handled by a third-party payment processor that receives your card details.', true],
    ['Advertisers may learn information about you when you click their ads.', true],
    ['Depending on your settings, or if you choose to share your data, we may disclose your information to third parties.', true],
    ['The data you generate can be provided to third parties that support us in running the service.', true],
    ['We publish a data dump of public posts and charge licensing fees for large-scale access.', true],
    ['Partners can interact with your content through our developer tools.', true],
    ['We never sell your data.', false],
    ['The app lets you share videos with friends and inspire others.', false],
    ['Other apps you use may share information about that usage with us.', false],
    ['We work with partners to show their videos and to allow cross-platform sharing.', false],
    ['Except as these terms allow, you cannot sell, sublicense or distribute the app.', false],
    ['We may refuse to distribute content that breaks these rules.', false],
    ['Our partners share information about your purchases with us.', false],
    ['You can share your playlists with other users.', false],
    ['We are not responsible for third-party websites linked from the service.', false],
  ],
  'rights-waiver': [
    ['You waive any moral rights you have in the content you post.', true],
    ['You allow us to use your name, voice and likeness in promotions of the service.', true],
    ['We may use your logo to identify you as a customer in our marketing materials.', true],
    ['We may use your suggestions without any attribution to you.', true],
    ['You waive the right to take part in a class action against us.', false],
    ['You must not use the name of another person to register.', false],
    ['We may feature your profile picture and username in sponsored posts.', true],
    ['You agree not to assert any moral rights against us or our licensees.', true],
    ['Your display name is shown next to your comments.', false],
    ['You waive any right to a jury trial.', false],
    ['We will not use your voice or likeness without your permission.', false],
  ],
  'unilateral-change': [
    ['We may change these terms at any time without notice.', true],
    ['By continuing to use the service after changes take effect, you agree to the updated terms.', true],
    ['If you do not agree to the revised terms, you must stop using the service.', true],
    ['We may change our prices or discontinue features at our sole discretion.', true],
    ['We will notify you by email before material changes to this policy.', true],
    ['You are responsible for checking this page regularly for updates.', true],
    ['We may suspend your account if you break these rules.', false],
    ['The app may update automatically on your device.', false],
    ['We are not liable for any modification or discontinuation of the service.', false],
    ['You can change your password at any time in your settings.', false],
    ['We may terminate these terms at any time by giving you thirty days prior notice.', false],
    ['Changes to fees will not apply retroactively.', true],
    ['Last updated: 1 March 2025', false],
    ['Changes to these terms This section explains that our terms may change.', false],
  ],
};

describe.each(Object.entries(cases))('%s', (category, rows) => {
  it.each(rows)('%s -> %s', (sentence, expected) => {
    expect(labels(sentence).has(category as Category)).toBe(expected);
  });
});

describe('attributes', () => {
  it('reads licence attributes from the sentence itself', () => {
    const attrs = attrsOf('You grant us a worldwide, non-exclusive, royalty-free, sublicensable and transferable licence to host your work.', 'content-license');
    expect(attrs).toEqual(expect.arrayContaining(['worldwide', 'non-exclusive', 'royalty-free', 'sublicensable', 'transferable']));
    expect(attrs).not.toContain('exclusive');
    expect(attrs).not.toContain('perpetual');
  });

  it.each([
    ['This licence survives deletion of your account.', 'survives-deletion'],
    ['You grant us a perpetual and irrevocable licence to your posts.', 'perpetual'],
    ['You grant us a perpetual and irrevocable licence to your posts.', 'irrevocable'],
    ['You grant us an exclusive licence to your photos.', 'exclusive'],
    ['You grant us a licence to modify and translate your posts.', 'derivative-works'],
    ['You grant us a licence to use your content for any purpose, including promotion.', 'commercial'],
    ['You grant us a licence to use your songs without compensation.', 'royalty-free'],
  ])('%s has %s', (sentence, attr) => {
    expect(attrsOf(sentence, 'content-license')).toContain(attr);
  });

  it.each([
    ['Unless you opt out, we may use your posts to train our AI models.', 'opt-out'],
    ['We may use your prompts to train generative AI models.', 'generative'],
    ['We may use publicly available information to train our machine learning models.', 'public-data'],
    ['Recipients of your data may use it to train their own artificial intelligence models.', 'third-party'],
    ['With your consent, we may use your recordings to train our AI models.', 'opt-in'],
  ])('%s has %s', (sentence, attr) => {
    expect(attrsOf(sentence, 'ai-training')).toContain(attr);
  });

  it('marks continued use as acceptance for the dangerous-combination check', () => {
    expect(attrsOf('If you keep using the service after we change these terms, you accept the changes.', 'unilateral-change')).toContain('continued-use');
  });
});

describe('list items after a labelled lead-in', () => {
  it('carry the lead-in label (and headings stay unlabelled)', () => {
    const text = 'Sharing\n\nWe may disclose your information to others when it is necessary to:\ncomply with a court order;\nprotect our users.\n\nThe weather is nice.';
    const found = analyze(text).findings.filter((f) => f.category === 'third-party-sharing').map((f) => f.text);
    expect(found).toEqual(['We may disclose your information to others when it is necessary to:', 'comply with a court order;', 'protect our users.']);
  });

  it('also across blank lines between items, as pages turned into text have them', () => {
    const text = 'We may disclose your information to others when it is necessary to:\n\ncomply with a court order;\n\nprotect our users.\n\nThe weather is nice today.';
    const found = analyze(text).findings.filter((f) => f.category === 'third-party-sharing').map((f) => f.text);
    expect(found).toEqual(['We may disclose your information to others when it is necessary to:', 'comply with a court order;', 'protect our users.']);
  });
});

describe('options', () => {
  it('filters categories and keeps findings sorted by start', () => {
    const text = 'We may change these terms at any time. We may share your data with advertisers. You waive your moral rights.';
    const all = analyze(text).findings;
    expect(all.map((f) => f.start)).toEqual([...all.map((f) => f.start)].sort((a, b) => a - b));
    const only = analyze(text, { categories: ['rights-waiver'] }).findings;
    expect(only.map((f) => f.category)).toEqual(['rights-waiver']);
  });

  it('is deterministic', () => {
    const text = 'You grant us a worldwide licence to your posts. We may update these terms from time to time.';
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });
});
