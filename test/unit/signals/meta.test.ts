import { describe, expect, it } from 'vitest';
import { pageRefusesAi, parseTdmRep, parseUsagePrefs, readPageSignals, tdmRuleFor } from '../../../src/core/index';

describe('parseUsagePrefs', () => {
  it.each([
    ['train-ai=n', { 'train-ai': 'n' }],
    ['train-ai=n, search=y', { 'train-ai': 'n', search: 'y' }],
    ['TRAIN-GENAI = N;q=1', { 'train-genai': 'n' }],
    ['train-ai=maybe, colour=n, bots=y', { bots: 'y' }],
    ['train-ai=y, train-ai=n', { 'train-ai': 'n' }],
    ['', {}],
    ['garbage', {}],
  ])('%j', (value, expected) => {
    expect(parseUsagePrefs(value)).toEqual(expected);
  });
});

describe('readPageSignals', () => {
  it('reads noai, noimageai, per-bot tags and TDMRep from meta tags', () => {
    const signals = readPageSignals([
      { name: 'robots', content: 'index, NoAI, noimageai' },
      { name: 'CCBot', content: 'nofollow' },
      { name: 'gptbot', content: 'noindex' },
      { name: 'tdm-reservation', content: '1' },
      { name: 'tdm-policy', content: 'https://tunes.example/tdm-policy.json' },
      { name: 'description', content: 'noai' },
    ]);
    expect(signals).toEqual({
      noai: true,
      noimageai: true,
      perBot: [
        { bot: 'CCBot', operator: 'Common Crawl', directives: ['nofollow'] },
        { bot: 'GPTBot', operator: 'OpenAI', directives: ['noindex'] },
      ],
      tdmReservation: true,
      tdmPolicy: 'https://tunes.example/tdm-policy.json',
    });
    expect(pageRefusesAi(signals)).toBe(true);
  });

  it('reads headers: X-Robots-Tag for all and for one bot, Content-Usage, tdm-reservation', () => {
    const signals = readPageSignals([], {
      'x-robots-tag': 'noimageai\nGPTBot: noai',
      'content-usage': 'train-ai=n',
      'tdm-reservation': '0',
    });
    expect(signals.noimageai).toBe(true);
    expect(signals.noai).toBe(false);
    expect(signals.perBot).toEqual([{ bot: 'GPTBot', operator: 'OpenAI', directives: ['noai'] }]);
    expect(signals.usage).toEqual({ 'train-ai': 'n' });
    expect(signals.tdmReservation).toBe(false);
  });

  it.each([
    ['no tags', [], false],
    ['ordinary robots', [{ name: 'robots', content: 'index, follow' }], false],
    ['a per-bot nofollow only', [{ name: 'CCBot', content: 'nofollow' }], false],
    ['tdm-reservation 0', [{ name: 'tdm-reservation', content: '0' }], false],
    ['noai', [{ name: 'robots', content: 'noai' }], true],
  ])('pageRefusesAi: %s', (_, tags, expected) => {
    expect(pageRefusesAi(readPageSignals(tags))).toBe(expected);
  });
});

describe('TDMRep', () => {
  const rules = parseTdmRep(
    JSON.stringify([
      { location: '/music/*', 'tdm-reservation': 1, 'tdm-policy': 'https://tunes.example/policy.json' },
      { location: '/blog/*', 'tdm-reservation': 0 },
      { location: '*', 'tdm-reservation': '1' },
      { location: 7, 'tdm-reservation': 1 },
      'junk',
    ]),
  );

  it('keeps well-formed rules and applies the first matching location', () => {
    expect(rules).toHaveLength(3);
    expect(tdmRuleFor(rules, '/music/song')).toMatchObject({ reservation: true, policy: 'https://tunes.example/policy.json' });
    expect(tdmRuleFor(rules, '/blog/post')?.reservation).toBe(false);
    expect(tdmRuleFor(rules, '/terms')?.reservation).toBe(true);
  });

  it.each(['', 'not json', '{"location": "/"}', 'null', '[1,2,3]'])('gives no rules for %j', (text) => {
    expect(parseTdmRep(text)).toEqual([]);
  });
});
