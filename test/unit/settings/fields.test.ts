import { describe, expect, it } from 'vitest';
import { parseSite, siteMatches, userCategoryId } from '../../../src/shared/settings-fields';

describe('settings fields', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/terms?x=1', 'example.com'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['  soundcloud.com  ', 'soundcloud.com'],
    ['', null],
    ['not a site!', null],
    ['javascript:alert(1)', null],
  ])('parseSite(%j) -> %j', (input, expected) => expect(parseSite(input)).toBe(expected));

  it.each([
    ['https://soundcloud.com/terms', 'soundcloud.com', true],
    ['https://help.soundcloud.com/terms', 'soundcloud.com', true],
    ['https://notsoundcloud.com/terms', 'soundcloud.com', false],
    ['not a url', 'soundcloud.com', false],
  ])('siteMatches(%j, %j) -> %s', (url, site, expected) => expect(siteMatches(url, site)).toBe(expected));

  it.each([
    ['Voice & likeness!', 'user:voice-likeness'],
    ['Café', 'user:cafe'],
    ['!!!', 'user:custom'],
  ])('userCategoryId(%j) -> %j', (name, id) => expect(userCategoryId(name)).toBe(id));
});
