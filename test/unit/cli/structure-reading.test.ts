// The CLI reads markdown and HTML through real parsers into the page's own extraction, and the core reads the
// structure that comes with the text: a list item under its lead-in, a sentence under its section heading.
import { describe, expect, it } from 'vitest';
import { htmlToDocument, markdownToDocument } from '../../../src/cli/to-text';
import { analyze } from '../../../src/core/index';

const labelsAt = (text: string, blocks: Parameters<typeof analyze>[1], needle: string) => {
  const at = text.indexOf(needle);
  return [...new Set(analyze(text, blocks).findings.filter((f) => f.start <= at && at < f.end).map((f) => f.category))].sort();
};

describe('structure from the parsers reaches the reading', () => {
  it('markdown: a list item is read with its lead-in, and "this use" with its AI section', async () => {
    const md = '# Privacy\n\n## How we use AI\n\nWe use the information you give us to:\n\n- provide the service\n- train and improve our models\n\nYou can opt out of this use in your settings.\n';
    const { text, blocks } = await markdownToDocument(md);
    expect(labelsAt(text, { blocks }, 'train and improve')).toEqual(['ai-training']);
    expect(labelsAt(text, { blocks }, 'provide the service')).toEqual([]);
    expect(labelsAt(text, { blocks }, 'You can opt out')).toContain('ai-restriction');
  });

  it('HTML: under "You may not:" an item naming AI training is a ban', async () => {
    const html = '<main><h2>Rules</h2><p>You may not:</p><ul><li>resell the service</li><li>use the service to build datasets or train AI models</li></ul></main>';
    const { text, blocks } = await htmlToDocument(html);
    expect(labelsAt(text, { blocks }, 'build datasets')).toEqual(['ai-restriction']);
  });
});
