// The hover / focus card: what a clause lets the platform do, how risky it is, and its attributes in plain
// words; the rule that fired sits behind a "Details" disclosure. It lives in a shadow root under our own element name, so page CSS cannot reach it. The root is
// closed, in every build: with an open one the page's scripts could read `host.shadowRoot` and rewrite the card
// (make a risky clause read "safe"). Only this instance keeps the reference; browser tests read the card through
// the DevTools protocol, and the accessibility tree does not depend on the mode.
// Content is set with textContent only (never innerHTML with page text).
// No custom element registration: content scripts in Chrome have no `customElements`.
import type { Finding, OptOutRoute } from '../core/types';
import { lookFor } from './highlight-style';
import { OWN_UI_TAG } from './skip';
import { cardText, routeLines, routeText, type Translate } from './card-text';

const CARD_CSS = `
/* !important: a page rule on our tag ("fine-print-card { display: none !important }") beats a plain :host rule,
   but an important declaration inside the shadow tree beats the page's important ones. Sizes in px, not rem:
   rem follows the page's root font size. */
:host { all: initial !important; }
.card { position: fixed; z-index: 2147483647; max-width: 352px; box-sizing: border-box; padding: 12px 14px;
  font: 14px/1.45 system-ui, sans-serif; color: #1d2433; background: #fff; border: 1px solid #d0d5dd;
  border-left: 6px solid var(--line); border-radius: 8px; box-shadow: 0 8px 24px rgba(16, 24, 40, 0.18); }
.head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; font-weight: 600; }
.severity { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #f2f4f7; white-space: nowrap; }
.severity[data-severity="high"] { background: #fee4e2; color: #912018; }
.severity[data-severity="medium"] { background: #fef0c7; color: #93370d; }
.severity[data-severity="protective"] { background: #dcfae6; color: #085d3a; }
.explain { margin: 6px 0; }
.attrs { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; padding: 0; list-style: none; }
.attrs li { font-size: 12px; padding: 1px 6px; border: 1px solid #d0d5dd; border-radius: 4px; }
.position, .details { font-size: 12px; color: #475467; margin: 4px 0 0; }
.details summary { cursor: pointer; }
.source { margin: 2px 0 0; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.routes { margin: 6px 0; padding: 6px 0 0; border-top: 1px solid #d0d5dd; }
.routes p { margin: 0 0 2px; font-weight: 600; }
.routes ul { margin: 0; padding-left: 18px; }
.routes a { color: #1f4fd1; overflow-wrap: anywhere; }
.routes .host { color: #475467; }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f4f7; background: #1d2433; border-color: #475467; }
  .severity { background: #344054; color: #f2f4f7; }
  .position, .details { color: #d0d5dd; }
  .routes { border-color: #475467; }
  .routes a { color: #8ab4ff; }
  .routes .host { color: #d0d5dd; }
}`;

export class FindingCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private shown: number | null = null;

  constructor(private readonly t: Translate) {}

  /** Which finding index is shown, or null. */
  get current(): number | null {
    return this.shown;
  }

  /** Shows the card for finding `index` next to `anchor` (a line box of the clause); `rank` is its place in reading order. */
  show(finding: Finding, index: number, rank: number, total: number, anchor: DOMRect, routes: readonly OptOutRoute[] = [], noWayOut = false): void {
    const card = this.ensure();
    const text = cardText(finding, this.t);
    card.style.setProperty('--line', lookFor(finding.category).colour);
    card.replaceChildren();
    const head = add(card, 'div', 'head');
    add(head, 'span', 'category', text.category);
    const severity = add(head, 'span', 'severity', text.severity);
    severity.dataset.severity = finding.severity;
    add(card, 'p', 'explain', finding.explanation);
    if (text.attrs.length) {
      const list = add(card, 'ul', 'attrs');
      list.setAttribute('aria-label', text.attrsLabel);
      for (const attr of text.attrs) add(list, 'li', '', attr);
    }
    addRoutes(card, finding, routes, noWayOut, this.t);
    add(card, 'p', 'position', text.position(rank + 1, total));
    const details = add(card, 'details', 'details');
    add(details, 'summary', '', text.detailsLabel);
    add(details, 'p', 'source', text.source);
    this.shown = index;
    this.place(card, anchor);
  }

  hide(): void {
    if (this.card) this.card.hidden = true;
    this.shown = null;
  }

  /** Whether an event happened on the card (the pointer moved onto it, so keep it open). */
  owns(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  remove(): void {
    this.host?.remove();
    this.host = this.card = null;
    this.shown = null;
  }

  private ensure(): HTMLElement {
    if (this.card && this.host?.isConnected) {
      this.card.hidden = false;
      return this.card;
    }
    const host = document.createElement(OWN_UI_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    const card = document.createElement('div');
    card.className = 'card';
    // Read out when it appears after a keyboard jump, without taking focus from the page.
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    root.append(style, card);
    document.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  /** Below the clause when there is room, above it otherwise; always inside the viewport. */
  private place(card: HTMLElement, anchor: DOMRect): void {
    const margin = 8;
    const width = Math.min(352, window.innerWidth - 2 * margin);
    const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - width - margin));
    card.style.left = `${left}px`;
    card.style.top = `${anchor.bottom + margin}px`;
    const height = card.getBoundingClientRect().height || 160;
    const below = anchor.bottom + margin + height <= window.innerHeight;
    card.style.top = `${below ? anchor.bottom + margin : Math.max(margin, anchor.top - height - margin)}px`;
  }
}

/** "How to opt out" for this clause: its links (opened in a new tab only when clicked), settings paths,
 *  addresses and section; or, on a training clause of terms that name no way out, that plain fact. */
function addRoutes(card: HTMLElement, finding: Finding, routes: readonly OptOutRoute[], noWayOut: boolean, t: Translate): void {
  const lines = routeLines(routes, t);
  if (!lines.length && !(noWayOut && finding.category === 'ai-training')) return;
  const box = add(card, 'div', 'routes');
  box.dataset.testid = 'card-routes';
  if (!lines.length) return void add(box, 'p', '', routeText('card_routes_none', t));
  add(box, 'p', '', routeText('card_routes_title', t));
  const list = add(box, 'ul', '');
  for (const line of lines) {
    const item = add(list, 'li', '');
    // Only http(s) and mailto ever become links (checked where the route was read, and again here).
    if (!line.href || !/^(?:https?|mailto):/i.test(line.href)) {
      item.textContent = line.text;
      continue;
    }
    const link = add(item, 'a', '', line.text) as HTMLAnchorElement;
    link.href = line.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    // Where it goes, beside what the page calls it.
    const host = /^https?:\/\/([^/?#]+)/i.exec(line.href)?.[1];
    if (host && line.text !== line.href) add(item, 'span', 'host', ` (${host})`);
  }
}

function add(parent: Element, tag: string, className: string, text?: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  parent.append(element);
  return element;
}
