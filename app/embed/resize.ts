/**
 * Which content heights an embed tells its page (useAutoSize.ts): a height is posted when it
 * differs from the last one posted, once the layout has been quiet for a moment. The page then
 * sets the frame's height; the embed's content does not depend on that height (embed.css sets
 * no height from the viewport), so a posted height does not change the next one. What can
 * still go back and forth is the width: a scrollbar that the page shows for a taller frame
 * makes the frame narrower, the text wraps, the content grows, the frame grows, the page's
 * scrollbar goes, and so on. When two heights alternate within a second, each at its own width,
 * the larger is kept: smaller ones are not posted until a larger one comes.
 */

/** How long the layout must be quiet before its height is posted. */
export const QUIET_MS = 100;
/** Alternations closer than this count as a loop. */
const LOOP_MS = 1000;

interface Posted {
  height: number;
  width: number;
  at: number;
}

export class HeightReporter {
  private last: Posted | null = null;
  private beforeLast: Posted | null = null;
  /** A height kept after a loop: smaller ones are not posted. */
  private floor = 0;

  constructor(
    private readonly post: (height: number) => void,
    private readonly now: () => number,
  ) {}

  /** The height last posted, for a page that asks again (H5P's resizer on a resize of its own). */
  get current(): number | null {
    return this.last?.height ?? null;
  }

  /** The content's height and width, as measured. */
  report(measuredHeight: number, width: number): void {
    const height = Math.max(Math.ceil(measuredHeight), this.floor);
    const { last, beforeLast } = this;
    if (height === last?.height) return;
    const at = this.now();
    if (
      last &&
      beforeLast &&
      height === beforeLast.height &&
      width === beforeLast.width &&
      width !== last.width &&
      at - beforeLast.at < LOOP_MS
    ) {
      this.floor = Math.max(height, last.height);
      if (this.floor === last.height) return;
    }
    this.beforeLast = last;
    this.last = { height, width, at };
    this.post(height);
  }
}
