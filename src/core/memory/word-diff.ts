// Which words changed between two wordings of a clause, for <del>/<ins> marks. jsdiff's word diff does the
// matching; we only cut each changed run down to its words, so a mark never starts or ends on a space.
import { diffWordsWithSpace } from 'diff';

export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Both wordings as parts: `before` holds same + removed, `after` holds same + added. Each side joins back
 *  into its own wording exactly. */
export function wordDiff(before: string, after: string): { before: WordPart[]; after: WordPart[] } {
  const raw = { before: [] as WordPart[], after: [] as WordPart[] };
  // With spaces as tokens each side keeps its own spacing (the plain word diff gives unchanged runs the new
  // text's spaces).
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.added) add(raw.after, 'added', change.value);
    else if (change.removed) add(raw.before, 'removed', change.value);
    else {
      add(raw.before, 'same', change.value);
      add(raw.after, 'same', change.value);
    }
  }
  return { before: trimmed(raw.before), after: trimmed(raw.after) };
}

/** Moves the spaces at either end of a changed run out of it, so a mark starts and ends on a word. */
function trimmed(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const part of parts) {
    if (part.kind === 'same') {
      add(out, 'same', part.text);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
    add(out, 'same', lead);
    add(out, part.kind, core);
    add(out, 'same', trail);
  }
  // Two changed runs with only a space between them are one change to read ("," + " " + "sublicensable").
  const joined: WordPart[] = [];
  for (let i = 0; i < out.length; i++) {
    const [last, part, next] = [joined[joined.length - 1], out[i]!, out[i + 1]];
    if (last && next && part.kind === 'same' && /^\s+$/.test(part.text) && last.kind !== 'same' && next.kind === last.kind) {
      last.text += part.text + next.text;
      i++;
    } else joined.push({ ...part });
  }
  return joined;
}

/** Joins neighbours of one kind (a run of changed words and the spaces between them is one mark), and drops
 *  empty parts. */
function add(parts: WordPart[], kind: WordPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
