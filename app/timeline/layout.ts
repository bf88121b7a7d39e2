/**
 * Where the sequence diagram puts things, computed once per timeline and width:
 * the time scale, the lanes and margins, and the state tags beside the lanes.
 */
import type { Endpoint, Timeline } from '../model';
import { buildScale, type TimeScale } from './scale';

export type DiagramLayout = ReturnType<typeof diagramLayout>;

/**
 * The scale, the lanes and the margins for a diagram `width` pixels wide. `big` is projector
 * mode: labels and state tags of 24 px need wider margins and more room between arrows.
 */
export function diagramLayout(timeline: Timeline, width: number, compact: boolean, big = false) {
  const narrow = width < 560;
  // A capture (no link latency: one vantage point) draws level arrows; each moment gets a
  // label's height, so that arrows close in time do not run through each other's labels.
  const captured = timeline.link.latencyMs === 0;
  const scale = buildScale(timeline, {
    latencyPx: compact ? 44 : narrow ? 52 : big ? 120 : 64,
    ...(captured ? { minGapPx: big ? 40 : 24 } : {}),
  });
  const ruler = 52;
  const rail = 44;
  // "SYN-RECEIVED" in the tags' monospace font, plus a little air.
  const tags = narrow ? 0 : big ? 190 : 92;
  const lanes = { client: ruler + tags + 16, server: width - rail - tags - 16 };
  return { scale, lanes, narrow, ruler, rail, width };
}

export interface StateTag {
  key: string;
  step: number;
  e: Endpoint;
  y: number;
  state: string;
}

/** Every state change of the timeline as a tag beside its lane, placed once per timeline. */
export function stateTags(timeline: Timeline, scale: TimeScale, lineHeight = 15): StateTag[] {
  const tags: StateTag[] = [];
  const lastY: Record<Endpoint, number> = { client: -100, server: -100 };
  for (const step of timeline.steps) {
    for (const c of step.changes) {
      // Two changes closer than a line apart would overlap: nudge the second down.
      const y = Math.max(scale.y(step.time), lastY[c.endpoint] + lineHeight);
      lastY[c.endpoint] = y;
      tags.push({
        key: `${step.index}-${c.endpoint}`,
        step: step.index,
        e: c.endpoint,
        y,
        state: c.to,
      });
    }
  }
  return tags;
}
