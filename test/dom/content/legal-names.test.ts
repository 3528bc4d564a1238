// Legal pages named in another language are recognised by the probe, so they can be reported as
// unsupported-language; a story that merely mentions such a document is not.
import { describe, expect, it } from 'vitest';
import { looksLegal } from '../../../src/content/legal-page';
import { namesForeignLegalDocument } from '../../../src/content/legal-names';

const FRENCH_STORY = 'Le conseil municipal a voté mardi pour de nouvelles pistes cyclables. Les habitants présents étaient contents. ';

describe('namesForeignLegalDocument', () => {
  it.each([
    ["Conditions générales d'utilisation – Partitio", true],
    ['Partitio | Politique de confidentialité', true],
    ['Allgemeine Geschäftsbedingungen der Bildwerk GmbH', true],
    ['Términos y condiciones de Relato', true],
    ['गोपनीयता नीति – Sangeetika', true],
    ['利用規約 | Kumo', true],
    ['Meta change sa politique de confidentialité', false],
    ['Warum Nutzungsbedingungen niemand liest', false],
    ['Terms of Service', false],
    ['', false],
  ])('%s -> %s', (text, expected) => expect(namesForeignLegalDocument(text)).toBe(expected));
});

describe('looksLegal with a title in another language', () => {
  it.each([
    ['a French terms title at an ordinary address', "Conditions générales d'utilisation – Partitio", '', true],
    ['a Spanish terms heading', 'Relato', 'Política de privacidad', true],
    ['a French news story about a policy', 'Meta change sa politique de confidentialité', 'Meta change sa politique de confidentialité', false],
  ])('%s', (_name, title, h1, expected) => {
    document.title = title;
    document.body.innerHTML = `<h1>${h1}</h1><main><p>${FRENCH_STORY.repeat(20)}</p></main>`;
    expect(looksLegal(document, 'https://x.example/page/conditions')).toBe(expected);
  });
});
