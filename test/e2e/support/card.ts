// Reads the hover card from outside the page, through Chromium's DevTools protocol. The card's shadow root is
// closed, so the page's own scripts (and `page.evaluate`, which runs in the page's world) cannot see it; the
// extension exposes nothing to the page for tests. DevTools can: it describes closed roots like any other node.
// The card is read from a fresh isolated world of our own, so a hostile page's overrides of getComputedStyle,
// textContent and friends in its world cannot colour what the test sees.
import type { CDPSession, Page } from 'playwright-core';

export interface CardView {
  /** The shadow root's type as DevTools reports it ("closed" for ours). */
  rootType: string;
  hidden: boolean;
  text: string;
  hostDisplay: string;
  display: string;
  opacity: string;
  fontSize: string;
  color: string;
  /** The coloured edge: the category's colour from the palette. */
  edgeColor: string;
  width: number;
  height: number;
  /** The card's box in the top page's viewport. */
  top: number;
  left: number;
}

interface DomNode {
  nodeId?: number;
  backendNodeId: number;
  localName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

const HOST = 'fine-print-card';

/** The card as the user would see it, or null while there is no card element in the page. */
export async function readCard(page: Page): Promise<CardView | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId!, selector: HOST })) as { nodeId: number };
    if (!nodeId) return null;
    // pierce: include shadow roots, closed ones too. Depth 2: the root, and the card among its children.
    const { node: host } = (await cdp.send('DOM.describeNode', { nodeId, depth: 2, pierce: true })) as { node: DomNode };
    const shadow = host.shadowRoots?.[0];
    const card = shadow?.children?.find((child) => child.localName === 'div' && hasClass(child, 'card'));
    if (!shadow || !card) throw new Error(`<${HOST}> has no shadow root with a .card in it`);
    const view = await callOn(cdp, card.backendNodeId, READ_CARD);
    return { rootType: shadow.shadowRootType ?? 'unknown', ...(view as Omit<CardView, 'rootType'>) };
  } finally {
    await cdp.detach();
  }
}

/** The card's text while it is shown, null while it is hidden or absent. */
export async function shownCardText(page: Page): Promise<string | null> {
  const card = await readCard(page);
  return card && !card.hidden ? card.text : null;
}

// Runs with `this` = the .card element. `getRootNode().host` works from inside a closed root.
const READ_CARD = `function () {
  const host = this.getRootNode().host;
  const style = getComputedStyle(this);
  const box = this.getBoundingClientRect();
  return {
    hidden: this.hidden,
    text: this.textContent,
    hostDisplay: getComputedStyle(host).display,
    display: style.display,
    opacity: style.opacity,
    fontSize: style.fontSize,
    color: style.color,
    edgeColor: style.borderLeftColor,
    width: Math.round(box.width),
    height: Math.round(box.height),
    top: Math.round(box.top),
    left: Math.round(box.left),
  };
}`;

async function callOn(cdp: CDPSession, backendNodeId: number, functionDeclaration: string): Promise<unknown> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'fine-print-e2e-reader',
  })) as { executionContextId: number };
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId })) as { object: { objectId?: string } };
  if (!object.objectId) throw new Error('could not resolve the card node');
  // returnByValue: DevTools serialises the result itself, not the page's (possibly replaced) JSON.stringify.
  const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (exceptionDetails) throw new Error(`reading the card failed: ${exceptionDetails.text}`);
  return result.value;
}

function hasClass(node: DomNode, name: string): boolean {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === 'class') return attributes[i + 1]!.split(/\s+/).includes(name);
  }
  return false;
}
