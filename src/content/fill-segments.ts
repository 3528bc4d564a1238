// Who paints the background where clauses overlap: cuts the highlighted text into disjoint stretches, each
// owned by the highest-priority category covering it. Pure (offsets in, offsets out), so it is tested alone.

export interface Span {
  start: number;
  end: number;
  category: string;
}

/** Disjoint, sorted stretches; neighbouring stretches of one category are joined. Ties go to the span listed
 *  first, so the result does not depend on anything but the input. */
export function fillSegments(spans: readonly Span[], priority: (category: string) => number): Span[] {
  const usable = spans.filter((s) => s.end > s.start);
  const cuts = [...new Set(usable.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let owner: Span | null = null;
    for (const span of usable) {
      if (span.start <= start && span.end >= end && (!owner || priority(span.category) > priority(owner.category))) owner = span;
    }
    if (!owner) continue;
    const last = out[out.length - 1];
    if (last && last.end === start && last.category === owner.category) last.end = end;
    else out.push({ start, end, category: owner.category });
  }
  return out;
}
