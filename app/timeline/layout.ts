/**
 * Where the sequence diagram puts things, computed once per timeline and width:
 * the time scale, the lanes and margins, and the state tags beside the lanes.
 */
import type { Endpoint, Timeline } from '../model';
import { arrowGeometry, type LabelBox, STACK_PX, type Stacking, textBox } from './geometry';
import { buildScale, eventTimes, type ScaleBreak, type TimeScale } from './scale';

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
  // Segments one side sends at the same instant are drawn one under the other, a label's height
  // apart in projector mode, where an answer is then drawn from where the segment it answers arrives.
  const stacking = big ? { px: 44, causal: true } : {};
  const options = {
    latencyPx: compact ? 44 : narrow ? 52 : big ? 120 : 64,
    // What one lane sends or receives a stack's height apart: a burst is drawn at its moments.
    // (Projector mode's moments are a label's height apart already, and the floors below push
    // what follows a stack down.)
    ...(big ? {} : { laneGapPx: STACK_PX }),
    // Projector mode: distinct moments a label's height apart (24 px type, 30 px boxes, and air),
    // so that arrows sent one after another do not hide each other's labels; a capture's too.
    ...(big ? { minGapPx: 40 } : captured ? { minGapPx: 24 } : {}),
  };
  let scale = buildScale(timeline, options);
  // What is drawn lower than its moment pushes the moments after it down, in projector mode, so
  // that an arrow drawn lower never reaches into what follows (a quiet stretch, the next arrows).
  // Each pass pushes down what the one before drew too high; three settle the canned scenarios.
  if (big) {
    const floors = new Map<number, number>();
    for (let pass = 0; pass < 3; pass++) {
      for (const [t, y] of floorsOf(timeline, scale, stacking))
        floors.set(t, Math.max(floors.get(t) ?? 0, y));
      scale = buildScale(timeline, { ...options, floors });
    }
  }
  const ruler = 52;
  const rail = 44;
  // "SYN-RECEIVED" in the tags' monospace font, plus a little air.
  const tags = narrow ? 0 : big ? 190 : 92;
  const lanes = { client: ruler + tags + 16, server: width - rail - tags - 16 };
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

/**
 * The boxes of the stretches the scale cuts short, between the lanes: no label goes over one
 * (projector mode), whose "… compressed" would show through it.
 */
export function breakBoxes(
  breaks: readonly ScaleBreak[],
  lanes: { client: number; server: number },
): LabelBox[] {
  return breaks.map((b) => ({
    cx: (lanes.client + lanes.server) / 2,
    cy: (b.y0 + b.y1) / 2,
    hw: Math.abs(lanes.server - lanes.client) / 2,
    hh: Math.abs(b.y1 - b.y0) / 2,
    ux: 1,
    uy: 0,
  }));
}

/** How far from its lane a state tag's text begins (px). */
export const TAG_GAP = 8;

/**
 * How far down each moment must be drawn for the arrows drawn lower than their moments (stacked,
 * or answering one drawn lower) to end above the moment after theirs: the arrows' own ends, a
 * gap of 40 px, carried to the next moment.
 */
function floorsOf(timeline: Timeline, scale: TimeScale, stacking: Stacking): Map<number, number> {
  const lanes = { client: 0, server: 1 };
  // The moment after each (every departure, arrival and loss is one of them): looked up, not
  // searched for, since a capture's conversation may have thousands of arrows.
  const times = eventTimes(timeline);
  const after = new Map(times.map((t, i) => [t, times[i + 1]]));
  const next = (t: number) => after.get(t);
  const floors = new Map<number, number>();
  const raise = (t: number | undefined, y: number) => {
    if (t !== undefined) floors.set(t, Math.max(floors.get(t) ?? 0, y));
  };
  for (const a of arrowGeometry(timeline, scale, lanes, 'relative', stacking)) {
    const arrival = a.seg.arrivesAt ?? a.seg.lostAt ?? a.seg.sentAt;
    // An arrow that leaves lower than its moment: what comes after its departure and its
    // arrival is drawn a gap below where it leaves.
    if (a.y1 > scale.y(a.seg.sentAt) + 0.5) raise(next(a.seg.sentAt), a.y1 + 40);
    if (a.y2 > scale.y(arrival) + 0.5) raise(next(arrival), a.y2 + 40);
  }
  return floors;
}
