import { describe, expect, it } from 'vitest';
import { isAllowed, matchesPattern, parseRobots, usageFor, MAX_ROBOTS_CHARS } from '../../../src/core/index';

describe('matchesPattern (RFC 9309 wildcards)', () => {
  it.each([
    ['/', '/anything', true],
    ['/fish', '/fish.html', true],
    ['/fish', '/Fish', false],
    ['/fish/', '/fish', false],
    ['/*.php', '/folder/index.php', true],
    ['/*.php', '/index.php5', true],
    ['/*.php$', '/index.php5', false],
    ['/*.php$', '/folder/index.php', true],
    ['/fish*.php', '/fishheads/catfish.php?x=1', true],
    ['/a*b*c$', '/a-x-b-y-c', true],
    ['/a*b*c$', '/a-x-c-y-b', false],
    ['/exact$', '/exact', true],
    ['/exact$', '/exact/', false],
    ['*/private', '/users/private', true],
    ['/**', '/', true],
  ])('%s vs %s -> %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe('parseRobots and isAllowed', () => {
  const robots = parseRobots(
    [
      '\uFEFF# Our crawler rules',
      'User-agent: GPTBot',
      'user-agent: CCBot   # common crawl',
      'Disallow: /',
      '',
      'USER-AGENT: ClaudeBot',
      'Disallow: /music/',
      'Allow: /music/public/',
      '',
      'User-agent: *',
      'Disallow: /private',
      'Allow: /private/ok$',
      'this line is garbage',
      'Crawl-delay: 10',
      'Sitemap: https://tunes.example/sitemap.xml',
      'User-agent: Google-Extended',
      'Disallow: /*.mp3$',
    ].join('\r\n'),
  );

  it('groups consecutive user-agent lines and starts a new group after rules', () => {
    expect(robots.groups.map((g) => g.agents)).toEqual([['gptbot', 'ccbot'], ['claudebot'], ['*'], ['google-extended']]);
    expect(robots.sitemaps).toEqual(['https://tunes.example/sitemap.xml']);
    expect(robots.ignoredLines).toBe(1);
  });

  it.each([
    ['GPTBot', '/', false],
    ['gptbot', '/terms', false],
    ['CCBot', '/anything', false],
    ['ClaudeBot', '/music/track', false],
    ['ClaudeBot', '/music/public/track', true],
    ['ClaudeBot', '/private', true],
    ['SomeBot', '/private/x', false],
    ['SomeBot', '/private/ok', true],
    ['SomeBot', '/public', true],
    ['Google-Extended', '/song.mp3', false],
    ['Google-Extended', '/song.mp3?download=1', true],
    ['Google-Extended', '/private', true],
    ['GPTBot', '/robots.txt', true],
  ])('%s on %s -> %s', (agent, path, expected) => {
    expect(isAllowed(robots, agent, path)).toBe(expected);
  });

  it('prefers the longest match, and allow on a tie', () => {
    const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /a\nAllow: /a/b\nDisallow: /a/b/c');
    expect(isAllowed(tie, 'x', '/page')).toBe(true);
    expect(isAllowed(tie, 'x', '/a/z')).toBe(false);
    expect(isAllowed(tie, 'x', '/a/b/z')).toBe(true);
    expect(isAllowed(tie, 'x', '/a/b/c/d')).toBe(false);
  });

  it('combines several groups naming the same agent', () => {
    const split = parseRobots('User-agent: GPTBot\nDisallow: /a\n\nUser-agent: *\nDisallow: /\n\nUser-agent: gptbot\nDisallow: /b');
    expect(isAllowed(split, 'GPTBot', '/a')).toBe(false);
    expect(isAllowed(split, 'GPTBot', '/b')).toBe(false);
    expect(isAllowed(split, 'GPTBot', '/c')).toBe(true);
  });

  it.each([
    ['empty file', ''],
    ['only comments', '# nothing\n# here'],
    ['rules before any user-agent', 'Disallow: /\nAllow: /x'],
    ['binary junk', '\u0000\u0001PNG\u0002 {}[]'],
    ['HTML error page', '<html><body>Not found</body></html>'],
    ['empty disallow', 'User-agent: *\nDisallow:'],
  ])('allows everything for %s', (_, text) => {
    expect(isAllowed(parseRobots(text), 'GPTBot', '/')).toBe(true);
  });

  it('caps huge files and stays fast on hostile patterns', () => {
    const huge = `User-agent: *\n${'Disallow: /x\n'.repeat(60_000)}`;
    const parsed = parseRobots(huge);
    expect(parsed.truncated).toBe(true);
    expect(parsed.groups[0]!.rules.length).toBeLessThan(MAX_ROBOTS_CHARS / 10);
    const hostile = parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(500)}$`);
    const started = Date.now();
    expect(isAllowed(hostile, 'x', `/${'a'.repeat(5000)}b`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('accepts CR-only line endings and mixed case field names', () => {
    const mac = parseRobots('uSeR-aGeNt: GPTBot\rdIsAlLoW: /');
    expect(isAllowed(mac, 'GPTBot', '/x')).toBe(false);
  });
});

describe('Content-Usage lines', () => {
  const robots = parseRobots(
    ['Content-Usage: train-ai=n', 'User-agent: *', 'Allow: /', 'Content-Usage: /blog/ train-ai=y, search=y', 'User-agent: GPTBot', 'Content-Usage: bogus=q'].join('\n'),
  );

  it('applies the longest matching path, the agent group before the global line', () => {
    expect(usageFor(robots, '*', '/blog/post')).toEqual({ 'train-ai': 'y', search: 'y' });
    expect(usageFor(robots, '*', '/music')).toEqual({ 'train-ai': 'n' });
    expect(robots.ignoredLines).toBe(1);
  });
});
