// Boxes measured inside a same-origin frame are in that frame's viewport; our card lives in the top page.
// Walks up the frame elements, adding each frame's position and border, to give the box in the top viewport.
export function inTopViewport(rect: DOMRect, doc: Document): DOMRect {
  let x = rect.left;
  let y = rect.top;
  let view = doc.defaultView;
  while (view && view !== window) {
    const frame = view.frameElement;
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}
