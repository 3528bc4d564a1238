// Turns a CLI argument into text and its structure: a .txt/.md/.html file, `-` for stdin, or an http(s) URL,
// fetched with node's fetch. That fetch is the project's only network use, and only happens when the user
// passes a URL. An HTML page from a URL is read exactly as an .html file is.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToDocument, markdownToDocument, type ReadText } from './to-text';

export type { ReadText } from './to-text';

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export async function readInput(source: string): Promise<ReadText> {
  if (source === '-') return { text: await readStdin() };
  if (isUrl(source)) return readUrl(source);
  const raw = await readFile(source, 'utf8');
  return toText(raw, extname(source).toLowerCase());
}

function toText(raw: string, ext: string): Promise<ReadText> | ReadText {
  if (ext === '.html' || ext === '.htm') return htmlToDocument(raw);
  if (ext === '.md' || ext === '.markdown') return markdownToDocument(raw);
  return { text: raw };
}

async function readUrl(url: string): Promise<ReadText> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (/html/i.test(type) || /^\s*</.test(body)) return htmlToDocument(body, response.url || url);
  if (/markdown/i.test(type) || /\.md(?:$|\?)/i.test(new URL(url).pathname)) return markdownToDocument(body);
  return { text: body };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
