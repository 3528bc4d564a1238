// Plain English for the attributes the rules read from a clause ("derivative-works" -> "can make derivative
// works"), so key points, the card and the change report never show an attribute id. Each label reads after
// "The licence:" and after "licence now" / "no longer". The extension's pages use the same words from
// messages.json (`common_attr_<id>`, a test keeps the two equal); the ids stay in exports and the CLI's `attrs`.

export const ATTR_LABELS: Readonly<Record<string, string>> = {
  worldwide: 'worldwide',
  'non-exclusive': 'not exclusive',
  exclusive: 'exclusive to them',
  'royalty-free': 'without paying you',
  sublicensable: 'can be passed on to others',
  transferable: 'can be transferred',
  perpetual: 'lasts forever',
  irrevocable: 'cannot be taken back',
  'derivative-works': 'can make derivative works',
  commercial: 'for commercial use',
  'survives-deletion': 'lasts after you delete',
  'opt-out': 'on unless you opt out',
  'opt-in': 'only if you opt in',
  generative: 'for generative AI',
  'third-party': 'by others too',
  'public-data': 'on public information',
  'any-time': 'at any time',
  'without-notice': 'without notice',
  'continued-use': 'binding once you keep using it',
  // Kinds of AI restriction (who the limit protects) and tier-2 details.
  'no-training-promise': 'a promise not to train AI on your content',
  'ban-on-others': 'forbids others to use the site for AI',
  'ban-on-outputs': 'forbids building rival AI from the outputs',
  'mining-reservation': 'reserves text and data mining',
  'needs-your-action': 'works only if you act',
  'class-action-waiver': 'you give up class actions',
  'opt-out-window': 'with a window to opt out',
  'without-reason': 'without a reason',
  cap: 'with a cap on what they owe',
};

/** The plain label; an attribute without one (a newer rule's) at least loses its hyphens. */
export function attrLabel(attr: string): string {
  // A liability cap carries its amount ("cap:$50").
  if (attr.startsWith('cap:')) return `capped at ${attr.slice(4)}`;
  return ATTR_LABELS[attr] ?? attr.replace(/-/g, ' ');
}

/** "a, b and c", for lists inside a sentence. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
