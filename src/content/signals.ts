// The page's own AI signals. Reading meta tags makes no request. The same-site check (robots.txt,
// tdmrep.json, the page's headers) runs only when the user clicks "Check this site's AI signals".
import { handleMessages } from '../shared/messaging';
import type { FetchedFile, MetaTag, PageMetaRead, SameSiteCheck } from '../core/signals/index';

const TIMEOUT_MS = 5000;
/** robots.txt parsers must read 500 KiB (RFC 9309); more than that is not worth the user's bandwidth. */
const MAX_BYTES = 512 * 1024;
const MAX_TAGS = 200;
const HEADERS = ['x-robots-tag', 'content-usage', 'tdm-reservation', 'tdm-policy'];

declare global {
  interface Window {
    __finePrintSignals?: boolean;
  }
}

if (!window.__finePrintSignals) {
  window.__finePrintSignals = true;
  handleMessages({
    'tab/read-signals': () => readMeta(),
    'tab/check-signals': () => checkSameSite(),
  });
}

export function readMeta(doc: Document = document, path: string = location.pathname): PageMetaRead {
  const tags: MetaTag[] = [];
  for (const meta of doc.querySelectorAll('meta[name], meta[http-equiv]')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? '';
    tags.push({ name, content: meta.getAttribute('content') ?? '' });
    if (tags.length >= MAX_TAGS) break;
  }
  return { tags, path };
}

async function checkSameSite(): Promise<SameSiteCheck> {
  const [robots, tdmrep, headers] = await Promise.all([
    fetchSameSite('/robots.txt', true),
    fetchSameSite('/.well-known/tdmrep.json', false),
    pageHeaders(),
  ]);
  return { site: { path: location.pathname, robots, tdmrep }, headers };
}

function request(path: string, method: 'GET' | 'HEAD'): Promise<Response> {
  // Same origin, no cookies, no following redirects to other sites: the user asked about this site only.
  return fetch(new URL(path, location.origin).href, {
    method,
    credentials: 'omit',
    redirect: 'manual',
    cache: 'no-store',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

/** Reads at most MAX_BYTES; a longer robots.txt is cut (allowed by RFC 9309), a longer JSON file refused. */
async function fetchSameSite(path: string, truncateOk: boolean): Promise<FetchedFile> {
  try {
    const response = await request(path, 'GET');
    if (response.type === 'opaqueredirect' || response.status >= 400) return { status: 'missing' };
    if (!response.ok || !response.body) return { status: 'error' };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        if (!truncateOk) return { status: 'too-large' };
        break;
      }
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { status: 'ok', text: new TextDecoder().decode(bytes.subarray(0, Math.min(size, MAX_BYTES))) };
  } catch (error) {
    return { status: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'error' };
  }
}

async function pageHeaders(): Promise<Record<string, string>> {
  try {
    const response = await request(location.pathname + location.search, 'HEAD');
    const headers: Record<string, string> = {};
    for (const name of HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value.replace(/,\s*(?=[A-Za-z0-9_-]+\s*:)/g, '\n');
    }
    return headers;
  } catch {
    return {};
  }
}
