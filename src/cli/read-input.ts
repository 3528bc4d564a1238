// Turns a CLI argument into text: a .txt/.md/.html file, `-` for stdin (a URL comes with the classifier issue).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToText, markdownToText } from './to-text';

export async function readInput(source: string): Promise<string> {
  if (source === '-') return readStdin();
  const raw = await readFile(source, 'utf8');
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm') return htmlToText(raw);
  if (ext === '.md' || ext === '.markdown') return markdownToText(raw);
  return raw;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
