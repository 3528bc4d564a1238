// "How to opt out" from the text: settings paths, addresses, opt-out sentences and sections next to the
// clause, never an unrelated link or address, and the plain "no way out" case. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyze, findRoutes, isOptOutSentence, isRouteLink, noWayOut, routesFor, routeTargets, type Block, type Finding } from '../../../src/core/index';

const TRAIN = 'We may use the content you upload to train and improve our machine learning models.';

/** Findings from the real classifier, so the routes are tested on what the extension really sees. */
function routesOf(text: string, blocks?: Block[]) {
  const { findings } = analyze(text, { blocks });
  return { findings, routes: findRoutes(text, findings, blocks) };
}
const shown = (text: string, blocks?: Block[]) => routesOf(text, blocks).routes.map((r) => `${r.kind}: ${r.text}${r.href ? ` <${r.href}>` : ''}`);

describe('findRoutes: the way out near an AI-training clause', () => {
  it.each([
    ['a settings path with arrows', `${TRAIN} You can opt out in Settings > Privacy > Model training.`, ['settings: Settings > Privacy > Model training']],
    ['a path with other arrow marks, trailing words trimmed', `${TRAIN} To opt out, go to Account › Data controls → AI training and switch it off.`, ['settings: Account > Data controls > AI training']],
    ['"under Settings, Data controls"', `${TRAIN} To stop this, look under Settings, Data controls, and turn it off.`, ['settings: Settings > Data controls']],
    ['"in Settings, under Privacy", after a clause number glued to its first word', `${TRAIN}\n\n5.3You can switch this off at any time in Settings, under Privacy.`, ['settings: Settings > Privacy']],
    ['a named toggle in the settings', `${TRAIN} Switch off the "Allow model training" toggle in your Privacy Settings to opt out.`, ['settings: Privacy Settings > Allow model training']],
    ['an address to object to', `${TRAIN} You may object to this use by writing to optout@tunewave.example.`, ['email: optout@tunewave.example <mailto:optout@tunewave.example>']],
    ['a web address written out', `${TRAIN} You can opt out at https://tunewave.example/account/ai-choices.`, ['link: https://tunewave.example/account/ai-choices <https://tunewave.example/account/ai-choices>']],
  ])('%s', (_name, text, expected) => {
    const routes = shown(text);
    for (const e of expected) expect(routes).toContain(e);
    // The sentence that says how is kept beside the concrete route.
    expect(routes.some((r) => r.startsWith('sentence: '))).toBe(true);
  });

  it('reads the paragraph before the clause and the next few sentences, not the next section', () => {
    const text = [
      'Machine learning',
      '',
      `If you would rather not take part, you can opt out by e-mailing privacy@tunewave.example. ${TRAIN}`,
      '',
      'Billing',
      '',
      'You can opt out of paper invoices in Settings > Billing > Invoices.',
    ].join('\n');
    const routes = shown(text);
    expect(routes).toContain('email: privacy@tunewave.example <mailto:privacy@tunewave.example>');
    expect(routes.join('\n')).not.toContain('Invoices');
  });

  it('finds the nearest section that explains how, from the page blocks or from title-like lines', () => {
    const text = [
      'Your content',
      '',
      `${TRAIN}`,
      '',
      'Payments',
      '',
      'You pay each month.',
      '',
      'Your choices about cookies',
      '',
      'You can opt out of advertising cookies in your browser.',
      '',
      'Your AI choices',
      '',
      'You can opt out of model training by unchecking the box on your profile page.',
    ].join('\n');
    // The cookie section is nearer but says nothing about AI: the AI section is the way out (and its sentence,
    // which the reader now finds as an opt-out clause of its own, is offered with it).
    expect(shown(text)).toContain('section: Your AI choices');
    expect(shown(text).join(' ')).not.toMatch(/cookie/i);
    const heading = text.indexOf('Your AI choices');
    const blocks: Block[] = [{ start: heading, end: heading + 'Your AI choices'.length, kind: 'heading', level: 2 }];
    expect(shown(text, blocks)).toContain('section: Your AI choices');
    expect(shown(text, blocks).join(' ')).not.toMatch(/cookie/i);
  });

  it('serves a protection the user must act on, and not a plain promise', () => {
    const act = 'You can switch on the NoAI tag on each upload to tell us not to use it for training our models.';
    const promise = 'We will not use your private drafts to train generative AI models without your explicit consent.';
    const { findings, routes } = routesOf(`${act}\n\n${promise}`);
    expect(findings.map((f) => f.category)).toEqual(['ai-restriction', 'ai-restriction']);
    expect(routeTargets(findings)).toEqual([0]);
    expect(routes.map((r) => [r.kind, r.findings])).toEqual([['sentence', [0]]]);
    expect(routesFor(routes, 1)).toEqual([]);
  });

  it('asks nothing of the user when the protection is the default ("unless you consent")', () => {
    const text = 'Unless you give your consent, we add a noai tag to the pages that show your uploads so that AI crawlers stay away.';
    const { findings, routes } = routesOf(text);
    expect(findings.map((f) => f.category)).toEqual(['ai-restriction']);
    expect(routeTargets(findings)).toEqual([]);
    expect(routes).toEqual([]);
  });

  it('merges one way out shared by two clauses', () => {
    const text = `${TRAIN} We may also use your comments to train our AI models. You can opt out in Settings > Privacy > AI.`;
    const { findings, routes } = routesOf(text);
    expect(findings.filter((f) => f.category === 'ai-training')).toHaveLength(2);
    const settings = routes.filter((r) => r.kind === 'settings');
    expect(settings).toHaveLength(1);
    expect(settings[0]!.findings).toEqual([0, 1]);
    expect(text.slice(settings[0]!.start, settings[0]!.end)).toContain('Settings > Privacy > AI');
  });
});

describe('findRoutes: nothing that is not a way out', () => {
  it.each([
    ['an unrelated address in the same paragraph', `${TRAIN} For billing questions, write to billing@tunewave.example.`],
    ['an unrelated web address', `${TRAIN} Please read our guidelines at https://tunewave.example/community before posting.`],
    ['a way out of newsletters in the same paragraph', `${TRAIN} You can opt out of marketing newsletters by writing to privacy@tunewave.example or in Settings > Notifications.`],
    ['a settings path about something else', `${TRAIN} You can change your display name in Settings > Profile > Name.`],
    ['a sentence that closes the way out', `${TRAIN} You cannot opt out of this use.`],
    ['"no option to object"', `${TRAIN} There is no option to object to this processing.`],
  ])('%s', (_name, text) => {
    const { findings, routes } = routesOf(text);
    expect(findings.some((f) => f.category === 'ai-training')).toBe(true);
    expect(routes).toEqual([]);
    expect(noWayOut(findings, routes)).toBe(true);
  });

  it('says nothing about a way out when nothing trains AI', () => {
    const { findings, routes } = routesOf('You grant us a worldwide licence to host your uploads. Write to privacy@tunewave.example to object.');
    expect(routes).toEqual([]);
    expect(noWayOut(findings, routes)).toBe(false);
  });

  it('does not say "no way out" once a link from the page serves the training clause', () => {
    const findings = [{ category: 'ai-training' } as Finding];
    expect(noWayOut(findings, [])).toBe(true);
    expect(noWayOut(findings, [{ kind: 'link', text: 'opt out here', href: 'https://x.example/optout', start: 0, end: 1, findings: [0] }])).toBe(false);
  });
});

describe('route words', () => {
  it.each([
    ['opt-out link text', 'Opt out of AI training', 'https://x.example/a', 'Read more.', true],
    ['settings link text', 'privacy settings', 'https://x.example/a', 'Read more.', true],
    ['"here" in an opt-out sentence', 'here', 'https://x.example/a', 'To opt out, click here.', true],
    ['an opt-out address path', 'this page', 'https://x.example/legal/opt-out', 'See this page.', true],
    ['a privacy mailbox', 'privacy@x.example', 'mailto:privacy@x.example', 'Questions?', true],
    ['guidelines', 'Community Guidelines', 'https://x.example/guidelines', 'We may use your posts to train our models, subject to our Community Guidelines.', false],
    ['cookie settings', 'Cookie settings', 'https://x.example/cookies', 'Read more.', false],
    ['unsubscribe from newsletters', 'here', 'https://x.example/unsubscribe', 'To unsubscribe from our newsletters, click here.', false],
    ['the privacy policy', 'Privacy Policy', 'https://x.example/privacy', 'We train models as described in our Privacy Policy.', false],
    ['a host named settings', 'home', 'https://settings.example/', 'Welcome.', false],
    ['a javascript: address', 'Opt out', 'javascript:alert(1)', 'To opt out, click here.', false],
    ['an ftp address', 'Opt out', 'ftp://x.example/optout', 'To opt out, click here.', false],
  ])('%s', (_name, text, href, sentence, expected) => {
    expect(isRouteLink(text, href, sentence)).toBe(expected);
  });

  it.each([
    ['You can opt out at any time.', true],
    ['To object, write to us.', true],
    ['We train models unless you opt out.', true],
    ['You cannot opt out of this.', false],
    ['We may object to your content.', false],
    ['You can change your password.', false],
  ])('%s', (sentence, expected) => {
    expect(isOptOutSentence(sentence)).toBe(expected);
  });
});
