// Plain words for attributes: one English label per attribute id in the core, the same words in
// messages.json for the extension's pages, and no id left in the key points people read.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ATTR_LABELS, andList, attrLabel } from '../../../src/core/attr-labels';
import { analyze } from '../../../src/core/index';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const IDS = Object.keys(ATTR_LABELS).filter((id) => id.includes('-'));
const ID_PATTERN = new RegExp(`\\b(?:${IDS.join('|')})\\b`);

describe('attribute labels', () => {
  it.each(Object.entries(ATTR_LABELS))('%s is "%s" in the core and in messages.json', (id, label) => {
    expect(messages[`common_attr_${id.replace(/-/g, '_')}`]?.message).toBe(label);
  });

  it('covers every attribute the README lists, in the words the issue asks for', () => {
    const readme = readFileSync('README.md', 'utf8');
    const listed = readme.slice(readme.indexOf('Each finding also carries attributes'), readme.indexOf('**How it reads.**')).match(/`([a-z-]+)`/g)!.map((s) => s.slice(1, -1));
    for (const id of listed) expect(ATTR_LABELS, id).toHaveProperty(id);
    expect(attrLabel('derivative-works')).toBe('can make derivative works');
    expect(attrLabel('survives-deletion')).toBe('lasts after you delete');
    expect(attrLabel('some-new-thing')).toBe('some new thing');
  });

  it.each([
    [[], ''],
    [['the platform'], 'the platform'],
    [['the platform', 'its affiliates'], 'the platform and its affiliates'],
    [['the platform', 'its affiliates', 'other users'], 'the platform, its affiliates and other users'],
  ])('andList(%j) is "%s"', (items, expected) => expect(andList(items)).toBe(expected));
});

describe('key points in plain words', () => {
  it.each([
    ['a broad licence', 'You grant us and our affiliates a worldwide, non-exclusive, royalty-free, sublicensable licence to modify and adapt your content, which survives deletion of your account.'],
    ['training with an opt-out', 'We may use your posts to train our generative AI models unless you opt out in your settings.'],
    ['changes by continued use', 'We may change these terms at any time without notice, and your continued use means you accept them.'],
  ])('%s: no attribute id in the points', (_, text) => {
    const { points } = analyze(text).summary;
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(point).not.toMatch(ID_PATTERN);
  });

  it('says who gets the licence as a list that parses, then what the licence is', () => {
    const { points } = analyze('You grant us and our affiliates a worldwide, sublicensable licence to modify your content, which survives deletion of your account.').summary;
    const licence = points.find((p) => p.startsWith('You give a licence'));
    expect(licence).toBe('You give a licence to your content to the platform, its affiliates and anyone they pass it on to. The licence: worldwide, can be passed on to others, can make derivative works, lasts after you delete.');
  });
});
