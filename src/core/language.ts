// Which language is a text written in? Fine Print's rules read English only, so a French or Hindi policy must
// be recognised and reported as not read, never graded on nothing. Two cheap signals, no model:
// 1. the writing system (Devanagari, Cyrillic, Han...) decides most non-Latin languages at once;
// 2. for Latin-script text, the share of each language's commonest function words ("the", "und", "les").
// A page's `lang` attribute is only a hint (sites leave `lang="en"` on translated pages and the reverse), used
// to choose between languages the text itself leaves close. Language names in a menu ("Deutsch", "日本語")
// are dropped first, so an English page with a language picker stays English.
import { ENDONYMS, FUNCTION_WORDS, SCRIPT_LANGUAGES, type ScriptName } from './language-data';

/** Text beyond this is sampled (start, middle, end): the answer settles long before, and a 100,000-word page stays fast. */
const SAMPLE_CHARS = 24_000;
/** Fewer letters than this in a script says nothing about the text's language. */
const MIN_SCRIPT_LETTERS = 12;
/** Fewer Latin words than this: too short to tell, so English (contract 1). */
const MIN_WORDS = 8;
/** Another language needs this many function words, and this share of the words... */
const MIN_HITS = 4;
const MIN_SHARE = 0.08;
/** ...and this many times English's, so a page in two languages with an English half is read as English. */
const OVER_ENGLISH = 2.5;
/** A text of this many words whose English function words are under this share is not English. */
const MIN_WORDS_WITHOUT_ENGLISH = 20;
const MAX_ENGLISH_IN_FOREIGN = 0.05;
/** A language the hint names wins when its evidence is at least this share of the best one's. */
const HINT_CLOSE = 0.75;

export const ENGLISH = 'en';

/** The ISO 639-1 code of the text's language: `en` unless the text clearly is another language. */
export function detectLanguage(text: string, hint?: string | null): string {
  const sample = withoutLanguageNames(sampleOf(text));
  const wanted = normaliseHint(hint);
  const script = dominantScript(sample);
  if (script && script !== 'Latin') return byScript(script, sample, wanted);
  return byFunctionWords(sample, wanted);
}

/** The language's English name ("French"), for the CLI and the core's headline; the UI names it through i18n. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function isEnglish(code: string): boolean {
  return code === ENGLISH;
}

/** Up to SAMPLE_CHARS: the start, the middle and the end of a long text, each cut at a space. */
export function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const part = SAMPLE_CHARS / 3;
  const window = (from: number) => {
    const start = text.indexOf(' ', from);
    const end = text.lastIndexOf(' ', from + part);
    return start >= 0 && end > start ? text.slice(start, end) : text.slice(from, from + part);
  };
  const middle = Math.floor(text.length / 2 - part / 2);
  return [window(0), window(middle), window(text.length - part - 1)].join(' ');
}

const NAME_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...ENDONYMS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'giu');

function withoutLanguageNames(text: string): string {
  return text.replace(NAME_PATTERN, ' ');
}

const SCRIPT_PATTERNS = Object.keys(SCRIPT_LANGUAGES).map((name) => [name as ScriptName, new RegExp(`\\p{Script=${name}}`, 'gu')] as const);
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Letters, and Latin letters among them, in one pass. ASCII is settled by its code (most of a page is ASCII);
 * only other characters go through the Unicode property patterns.
 */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!LETTER.test(char)) continue;
    letters++;
    if (LATIN_LETTER.test(char)) latin++;
  }
  return { letters, latin };
}

/** The script most letters are in, when there are enough letters to tell; Hiragana and Katakana count with Han. */
function dominantScript(text: string): ScriptName | null {
  const { letters, latin } = letterCounts(text);
  if (letters < MIN_SCRIPT_LETTERS) return null;
  // Most pages are mostly Latin letters: settle that with one pass instead of one per script.
  if (latin * 2 >= letters) return 'Latin';
  const counts = new Map<ScriptName, number>();
  for (const [name, pattern] of SCRIPT_PATTERNS) counts.set(name, text.match(pattern)?.length ?? 0);
  const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
  counts.set('Han', (counts.get('Han') ?? 0) + kana);
  counts.set('Hiragana', 0);
  counts.set('Katakana', 0);
  let best: ScriptName | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  // A majority of letters: a few Latin product names in a Japanese policy do not make it English, nor does
  // one Cyrillic line in an English one make it Russian.
  if (best === null || bestCount < MIN_SCRIPT_LETTERS || bestCount * 2 < letters) return 'Latin';
  if (best === 'Han') return kana * 10 >= bestCount ? 'Hiragana' : 'Han';
  return best;
}

function byScript(script: ScriptName, text: string, hint: string | null): string {
  const candidates: readonly string[] = SCRIPT_LANGUAGES[script];
  if (candidates.length === 1) return candidates[0]!;
  if (hint && candidates.includes(hint) && script === 'Han') return hint;
  return bestOf(candidates, countHits(tokens(text)), hint) ?? candidates[0]!;
}

function byFunctionWords(text: string, hint: string | null): string {
  const words = tokens(text).filter((w) => LATIN_WORD.test(w));
  if (words.length < MIN_WORDS) return ENGLISH;
  const hits = countHits(words);
  const others: readonly string[] = SCRIPT_LANGUAGES.Latin.filter((code) => code !== ENGLISH);
  const best = bestOf(others, hits, hint);
  if (!best) return ENGLISH;
  const theirs = hits.get(best) ?? 0;
  const english = hits.get(ENGLISH) ?? 0;
  if (theirs >= MIN_HITS && theirs >= words.length * MIN_SHARE && theirs > english * OVER_ENGLISH) return best;
  // English prose is about 40% function words; a longer text with almost none of them is not English, even
  // when its own language is one with few short words (Finnish, Estonian) and scores low here.
  return words.length >= MIN_WORDS_WITHOUT_ENGLISH && english < words.length * MAX_ENGLISH_IN_FOREIGN && theirs >= 3 && theirs > english ? best : ENGLISH;
}

/** The candidate whose function words are most frequent; the hint wins when it is close. Null without evidence. */
function bestOf(candidates: readonly string[], hits: ReadonlyMap<string, number>, hint: string | null): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const code of candidates) {
    const n = hits.get(code) ?? 0;
    if (n > bestHits) [best, bestHits] = [code, n];
  }
  if (best && hint && hint !== best && candidates.includes(hint) && (hits.get(hint) ?? 0) >= bestHits * HINT_CLOSE) return hint;
  return best;
}

/** Which languages list each function word: one lookup per word instead of one per word and language. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [code, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), code]);
}

function countHits(words: readonly string[]): Map<string, number> {
  const hits = new Map<string, number>();
  for (const word of words) {
    for (const code of LANGUAGES_OF.get(word) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  return hits;
}

const LATIN_WORD = /^\p{Script=Latin}/u;
/** Words with their apostrophes ("n't", "l'utilisateur" stays one token, which no list needs). */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
}

function normaliseHint(hint: string | null | undefined): string | null {
  const code = hint?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (code === 'nb' || code === 'nn') return 'no';
  return /^[a-z]{2}$/.test(code) ? code : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every code detectLanguage can return (the popup names each one through i18n). */
export const LANGUAGE_CODES: readonly string[] = [...new Set(Object.values(SCRIPT_LANGUAGES).flat())];
