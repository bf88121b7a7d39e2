/**
 * Where the sequence diagram puts things, computed once per timeline and width:
 * the time scale, the lanes and margins, and the state tags beside the lanes.
 */
import type { Endpoint, Step, Timeline } from '../model';
import {
  type ArrowGeometry,
  arrowGeometry,
  type LabelBox,
  STACK_PX,
  type Stacking,
  textBox,
} from './geometry';
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
  // Segments one side sends at the same instant are drawn one under the other (a label's height
  // apart in projector mode), and an answer is drawn from where the segment it answers arrives:
  // drawn from its moment, the server's ACK of a FIN stacked under the client's last ACK would
  // leave above the FIN's arrowhead, sent before what it acknowledges arrives.
  const stacking: Stacking = big ? { px: 44, causal: true, parallel: true } : { causal: true };
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
  // What is drawn lower than its moment pushes the moments after it down, a label's height (a
  // stack's on the page) below it, so that an arrow drawn lower never reaches into what follows
  // (a quiet stretch, the next arrows, the now line and state tags of the next steps).
  // Each pass pushes down what the one before drew too high; three settle the canned scenarios.
  // A pass that pushes nothing further down ends them (a capture's long conversation, level).
  const floors = new Map<number, number>();
  for (let pass = 0; pass < 3; pass++) {
    let pushed = false;
    for (const [t, y] of floorsOf(timeline, scale, stacking, big ? 40 : STACK_PX)) {
      if (y <= (floors.get(t) ?? 0)) continue;
      floors.set(t, y);
      pushed = true;
    }
    if (!pushed) break;
    scale = buildScale(timeline, { ...options, floors });
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

/**
 * Every state change of the timeline as a tag beside its lane, placed once per timeline. Given
 * the `arrows` (the page), beside the arrow of the step that makes it: where it arrives at the
 * receiver, where it leaves the sender (a FIN stacked under the ACK sent at the same instant has
 * FIN-WAIT-1 beside it, not beside the ACK), else where the step is drawn (`stepYs`). Without
 * (projector mode), at the step's moment: there a tag beside a stacked arrow, a label's height or
 * two under its moment, takes the room of the labels of 24 px around it.
 */
export function stateTags(
  timeline: Timeline,
  scale: TimeScale,
  lineHeight = 15,
  arrows?: readonly ArrowGeometry[],
): StateTag[] {
  const tags: StateTag[] = [];
  const lastY: Record<Endpoint, number> = { client: -100, server: -100 };
  const ys = stepYs(timeline, scale, arrows);
  for (const step of timeline.steps) {
    for (const c of step.changes) {
      const at =
        (arrows && causeY(step, c.endpoint, arrows)) ?? ys[step.index] ?? scale.y(step.time);
      // Two changes closer than a line apart would overlap: nudge the second down.
      const y = Math.max(at, lastY[c.endpoint] + lineHeight);
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

/**
 * Where each step is drawn, the now line's place. Given the `arrows` (the page): through the
 * segment it receives where that is drawn arriving (or dying), else the first it sends where that
 * leaves, else at its moment; and never above the step before, as the steps after a segment drawn
 * lower than its moment (one instant's HTTP blocks after its data) happen no earlier. Without
 * (projector mode, whose state tags are at their moments), at its moment.
 */
export function stepYs(
  timeline: Timeline,
  scale: TimeScale,
  arrows?: readonly ArrowGeometry[],
): number[] {
  let last = Number.NEGATIVE_INFINITY;
  return timeline.steps.map((step) => {
    const of = (id: number | null | undefined) =>
      arrows && id !== null && id !== undefined ? arrowOf(arrows, id) : undefined;
    const got = of(step.segmentIn);
    const sent = of(step.segmentsOut[0]);
    const own = got ? (got.lost ? got.ym : got.y2) : sent ? sent.y1 : scale.y(step.time);
    last = Math.max(last, own);
    return last;
  });
}

/**
 * Where the arrow of `step` that changes `e`'s state is drawn: the segment it receives, where it
 * arrives; else the first it sends, where it leaves. Null for a change no segment makes (a timer).
 */
function causeY(step: Step, e: Endpoint, arrows: readonly ArrowGeometry[]): number | null {
  const got = step.segmentIn === null ? undefined : arrowOf(arrows, step.segmentIn);
  if (got && !got.lost && got.seg.to === e) return got.y2;
  const sent = step.segmentsOut.map((id) => arrowOf(arrows, id)).find((a) => a?.seg.from === e);
  return sent ? sent.y1 : null;
}

/** Segment `id`'s arrow: the arrows are made in segment order, one per segment. */
function arrowOf(arrows: readonly ArrowGeometry[], id: number): ArrowGeometry | undefined {
  const a = arrows[id];
  return a?.seg.id === id ? a : arrows.find((x) => x.seg.id === id);
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
 * `gap` in px, carried to the next moment.
 */
function floorsOf(
  timeline: Timeline,
  scale: TimeScale,
  stacking: Stacking,
  gap: number,
): Map<number, number> {
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
    if (a.y1 > scale.y(a.seg.sentAt) + 0.5) raise(next(a.seg.sentAt), a.y1 + gap);
    if (a.y2 > scale.y(arrival) + 0.5) raise(next(arrival), a.y2 + gap);
  }
  return floors;
}
