/**
 * Where the sequence diagram puts things, computed once per timeline and width:
 * the time scale, the lanes and margins, and the state tags beside the lanes.
 */
import type { Endpoint, Timeline } from '../model';
import { type LabelBox, textBox } from './geometry';
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
    // Projector mode: distinct moments a label's height apart (24 px type, 30 px boxes, and air),
    // so that arrows sent one after another do not hide each other's labels; a capture's too.
    ...(big ? { minGapPx: 40 } : captured ? { minGapPx: 24 } : {}),
  });
  const ruler = 52;
  const rail = 44;
  // "SYN-RECEIVED" in the tags' monospace font, plus a little air.
  const tags = narrow ? 0 : big ? 190 : 92;
  const lanes = { client: ruler + tags + 16, server: width - rail - tags - 16 };
  // Segments one side sends at the same instant are drawn one under the other, a label's height
  // apart in projector mode, where an answer is then drawn from where the segment it answers arrives.
  const stacking = big ? { px: 44, causal: true } : {};
  return { scale, lanes, narrow, ruler, rail, width, stacking };
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

/** The boxes of the state tags shown at step `cursor`, in a font of `fontPx`, as drawn beside the lanes. */
export function tagBoxes(
  tags: readonly StateTag[],
  lanes: { client: number; server: number },
  cursor: number,
  fontPx: number,
): LabelBox[] {
  return tags
    .filter((tag) => tag.step <= cursor)
    .map((tag) =>
      tag.e === 'client'
        ? textBox(lanes.client - TAG_GAP, tag.y + 4, tag.state.length, fontPx, true)
        : textBox(lanes.server + TAG_GAP, tag.y + 4, tag.state.length, fontPx, false),
    );
}

/** How far from its lane a state tag's text begins (px). */
export const TAG_GAP = 8;
