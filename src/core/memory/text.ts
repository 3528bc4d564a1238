// Normalising and hashing text, so the same terms hash the same however the page wraps or styles them.

/** Lower case, straight quotes, one space: wording differences count, layout differences do not. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * cyrb53: a fast, well-mixed 53-bit non-cryptographic hash. Enough to tell versions apart (nobody attacks
 * their own browser's memory), deterministic in every engine, and cheap on a 100,000-word page.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finishHash(h1, h2);
}

/** cyrb53's final mixing, shared with the one-pass document hash. */
export function finishHash(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Words of normalised text, for similarity; punctuation is not wording. */
export function wordsOf(text: string): string[] {
  return normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Dice similarity of two word multisets, 0..1. Order-insensitive on purpose: a reworded clause usually keeps
 * most of its words even when it moves them about.
 */
export function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(word, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * The key a document is remembered under: origin + path, no query or fragment, so tracking parameters and
 * anchors do not split one document's history. Plain string work because the core has no `URL`.
 */
export function documentKey(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (!match) return url.trim();
  const [, scheme = '', host = '', path = ''] = match;
  const lowerScheme = scheme.toLowerCase();
  const defaultPort = lowerScheme === 'https://' ? ':443' : lowerScheme === 'http://' ? ':80' : '';
  const lowerHost = host.toLowerCase();
  const cleanHost = defaultPort && lowerHost.endsWith(defaultPort) ? lowerHost.slice(0, -defaultPort.length) : lowerHost;
  const cleanPath = (path || '/').replace(/\/{2,}/g, '/');
  return `${lowerScheme}${cleanHost}${cleanPath.length > 1 ? cleanPath.replace(/\/$/, '') : cleanPath}`;
}
