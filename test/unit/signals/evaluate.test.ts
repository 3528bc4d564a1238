import { describe, expect, it } from 'vitest';
import { AI_BOTS, checkSite, readPageSignals, siteSignals, blockedTrainingBots } from '../../../src/core/index';

const TRAINS = [{ category: 'ai-training' as const, attrs: [] }];
const PROMISES = [{ category: 'ai-restriction' as const, attrs: [] }];
const missing = { status: 'missing' as const };

describe('the bot list', () => {
  it('names each bot once, with who runs it', () => {
    const tokens = AI_BOTS.map((b) => b.token.toLowerCase());
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const name of ['gptbot', 'ccbot', 'claudebot', 'google-extended', 'applebot-extended', 'bytespider', 'meta-externalagent', 'imagesiftbot']) {
      expect(tokens).toContain(name);
    }
    expect(AI_BOTS.every((b) => b.operator.length > 0)).toBe(true);
  });
});

describe('checkSite', () => {
  it('decides per AI bot for "/" and for the page', () => {
    const checked = checkSite({
      path: '/legal/terms',
      robots: { status: 'ok', text: 'User-agent: GPTBot\nDisallow: /legal/\n\nUser-agent: CCBot\nDisallow: /\n\nUser-agent: *\nAllow: /' },
      tdmrep: missing,
    });
    const gpt = checked.bots.find((b) => b.token === 'GPTBot')!;
    expect(gpt).toMatchObject({ matchedBy: 'own', root: true, page: false, operator: 'OpenAI' });
    expect(checked.bots.find((b) => b.token === 'CCBot')).toMatchObject({ root: false, page: false });
    expect(checked.bots.find((b) => b.token === 'ClaudeBot')).toMatchObject({ matchedBy: '*', root: true, page: true });
    expect(blockedTrainingBots(checked).map((b) => b.token)).toEqual(['GPTBot', 'CCBot']);
  });

  it('treats a missing robots.txt as allowing everything', () => {
    const checked = checkSite({ path: '/terms', robots: missing, tdmrep: missing });
    expect(checked.bots.every((b) => b.root && b.page && b.matchedBy === 'none')).toBe(true);
  });
});

describe('contradictions', () => {
  it('flags terms that train while the page says noai', () => {
    const result = siteSignals(readPageSignals([{ name: 'robots', content: 'noai' }]), TRAINS);
    expect(result.contradictions).toEqual([
      'The terms let the platform train AI on your uploads, while the site tells AI crawlers not to train on its pages.',
    ]);
  });

  it('flags terms that train while robots.txt blocks AI crawlers', () => {
    const checked = checkSite({ path: '/terms', robots: { status: 'ok', text: 'User-agent: GPTBot\nDisallow: /' }, tdmrep: missing });
    expect(siteSignals(readPageSignals([]), TRAINS, checked).contradictions).toHaveLength(1);
  });

  it('flags terms that promise limits while the site welcomes every AI crawler', () => {
    const checked = checkSite({ path: '/terms', robots: { status: 'ok', text: 'User-agent: *\nAllow: /' }, tdmrep: missing });
    expect(siteSignals(readPageSignals([]), PROMISES, checked).contradictions[0]).toMatch(/^The terms promise limits on AI use/);
  });

  it.each([
    ['training terms, no signals', TRAINS, []],
    ['no AI clauses, noai page', [], [{ name: 'robots', content: 'noai' }]],
    ['promises, page says noai', PROMISES, [{ name: 'robots', content: 'noai' }]],
  ])('stays quiet for %s', (_, findings, tags) => {
    expect(siteSignals(readPageSignals(tags), findings).contradictions).toEqual([]);
  });

  it('uses a TDMRep reservation from tdmrep.json', () => {
    const checked = checkSite({ path: '/terms', robots: missing, tdmrep: { status: 'ok', text: '[{"location":"*","tdm-reservation":1}]' } });
    expect(siteSignals(readPageSignals([]), TRAINS, checked).refusesAi).toBe(true);
  });
});
