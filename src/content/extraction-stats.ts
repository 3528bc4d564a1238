// What the extraction could and could not read, beside the text: the counts a verdict needs to say *why* a
// page gave almost no words ("the terms are in a cross-origin frame", "drawn as images").
export interface ExtractionStats {
  /** Visible frames from another origin, large enough to hold text (at least 100 x 50 px): never read. */
  crossOriginFrames: number;
  /** Same-origin frames whose documents were read as part of the page. */
  framesRead: number;
  /** Open shadow roots read as part of the page (a closed root is the component's own and is left alone). */
  shadowRootsRead: number;
  /** `img` elements inside the part of the page that was read. */
  images: number;
  /** `canvas` elements in the part of the page that was read. */
  canvases: number;
  /** `object` / `embed` elements (a PDF shown inline, a plug-in): never read. */
  embeds: number;
}

export function emptyStats(): ExtractionStats {
  return { crossOriginFrames: 0, framesRead: 0, shadowRootsRead: 0, images: 0, canvases: 0, embeds: 0 };
}
