// The document read as a whole: lead-ins, sections, defined terms, labels and table headers decide what a
// sentence says. Every document here is written in our own words, modelled on patterns in real terms.
import { describe, expect, it } from 'vitest';
import { analyze, type Block } from '../../../src/core/index';
import { readDocument } from '../../../src/core/document';
import { readDefinedTerms } from '../../../src/core/defined-terms';

/** The categories found for the unit holding `needle`, as a sorted list. */
function labelsOf(text: string, needle: string, blocks?: Block[]): string[] {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks "${needle}"`);
  const { findings } = analyze(text, { blocks });
  return [...new Set(findings.filter((f) => f.start <= at && at < f.end).map((f) => f.category))].sort();
}

describe('sentences a new user tried, in our words', () => {
  it.each([
    ['We may train AI models on your content.', ['ai-training']],
    ['We may train AI models on your content unless you opt out.', ['ai-restriction', 'ai-training']],
    ['Nothing in these Terms prevents us from using your uploads to develop AI features.', ['ai-training']],
    ['Your voice may be used to create synthetic vocals and AI-generated performances.', ['ai-training']],
    ['We may provide your content to our partners so they can build generative tools.', ['ai-training', 'third-party-sharing']],
    ['You may opt out of the use of Your Content for training third-party models.', ['ai-restriction', 'ai-training']],
    ['You may not use bots to copy material from the site to train machine learning systems.', ['ai-restriction']],
  ])('%s', (sentence, expected) => {
    expect(labelsOf(sentence, sentence)).toEqual(expected);
  });

  it('a "nothing prevents us" clause is no promise: the grade is not A and the headline warns', () => {
    const { summary } = analyze('Nothing in these Terms prevents us from using your uploads to develop AI features.');
    expect(summary.grade).not.toBe('A');
    expect(summary.headline).not.toMatch(/promises not to train/i);
  });

  it('a ban on scrapers is explained as a ban on others, and is not counted as a protection of your content', () => {
    const text = 'We may use your posts to train our AI models.\n\nVisitors may not scrape the site to train artificial intelligence systems.';
    const { findings, summary } = analyze(text);
    const ban = findings.find((f) => f.category === 'ai-restriction')!;
    expect(ban.attrs).toContain('ban-on-others');
    expect(ban.explanation).toMatch(/not?\b.*promise|guards the site/i);
    expect(summary.points.join(' ')).not.toMatch(/limits? AI use of your content/);
  });

  it('training by partners is marked as third-party training', () => {
    const { findings } = analyze('We may provide your content to our partners so they can build generative tools.');
    expect(findings.find((f) => f.category === 'ai-training')!.attrs).toEqual(expect.arrayContaining(['third-party', 'generative']));
  });
});

describe('lists under a lead-in', () => {
  const purposes = 'How we use information\n\nWe use the information we collect to:\nprovide and secure the service\ntrain and improve our models\nsend you receipts';
  it('a purpose item is read with its lead-in', () => {
    expect(labelsOf(purposes, 'train and improve our models')).toEqual(['ai-training']);
    expect(labelsOf(purposes, 'send you receipts')).toEqual([]);
  });

  it('under "You may not:" an item that names AI training is a ban, not a permission', () => {
    const text = 'Rules of use\n\nYou may not:\nresell access to the service\nuse the service to build datasets or train AI models';
    expect(labelsOf(text, 'use the service to build datasets')).toEqual(['ai-restriction']);
  });

  it('lists from the page (li blocks) are read the same way as lines of text', () => {
    const text = 'We use what you upload to:\n\nrun the service\n\nfine-tune our generative models';
    const blocks: Block[] = [
      { start: 0, end: 26, kind: 'paragraph' },
      { start: 28, end: 43, kind: 'list-item', list: 1 },
      { start: 45, end: text.length, kind: 'list-item', list: 1 },
    ];
    expect(labelsOf(text, 'fine-tune', blocks)).toEqual(['ai-training']);
    expect(labelsOf(text, 'run the service', blocks)).toEqual([]);
  });

  it('each item is a unit of its own: a heading and its items are never one finding', () => {
    const text = 'Sharing\n\nWe may share your personal data with:\nadvertising partners\npayment processors';
    const { findings } = analyze(text);
    for (const f of findings) expect(f.text.includes('\n')).toBe(false);
    expect(findings.some((f) => f.text === 'Sharing')).toBe(false);
  });

  it('a run-in title of an item labels it and is no finding itself', () => {
    const text = 'We may disclose personal data to these recipients:\nAdvertising partners. We share identifiers with advertising partners to measure our ads.';
    const { findings } = analyze(text);
    expect(findings.some((f) => f.text === 'Advertising partners.')).toBe(false);
    expect(labelsOf(text, 'We share identifiers')).toContain('third-party-sharing');
  });
});

describe('sections say what their sentences are about', () => {
  it('under a model-training heading, "opt out of this use" is about AI training', () => {
    const text = 'Model training\n\nWe may use the songs you upload for this purpose. You can opt out of this use in your settings.';
    expect(labelsOf(text, 'You can opt out')).toContain('ai-restriction');
  });

  it('the same sentence under an unrelated heading is not about AI', () => {
    const text = 'Newsletters\n\nYou can opt out of this use in your settings.';
    expect(labelsOf(text, 'You can opt out')).toEqual([]);
  });

  it('under "Changes to this policy", how they tell you is a change clause', () => {
    const text = 'Changes to this policy\n\nSometimes we will tell you by revising the date at the top of this page.';
    expect(labelsOf(text, 'Sometimes')).toEqual(['unilateral-change']);
  });

  it('headings are never findings, and a setext underline names no section', () => {
    const text = 'Rights you give us\n------------------\n\nYou grant us a worldwide licence to host your photos.';
    const units = readDocument(text);
    expect(units.filter((u) => u.heading).map((u) => text.slice(u.start, u.end))).toEqual(['Rights you give us', '------------------']);
    expect(units.find((u) => !u.heading)!.context.heading).toBe('Rights you give us');
    expect(analyze(text).findings.every((f) => f.text !== 'Rights you give us')).toBe(true);
  });
});

describe('defined terms', () => {
  const text = 'You may send us prompts (we call these "Inputs") and receive replies ("Outputs"). Inputs and Outputs together are "Materials".\n\nWe may use Materials to improve our models, unless you opt out.';
  it('reads the user\'s content terms from their definitions, not the provider\'s', () => {
    expect(readDefinedTerms(text).userContent).toEqual(['Inputs', 'Outputs', 'Materials']);
    expect(readDefinedTerms('Our articles and photos ("Our Materials") belong to us.').userContent).toEqual([]);
  });

  it('a defined term stands for the user\'s content in every later sentence', () => {
    // Using the user's content at all is a licence in the taxonomy's sense; training on it, by default, with an opt-out.
    expect(labelsOf(text, 'We may use Materials')).toEqual(['ai-restriction', 'ai-training', 'content-license']);
  });
});

describe('AI mentions that are not training on your content, and other traps', () => {
  it.each([
    ['We use machine learning to detect fraud and spam on the service.'],
    ['You can use our AI assistant to write captions for your photos.'],
    ['We receive information about you from our advertising partners.'],
    ['You can pay with a card or through the payment provider of your choice.'],
    ['Users can share their own posts with their followers.'],
    ['We will never use your photos to train artificial intelligence without asking you first.'],
  ])('%s', (sentence) => {
    const labels = labelsOf(sentence, sentence);
    expect(labels).not.toContain('ai-training');
    if (!/never use your photos/.test(sentence)) expect(labels).not.toContain('third-party-sharing');
  });

  it('a licence with successors and sublicensees is both a licence and sharing', () => {
    const sentence = 'By posting, you grant us, our successors and assigns a perpetual, sublicensable licence to reproduce your drawings.';
    expect(labelsOf(sentence, sentence)).toEqual(['content-license', 'third-party-sharing']);
  });

  it.each([
    ['When you share a photo, you give us permission to store, copy and show it to others.'],
    ['By submitting a story, you consent to its display and publication on the site.'],
    ['We may use your prompts and outputs to provide and improve the service.'],
  ])('a licence without the word: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('content-license');
  });
});

describe('items that are the exceptions to a lead-in', () => {
  it('under "we will not train ..., except in these cases:" each case allows training', () => {
    const text = 'We will not train our models on your content, except in these cases:\nif you send us feedback about a reply, we may use that conversation\nif your content is reported for abuse review';
    expect(labelsOf(text, 'if you send us feedback')).toContain('ai-training');
    expect(labelsOf(text, 'if you send us feedback')).not.toContain('ai-restriction');
  });
});

describe('who grants what', () => {
  it.each([
    ['By posting, you automatically grant us a licence to host and show your photos.', true],
    ['You grant, and you promise you have the right to grant, us a licence to copy and display your songs.', true],
    ['The right for us to copy and show any story you post lasts forever.', true],
    ['We hereby assign to you all our right, title and interest in the images you generate.', false],
  ])('%s', (sentence, licence) => {
    expect(labelsOf(sentence, sentence).includes('content-license')).toBe(licence);
  });
});

describe('sharing said in other words', () => {
  it.each([
    ['Once your school takes over the account, its administrator will be able to see and access your messages.', true],
    ['We will never sell your recordings without getting your permission first.', true],
    ['By signing up, you agree to our collection, use and disclosure of your personal data as this policy describes.', true],
    ['We tell our advertising partners how many people saved their pins.', true],
    ['Our advertising partners tell us which ads should not be shown to children.', false],
    ['Only you can access your drafts.', false],
  ])('%s', (sentence, sharing) => {
    expect(labelsOf(sentence, sentence).includes('third-party-sharing')).toBe(sharing);
  });
});

describe('sharing read in its document (round 3)', () => {
  it('a list whose items came line by line ends at a blank line: the title after it is a heading, not an item', () => {
    const text = 'Your device settings let you choose:\nwhich apps see your location\nwhether photos upload in the background\n\nWhen and why we pass on information\n\nWe share your information with the delivery companies that bring your orders.';
    expect(labelsOf(text, 'When and why we pass on information')).toEqual([]);
    expect(labelsOf(text, 'We share your information with the delivery')).toEqual(['third-party-sharing']);
  });

  it('a "Label: text" paragraph after a lead-in is one of its items', () => {
    const text = 'We share your information with:\n\nService providers: companies that help us deliver the service.\n\nOur own staff, who answer your questions.';
    expect(labelsOf(text, 'Service providers: companies')).toEqual(['third-party-sharing']);
  });

  it('under a sharing lead-in, items that say who or when carry its label; items that only name a kind of data or service do not', () => {
    const text = 'We may share your personal data in these cases:\nWith our parent company and its subsidiaries.\nTo comply with a court order.\nRespond to lawful requests from public bodies.\nwhen you ask us to, for example to link another app\n\nWe pass your data to these kinds of providers:\nData storage.\nPayment card processing.\nCustomer support tools.';
    for (const item of ['With our parent company', 'To comply with a court order', 'Respond to lawful requests', 'when you ask us to']) expect(labelsOf(text, item)).toEqual(['third-party-sharing']);
    for (const item of ['Data storage.', 'Payment card processing.', 'Customer support tools.']) expect(labelsOf(text, item)).toEqual([]);
    expect(labelsOf(text, 'We pass your data to these kinds')).toEqual(['third-party-sharing']);
  });

  it('a list spaced out by blank lines still goes on after a blank line', () => {
    const text = 'We use what you upload to:\n\nshow it on your page\n\ntrain our machine learning models to tag pictures';
    expect(labelsOf(text, 'train our machine learning models')).toEqual(['ai-training']);
  });

  it('an item that opens a list of its own is the lead-in of its items', () => {
    const text = 'How information moves\n\nHere is how we may share information about you:\nWith your friends. We may show the following to your friends:\nyour display name and picture\nyour recent listening\n\nWe share your card details with the payment provider that processes your order.';
    const units = readDocument(text);
    const item = units.find((u) => text.slice(u.start, u.end).startsWith('your recent listening'))!;
    expect(item.context.leadIn).toBe('Here is how we may share information about you: We may show the following to your friends:');
    expect(labelsOf(text, 'your recent listening')).toEqual([]);
    expect(labelsOf(text, 'We share your card details')).toEqual(['third-party-sharing']);
  });

  it('sharing "with other users" under a sharing lead-in is visibility, so its items carry no sharing label', () => {
    const text = 'We may share information about you in these ways:\nWith other members. We may share the following details with other members:\nyour username and profile photo\nthe playlists you made public';
    expect(labelsOf(text, 'your username and profile photo')).toEqual([]);
    expect(labelsOf(text, 'the playlists you made public')).toEqual([]);
  });

  it('a negation in a later verb phrase does not deny the first ("... and are bound not to ...")', () => {
    const text = 'Service providers\n\nThey will have access to your files while they fix faults for us and are bound not to use them for anything else.';
    expect(labelsOf(text, 'They will have access')).toEqual(['third-party-sharing']);
  });

  it('administrators who can watch a managed account get the user\'s data', () => {
    const s = 'If your school manages your account, its administrators may be able to monitor how you use it.';
    expect(labelsOf(s, s)).toEqual(['third-party-sharing']);
  });

  it('reports that come from the police are no disclosure; reports made to them are', () => {
    expect(labelsOf('We act on reports we receive from law enforcement and from our users.', 'We act')).toEqual([]);
    expect(labelsOf('We may report illegal uploads and the accounts behind them to law enforcement.', 'We may report')).toEqual(['third-party-sharing']);
  });
});

describe('licences in the many ways terms word them (round 3)', () => {
  it.each([
    'You grant us a worldwide, non-exclusive, royalty-free license to use, copy, reproduce, process, adapt, modify, publish, transmit, display and distribute your Content.',
    'By submitting material, you give the Company a perpetual and irrevocable licence to exploit it in any media.',
    'You authorize us to use, reproduce and display your submissions on the service.',
    'You agree that we may use, copy and modify any feedback you send us without paying you.',
    'We may keep copies of your content after you delete it from your account.',
    'Your photos may be used in our promotional campaigns.',
    'You give the Company the right to host, store and share your photos.',
    'You agree that all ideas you submit become our sole property.',
    'You assign to us all rights in any suggestion you make about the service.',
    'The licence continues even if you stop using the service.',
    'Your uploads can be used by us and our affiliates for any purpose.',
    'You allow us to pass these rights on to the companies that work with us.',
    'We are entitled to use your recordings for any purpose without payment to you.',
    'Content you post may be reproduced, adapted and distributed by us in any format.',
    'You permit other members to download, copy and remix the tracks you post publicly.',
    'Each user lets the others reuse the designs they publish here.',
    'We have the right to edit, cut or rearrange anything you post.',
    'You agree that we may exploit your uploads commercially, including by selling them to third parties.',
    'By uploading a video you let us show it anywhere, in any media now known or later invented.',
    'Your submissions may be published on our site and in our newsletters.',
    'You grant us a license to your content solely to operate and improve the service.',
    'Public posts may be quoted by us in articles about the community.',
    'Your articles may be translated into other languages and republished by us.',
    'If you delete a photo, copies may remain in our backups and in the albums of people you shared it with.',
    'You acknowledge that we may retain archived copies of your content.',
    'Each time you post a track, you also license it to every listener for personal streaming.',
  ])('a right over your works: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('content-license');
  });

  it.each([
    'Your photos will be shown only to the people you choose.',
    'Your posts may be seen by anyone who visits your profile.',
    'We will never sell your photos.',
    'Your recordings will not be used for advertising.',
    'You may not copy, sell or publish content from the site.',
    'We may copy our own software onto your device when it updates.',
    'Your files are encrypted and cannot be read by us.',
    'All trademarks on the site are the property of their owners.',
    'The site and its design are our property.',
    'Users can report posts that copy their work.',
    'We may edit these terms from time to time.',
    'Your submissions are stored on servers in Ireland.',
    'You authorize us to charge your card each month.',
    'You let us know when your details change.',
    'Any copies of our app that you download remain our property.',
    'We never pass on details that identify you unless you give us specific permission.',
    'If you install our app, you give us permission to download and install updates to it.',
    'You confirm that you have the power to grant the licence described below.',
  ])('no licence: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).not.toContain('content-license');
  });
});

describe('sharing in the many ways terms word it (round 3)', () => {
  it.each([
    'We share your email address with the delivery companies that bring your orders.',
    'Your name and address are passed to the courier.',
    'We sell aggregated listening statistics to record labels.',
    'We give advertisers information about the people who clicked their ads.',
    'Our analytics provider receives details of the pages you visit.',
    'We may disclose your details to a buyer if the company is sold.',
    'Companies that help us run the service can see your account details.',
    'We use outside companies to send our emails, and they receive your email address for that purpose.',
    'Your messages are stored by our cloud hosting company.',
    'If the police ask, we may hand over your account information.',
    'We let partners place cookies on our pages to learn what you like.',
    'Information about your purchases is sent to the shop you bought from.',
    'We may transfer your personal data to our group companies around the world.',
    'Your profile may be shown to employers who search for candidates.',
    'We license anonymised usage data to research institutes.',
    'Your data may be accessed by our support contractors.',
    'You can opt out of the sale of your personal information at any time.',
    'We may report to an advertiser how many people clicked its ad.',
    'We help advertisers understand how many people saw their campaigns.',
    'Once your team takes over the account, its administrator will be able to manage it, including being able to access your files.',
    'We may refer offenders and their uploads to law-enforcement agencies.',
    'We license reader comments to research groups and publishers.',
    'We will not give your phone number to sellers without your consent.',
    'Your manager can see how you use the tools your company pays for.',
    'We and our partners may use your location to show nearby offers.',
    'If another company buys us, it will be able to keep using your data as this policy says.',
    'We may make public data available to researchers who study online safety.',
    'Your information may be transferred to, and processed in, countries other than the one you live in.',
    'Your posts may be syndicated to partner websites.',
    'If you are part of a team plan, the team owner can view your activity.',
    'We use a well-known web analytics service, which collects information about how you use the site.',
    'Except as described in this policy, we do not share your information with third parties.',
    'Without your consent, we will not disclose your messages to anyone outside the company.',
    "You consent to the company's collection, storage and sharing of your usage data for any purpose.",
  ])('your data reaches others: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('third-party-sharing');
  });

  it.each([
    'We never pass your name or address to the courier.',
    'Partners send information about your purchases to us.',
    'You can send your profile to employers from the jobs page.',
    'Your posts are shown to the people who follow you.',
    'If your account was paid for by your employer, it may be managed by them.',
    'Your account may have been accessed by unauthorised third parties if your password leaked.',
    'We receive reports about abuse from the police and from our users.',
    'If your child has sent us personal information without your consent, please tell us.',
    'We may email you to share information about our new features and offers.',
    'You have many choices about the collection, use and sharing of your data.',
    'If you turn it on, we share your live location with your chosen friends for an hour.',
    'We may keep your files longer if we receive legal process asking us to preserve them.',
    'Your public profile can be found through search engines.',
    'We use cookies and advertising identifiers to collect information about your device.',
    'Someone who copies your drawing needs a licence, unless the other site receives permission from you.',
    'We will not share your personal information with advertisers.',
    'We never sell your data, and we never will.',
    "We don't license your photos to anyone.",
    'A seller may be liable for the transfer of personal data to other companies outside the country.',
  ])('no sharing: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).not.toContain('third-party-sharing');
  });
});

describe('defined terms in more shapes (round 3)', () => {
  it('a term defined in the singular is read in the plural too', () => {
    const text = 'The songs and artwork you upload (each a "Contribution") remain yours.\n\nWe may use Contributions to train our machine learning models.';
    expect(readDefinedTerms(text).userContent).toContain('Contribution');
    expect(labelsOf(text, 'We may use Contributions')).toContain('ai-training');
  });

  it('"X are "Input" ... together they are "Materials"" defines the user\'s terms', () => {
    const text = 'The prompts you enter are "Input", and what the service returns is "Output"; together they are "Materials".\n\nWe may train our models on Materials unless you opt out.';
    expect(readDefinedTerms(text).userContent).toEqual(expect.arrayContaining(['Input', 'Output', 'Materials']));
    expect(labelsOf(text, 'We may train our models on Materials')).toEqual(['ai-restriction', 'ai-training']);
  });

  it('a quoted name that is no content noun is not a content term', () => {
    const text = 'The button that starts an upload is "Share now". Its colour is "Ocean".';
    expect(readDefinedTerms(text).userContent).toEqual([]);
  });
});

describe('AI training in the many ways terms word it (round 3)', () => {
  it.each([
    'We use the photos you upload to teach our image recognition systems.',
    'Your recordings help us build better speech models.',
    'Content you share may be included in datasets used to develop artificial intelligence.',
    'We may license your posts to companies that develop AI products.',
    'Our machine learning models learn from the conversations you have with the assistant.',
    'Your writing may be used to improve our generative features.',
    'We use public posts to train and evaluate large language models.',
    'Uploaded tracks may be analysed to develop music generation technology.',
    'We may use your inputs to fine-tune our models unless you turn this off in settings.',
    'Data you provide may be used for research and for developing machine learning models.',
    'Your artwork could be fed into our image generator to improve its output.',
    'By uploading, you allow us to use your content to develop new AI technologies.',
    'We analyse samples of saved user audio to help improve our speech recognition technology.',
  ])('training on your content: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('ai-training');
  });

  it.each([
    'We use speech recognition so you can dictate messages.',
    'Our image generator lets you create pictures from a short description.',
    'You can learn from other creators in our forums.',
    'We feed your orders to our warehouse system.',
    'Our recommendation system suggests songs based on what you play.',
    'We teach free classes on music production.',
    'Members learn from each other by sharing their tracks.',
    'We use machine learning to detect fraud in payments.',
    'You can use our AI assistant to summarise your notes.',
  ])('no training: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).not.toContain('ai-training');
  });

  it.each([
    'We do not use your recordings to build speech models.',
    'Your drafts are never fed into our text generator.',
  ])('a promise not to train: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toEqual(['ai-restriction']);
  });
});

describe('limits on AI use in more words (round 3)', () => {
  it.each([
    ['Your content is excluded from model training by default.', 'no-training-promise'],
    ['We never sell or license your music to AI companies.', 'no-training-promise'],
    ['We may use your posts to improve the service, excluding model training.', 'no-training-promise'],
    ['You control whether your recordings help improve our models.', 'opt-out'],
  ])('%s', (sentence, kind) => {
    const { findings } = analyze(sentence);
    expect(findings.find((f) => f.category === 'ai-restriction')?.attrs).toContain(kind);
  });

  it('licensing content to AI companies is AI training', () => {
    expect(labelsOf('We may license your music to AI companies.', 'We may')).toContain('ai-training');
  });
});

describe('waivers in more words (round 3)', () => {
  it.each([
    'You waive any right to be credited when we use your photos.',
    'You agree not to assert any moral rights against us or our licensees.',
    'We may use your name and profile photo in ads for the service.',
    'Your username and likeness may appear next to promotions for brands you follow.',
    'You give us permission to use your voice and image in our marketing.',
    'We may feature your story and your name in press releases about the service.',
    'You consent to the use of your name in connection with any content you submit.',
    'To the extent moral rights cannot be waived, you agree not to enforce them.',
    'We may publish your work without naming you as its author.',
    'You agree that we may edit your work in ways you might not approve of.',
  ])('a waiver: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('rights-waiver');
  });

  it.each([
    'You keep the right to be named as the author of your work.',
    'We will never use your name in ads without asking you.',
    'You may not use our logo without permission.',
  ])('no waiver: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).not.toContain('rights-waiver');
  });
});

describe('AI training in privacy-policy shapes (round 3)', () => {
  const policy = [
    'How we use your information',
    '',
    'We use the information we collect to:',
    'provide and maintain the service',
    'develop and train our artificial intelligence models',
    'send you updates',
    '',
    'Research and development: we use data to develop new products, including AI features.',
    '',
    'We may use de-identified data to train our models.',
    '',
    'We use your voice recordings to improve speech recognition.',
    '',
    'Content you submit may be used to build and improve machine-learned features.',
    '',
    'We may use your images to create training datasets.',
    '',
    'We use your feedback and the conversations it relates to for model improvement.',
  ].join('\n');

  it.each([
    'develop and train our artificial intelligence models',
    'Research and development:',
    'We may use de-identified data',
    'We use your voice recordings',
    'Content you submit may be used',
    'We may use your images',
    'We use your feedback',
  ])('trains on your content: %s', (needle) => {
    expect(labelsOf(policy, needle)).toContain('ai-training');
  });

  it('list items on lines of their own are not mistaken for a hard-wrapped paragraph', () => {
    expect(labelsOf(policy, 'provide and maintain the service')).toEqual([]);
    expect(labelsOf(policy, 'send you updates')).toEqual([]);
  });

  it.each([
    'Our staff receive regular training on how to protect your data.',
    'We use aggregated data to understand how the service is used.',
    'You can use our speech recognition to dictate messages to friends.',
    'We share de-identified data with researchers who study public health.',
  ])('no AI training: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).not.toContain('ai-training');
  });
});

describe('numbered titles in sentence case (round 3)', () => {
  const terms = '1. Your Content\n\n1.2 Licence to us. You grant us a non-exclusive licence to host and show your uploads.\n\n1.3 AI features. We may use your uploads to train the machine learning models behind our recommendations. You can opt out in Settings.\n\n1.4 You keep your rights.';
  it('a numbered title in sentence case opens its section, so "you can opt out" under it is about AI', () => {
    expect(readDocument(terms).find((u) => terms.slice(u.start, u.end) === '1.3 AI features.')?.heading).toBe(true);
    expect(labelsOf(terms, 'You can opt out in Settings')).toContain('ai-restriction');
  });
  it('a short numbered statement is still a sentence', () => {
    expect(readDocument(terms).find((u) => terms.slice(u.start, u.end) === '1.4 You keep your rights.')?.heading).toBe(false);
  });
});

describe('a privacy notice with bulleted sections (round 3)', () => {
  const notice = 'Privacy Notice\n\nWhat information we collect\n\n- Account details, such as your name and email address.\n- Content you create, such as playlists, comments and recordings.\n\nHow we use your information\n\nWe process your personal information for the following purposes:\n\n- Providing the service: to create your account and deliver your uploads.\n- Improving our products: to analyse usage trends and to train the models behind our search and recommendations.\n- Marketing: to send you offers, where you have agreed.\n\nWho we share it with\n\n- Service providers: hosting, payment and email companies that act on our instructions.\n- Other users: your public profile and public playlists are visible to everyone.\n- Authorities: when the law requires us to.\n\nYour choices\n\nYou can ask us to stop using your recordings for model training at any time by contacting privacy@example.com.';
  it('a title after a bulleted list is a heading, not one more item', () => {
    expect(readDocument(notice).find((u) => notice.slice(u.start, u.end) === 'Who we share it with')?.heading).toBe(true);
    expect(labelsOf(notice, 'Who we share it with')).toEqual([]);
  });
  it('under "Who we share it with", a recipient named as an item\'s label gets the data; other users do not', () => {
    expect(labelsOf(notice, '- Service providers:')).toEqual(['third-party-sharing']);
    expect(labelsOf(notice, '- Authorities:')).toEqual(['third-party-sharing']);
    expect(labelsOf(notice, '- Other users:')).toEqual([]);
  });
  it('a purpose item that trains models is AI training, and asking them to stop is an opt-out', () => {
    expect(labelsOf(notice, '- Improving our products:')).toEqual(['ai-training']);
    expect(labelsOf(notice, 'You can ask us to stop')).toEqual(['ai-restriction', 'ai-training']);
  });
});

describe('traps: negation, opt-outs, consent and contrast (round 3)', () => {
  it.each([
    ['We do not and will not use your content to train generative AI models.', ['ai-restriction']],
    ["We won't train AI on your private messages, but public posts may be used to improve our models.", ['ai-restriction', 'ai-training', 'content-license']],
    ['Unless you opt out, we may use your data to train our AI.', ['ai-restriction', 'ai-training']],
    ['If you opt in, we will use your recordings to develop voice models.', ['ai-restriction', 'ai-training']],
    ['Without your consent, we will never use your photos for machine learning.', ['ai-restriction']],
    ['You can opt out of personalised ads in your settings.', []],
    ['We use AI to help you write better captions.', []],
    ['Our AI features are trained on licensed data only, not on what you upload.', ['ai-restriction']],
    ['You retain all rights to your content, and we do not claim any licence to it.', []],
    ['We never sell your personal information.', []],
  ])('%s', (sentence, expected) => {
    expect(labelsOf(sentence, sentence)).toEqual(expected);
  });
});

describe('more ways terms put sharing and licences (round 3, last probe)', () => {
  it.each([
    'We may provide your contact details to event organisers when you register for an event.',
    'We disclose personal information to our professional advisers, such as lawyers and auditors.',
    'You agree that we can make your public content available to other services through our API.',
    'If we are involved in a bankruptcy, your information may be sold as part of that transaction.',
  ])('sharing: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('third-party-sharing');
  });

  it.each([
    'By submitting content, you grant us the right to use it in connection with our business.',
    'We may use your stories and photos in our marketing materials, on social media and in print.',
    'You hereby license to us the right to make copies of your recordings for backup and archival purposes.',
    'We retain a perpetual right to keep and use any content already shared with other users.',
  ])('licence: %s', (sentence) => {
    expect(labelsOf(sentence, sentence)).toContain('content-license');
  });
});

describe('lists within lists, told apart by how they are numbered (round 4)', () => {
  // One sentence per paragraph, as exported terms and the corpora are: the numbering is all there is.
  const terms = [
    'We will not be liable to you for:',
    '(a) any indirect or consequential damages;',
    '(b) any loss arising from or relating to:',
    '(i) outages of our hosting providers;',
    '(ii) your failure to keep a copy of your files;',
    '(c) any loss of profits or revenue.',
    'You can contact us at any time.',
  ].join('\n\n');
  const unit = (start: string) => {
    const u = readDocument(terms).find((x) => terms.slice(x.start).startsWith(start));
    if (!u) throw new Error(`no unit starts with ${start}`);
    return u;
  };

  it('an item that opens a list of its own stays an item of its list', () => {
    expect(unit('(b) any loss').context.leadIn).toBe('We will not be liable to you for:');
  });

  it('an inner item reads both lead-ins, the outer one first', () => {
    expect(unit('(i) outages').context.leadIn).toBe('We will not be liable to you for: (b) any loss arising from or relating to:');
    expect(unit('(ii) your failure').context.leadIn).toContain('(b) any loss');
  });

  it('an item numbered like the outer list goes back to it; the next paragraph ends both', () => {
    expect(unit('(c) any loss of profits').context.leadIn).toBe('We will not be liable to you for:');
    expect(unit('You can contact').context.leadIn).toBe('');
  });

  it('inner items and the outer items after them carry the lead-in\'s label', () => {
    for (const item of ['(a) any indirect', '(b) any loss', '(i) outages', '(ii) your failure', '(c) any loss of profits']) expect(labelsOf(terms, item)).toEqual(['limitation-of-liability']);
    expect(labelsOf(terms, 'You can contact')).toEqual([]);
  });

  it('"(i)" right after "(h)" is the next letter, not a new roman list', () => {
    const letters = ['You must not:', '(g) copy the app;', '(h) resell the app;', '(i) remove our notices.'].join('\n\n');
    const last = readDocument(letters).find((x) => letters.slice(x.start).startsWith('(i) remove'))!;
    expect(last.context.leadIn).toBe('You must not:');
  });

  it('a list numbered like the item that opens it is nested until its numbers run on from the outer list', () => {
    const steps = ['To close your account:', '1. open settings;', '2. choose one of the following:', '1. close now;', '2. close later;', '3. confirm by email.'].join('\n\n');
    const at = (start: string) => readDocument(steps).find((x) => steps.slice(x.start).startsWith(start))!.context.leadIn;
    expect(at('1. close now')).toBe('To close your account: 2. choose one of the following:');
    expect(at('2. close later')).toBe('To close your account: 2. choose one of the following:');
  });
});

describe('each category in more shapes, and traps that share the words (round 4)', () => {
  /** [category, sentence, fires?] */
  const CASES: Array<[string, string, boolean]> = [
    ['third-party-sharing', 'Information about you may be made available to our corporate family of companies.', true],
    ['third-party-sharing', 'Your data may be exchanged with credit reference agencies to verify your identity.', true],
    ['third-party-sharing', 'Your data is processed by subcontractors acting on our instructions.', true],
    ['third-party-sharing', 'If you connect a third-party app, we will give that app access to your profile.', true],
    ['third-party-sharing', 'Your team admin can give other members access to your files.', false],
    ['third-party-sharing', 'We give you access to your data at any time through your settings.', false],
    ['third-party-sharing', 'We will never give advertisers access to your messages.', false],
    ['third-party-sharing', 'You can exchange messages with other members of your group.', false],
    ['content-license', 'Acme obtains a perpetual, irrevocable right to exploit user submissions commercially.', true],
    ['content-license', 'We acquire the right to publish members content in our newsletter.', true],
    ['content-license', 'Acme receives no rights in your content.', false],
    ['content-license', 'We obtain your consent before we publish user submissions.', false],
    ['ai-training', 'Your recordings help our speech recognition get better over time.', true],
    ['ai-training', 'Your voice data may be used to create synthetic voices.', true],
    ['ai-training', 'Our AI helps you write better captions.', false],
    ['ai-training', 'Tips in this guide help our image recognition users get better results.', false],
    ['rights-waiver', 'You agree that we are not required to attribute your content to you.', true],
    ['rights-waiver', 'We have no obligation to credit you as the author of your designs.', true],
    ['rights-waiver', 'Your username and picture may appear next to ads you have liked.', true],
    ['rights-waiver', 'You are not required to credit us when you share a screenshot.', false],
    ['rights-waiver', 'We have no obligation to identify the source of third-party ads.', false],
    ['rights-waiver', 'We may use your personal information, such as your work history, to recommend jobs to you.', false],
  ];
  it.each(CASES)('%s: %s -> %s', (category, sentence, fires) => {
    expect(labelsOf(sentence, sentence).includes(category)).toBe(fires);
  });

  it('a denied improvement is a promise, not training', () => {
    const sentence = 'Your recordings never help our speech recognition get better.';
    expect(labelsOf(sentence, sentence)).toEqual(['ai-restriction']);
  });
});
