// Shapes that travel between the content script, the background and the popup for AI signals.
import type { SiteFetch } from './evaluate';
import type { MetaTag } from './meta';
import type { SiteSignals } from './evaluate';

/** Read from the page with no request. */
export interface PageMetaRead {
  tags: MetaTag[];
  path: string;
}

/** What the user-clicked same-site check brought back (robots.txt, tdmrep.json, the page's headers). */
export interface SameSiteCheck {
  site: SiteFetch;
  /** Lower-case header names: x-robots-tag, content-usage, tdm-reservation, tdm-policy. */
  headers: Record<string, string>;
}

export type SignalsResponse = { ok: true; signals: SiteSignals; checkedAt?: number } | { ok: false; error: string };
