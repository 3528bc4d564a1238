// How a reader reaches a clause's card: pointer hover, keyboard focus inside a clause (a link in it), the
// next / previous shortcuts (`tab/jump`) and the popup's clause list (`tab/show-finding`).
import type { ScanState } from './scanner';
import { anchorOf, flash, type Placed } from './highlight';
import { findingAt } from './hover';
import { FindingCard } from './card';
import type { Translate } from './card-text';
import { inTopViewport } from './frame-geometry';

const HIDE_DELAY_MS = 300;

export class Interactions {
  private readonly card: FindingCard;
  private frame = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Shown by keyboard or popup: stays until Escape, a click elsewhere or the pointer finds another clause. */
  private pinned = false;
  private lastJumped = -1;

  constructor(private readonly state: ScanState, t: Translate) {
    this.card = new FindingCard(t);
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    document.addEventListener('focusin', this.onFocus);
    document.addEventListener('keydown', this.onKey);
    document.addEventListener('pointerdown', this.onPointerDown, { passive: true });
  }

  /** Findings in reading order (by offset), as the jump shortcuts walk them. */
  private ordered(): Placed[] {
    return this.state.placed.filter((p) => p.range || p.marks.length).sort((a, b) => a.finding.start - b.finding.start);
  }

  jump(direction: 1 | -1): boolean {
    const ordered = this.ordered();
    if (!ordered.length) return false;
    const from = ordered.findIndex((p) => p.index === (this.card.current ?? this.lastJumped));
    const next = from < 0 ? (direction === 1 ? 0 : ordered.length - 1) : (from + direction + ordered.length) % ordered.length;
    return this.showFinding(ordered[next]!.index);
  }

  /** Scrolls the clause into view, flashes it and shows its card. */
  showFinding(index: number): boolean {
    const placed = this.state.placed[index];
    const anchor = placed && anchorOf(placed);
    if (!placed || !anchor) return false;
    anchor.closest('details:not([open])')?.setAttribute('open', '');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    anchor.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'auto' });
    flash(placed);
    this.lastJumped = index;
    this.pinned = true;
    requestAnimationFrame(() => this.showCard(placed, clauseRect(placed)));
    return true;
  }

  hide(): void {
    this.card.hide();
    this.pinned = false;
  }

  destroy(): void {
    document.removeEventListener('pointermove', this.onPointerMove);
    document.removeEventListener('focusin', this.onFocus);
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('pointerdown', this.onPointerDown);
    this.card.remove();
  }

  private showCard(placed: Placed, rect: DOMRect | null): void {
    if (!rect) return;
    // "Clause 3 of 7" counts in reading order, the order the jump shortcuts walk.
    const ordered = this.ordered();
    const routes = this.state.report?.routes ?? [];
    const training = this.state.report?.findings.some((f) => f.category === 'ai-training') ?? false;
    const trainingRoute = routes.some((r) => r.findings.some((i) => this.state.report?.findings[i]?.category === 'ai-training'));
    const mine = routes.filter((r) => r.findings.includes(placed.index));
    this.card.show(placed.finding, placed.index, ordered.indexOf(placed), ordered.length, rect, mine, training && !trainingRoute);
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    if (!this.state.extraction || !this.state.placed.length || this.frame) return;
    if (this.card.owns(event)) return void clearTimeout(this.hideTimer);
    const { clientX: x, clientY: y, target } = event;
    // One lookup per frame, however fast the pointer moves.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const hit = this.state.extraction && findingAt(this.state.extraction, this.state.placed, x, y, target);
      if (hit) {
        clearTimeout(this.hideTimer);
        this.pinned = false;
        if (this.card.current !== hit.placed.index) this.showCard(hit.placed, hit.rect);
      } else if (this.card.current !== null && !this.pinned) {
        clearTimeout(this.hideTimer);
        this.hideTimer = setTimeout(() => this.card.hide(), HIDE_DELAY_MS);
      }
    });
  };

  private readonly onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof Element) || this.card.owns(event)) return;
    const placed = this.state.placed.find((p) => p.range?.intersectsNode(target) || p.marks.some((m) => target.contains(m) || m.contains(target)));
    if (placed) this.showCard(placed, target.getBoundingClientRect());
    else if (!this.pinned) this.card.hide();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card.current !== null) this.hide();
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.pinned && !this.card.owns(event)) this.hide();
  };
}

/** The whole clause's box (left edge of its first line), so a card shown after a jump sits below the clause
 *  instead of covering it. */
function clauseRect(placed: Placed): DOMRect | null {
  const first = placed.range ? placed.range.getClientRects()[0] : placed.marks[0]?.getBoundingClientRect();
  const last = placed.marks.length ? placed.marks[placed.marks.length - 1]!.getBoundingClientRect() : null;
  const box = placed.range ? placed.range.getBoundingClientRect() : first && last ? new DOMRect(first.left, first.top, first.width, last.bottom - first.top) : null;
  if (!first || !box) return null;
  // A clause in a same-origin frame is measured in the frame; the card is placed in the top page.
  const doc = placed.range?.startContainer.ownerDocument ?? placed.marks[0]?.ownerDocument ?? document;
  return inTopViewport(new DOMRect(first.left, box.top, Math.max(first.width, 1), box.height), doc);
}
