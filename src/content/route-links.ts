// "How to opt out", the page's part: the links inside a clause that calls for a way out, or in its paragraph
// and the paragraph after it. Only http(s) and mailto links, resolved to absolute addresses by the browser,
// and only when the link's text, its address or its sentence is about the way out (route-words.ts, the same
// words the core reads text with). A link that was not read (hidden, skipped) is not offered. Nothing is
// fetched: a link is only shown, and opened when the user clicks it.
import type { OptOutRoute, Report } from '../core/types';
import { isRouteLink, routeTargets } from '../core/route-words';
import type { Extraction } from './extract';
import { offsetOf, rangeFor } from './offset-map';
import { isBlock } from './skip';

/** How far from the clause a link may be, in characters of page text, when the paragraph is a whole page. */
const REACH = 1500;

export function addRouteLinks(extraction: Extraction, report: Report): Report {
  const targets = routeTargets(report.findings);
  if (!targets.length) return report;
  const routes = (report.routes ?? []).map((r) => ({ ...r, findings: [...r.findings] }));
  for (const index of targets) {
    const finding = report.findings[index]!;
    const range = rangeFor(extraction, finding.start, finding.end);
    if (!range) continue;
    for (const link of linksNear(range)) {
      const offset = firstOffset(extraction, link);
      if (offset < 0 || offset < finding.start - REACH || offset > finding.end + REACH) continue;
      const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
      const href = link.href;
      if (!isRouteLink(text, href, sentenceOf(link))) continue;
      const address = /^mailto:/i.test(href) ? decodeURIComponent(href.slice(7).split('?')[0]!).toLowerCase() : null;
      const known = routes.find((r) => r.href === href || (address !== null && r.kind === 'email' && r.text.toLowerCase() === address));
      if (known) {
        if (!known.findings.includes(index)) known.findings.push(index);
        continue;
      }
      routes.push({ kind: 'link', text: text || href, href, start: offset, end: offset + text.length, findings: [index] });
    }
  }
  return { ...report, routes: routes.sort((a, b) => (a.kind === 'link' ? 0 : 1) - (b.kind === 'link' ? 0 : 1)) };
}

/** http(s) and mailto links in the clause's paragraph and the next block after it. */
function linksNear(range: Range): HTMLAnchorElement[] {
  const paragraph = blockOf(range.commonAncestorContainer);
  if (!paragraph) return [];
  const areas: Element[] = [paragraph];
  const next = paragraph.nextElementSibling;
  if (next && isBlock(next) && !/^h[1-6]$/.test(next.localName)) areas.push(next);
  const links: HTMLAnchorElement[] = [];
  for (const area of areas) {
    for (const link of area.querySelectorAll('a[href]')) {
      // By name, not instanceof: a same-origin iframe's anchors belong to another window's HTMLAnchorElement.
      const anchor = link as HTMLAnchorElement;
      if (link.localName === 'a' && typeof anchor.href === 'string' && /^(?:https?|mailto):/i.test(anchor.href)) links.push(anchor);
    }
  }
  return links;
}

function blockOf(node: Node): Element | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && !isBlock(element)) element = element.parentElement;
  return element;
}

/** The extracted-text offset of the link's first read character, or -1 when the link was not read. */
function firstOffset(extraction: Extraction, link: Element): number {
  const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.nodeValue ?? '')) continue;
    return offsetOf(extraction, node, 0);
  }
  return -1;
}

/** The sentence of the link's block that holds it ("To opt out, <a>click here</a>."). */
function sentenceOf(link: Element): string {
  const block = blockOf(link.parentNode ?? link);
  if (!block) return '';
  const before = link.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEndBefore(link);
  const text = (block.textContent ?? '').replace(/\s+/g, ' ');
  const at = before.toString().replace(/\s+/g, ' ').length;
  const ends = /[.!?]["'”’)\]]*(?=\s|$)/g;
  let from = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const end = m.index + m[0].length;
    if (end > at) return text.slice(from, end).trim();
    from = end;
  }
  return text.slice(from).trim();
}
