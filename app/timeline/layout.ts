/**
 * Where the sequence diagram puts things, computed once per timeline and width:
 * the time scale, the lanes and margins, and the state tags beside the lanes.
 */
import type { SeqMode } from '../explain/describe';
import type { Endpoint, Step, Timeline } from '../model';
import {
  type ArrowGeometry,
  arrowGeometry,
  GLYPH_EM,
  LABEL_LINE_EM,
  LABEL_PX,
  type LabelBox,
  type Lanes,
  labelWidth,
  PAGE_REM_PX,
  STACK_PX,
  type Stacking,
  segmentLabel,
  textBox,
} from './geometry';
import { type LabelMarks, labelEm } from './labelText';
import { buildScale, eventTimes, type ScaleBreak, type TimeScale } from './scale';

export type DiagramLayout = ReturnType<typeof diagramLayout>;

/**
 * What an arrow's label is written with, besides its segment: the numbering shown and the words
 * of its marks (a retransmission's, an old duplicate's). Its length depends on them.
 */
export interface LabelWords {
  mode: SeqMode;
  retx: string;
  old: string;
}

/**
 * The scale, the lanes and the margins for a diagram `width` pixels wide. `big` is projector
 * mode: labels and state tags of 24 px need wider margins and more room between arrows, as much
 * as a capture's labels written in `words` need.
 */
export function diagramLayout(
  timeline: Timeline,
  width: number,
  compact: boolean,
  big = false,
  words?: LabelWords,
) {
  const narrow = width < 560;
  const ruler = 52;
  const rail = 44;
  // Projector mode's lanes beside state tags of 24 px are 220 px apart in a diagram 728 px wide
  // (1280×720), closer than a label of 24 px on two lines is long along its slanted arrow: it ran
  // past a lane, through its line and the tags' column. There the tags are 18 px, which moves
  // each lane 43 px out, and a canned scenario's labels keep between the lanes (`onlyBetween`).
  const close = big && !narrow && width - ruler - rail - 32 - 2 * tagColumn(TAG_PX.big) < ROOMY_PX;
  const tagPx = big ? (close ? TAG_PX.close : TAG_PX.big) : TAG_PX.page;
  // "SYN-RECEIVED" in the tags' monospace font, plus a little air.
  const tags = narrow ? 0 : big ? tagColumn(tagPx) : 92;
  const lanes = { client: ruler + tags + 16, server: width - rail - tags - 16 };
  // A capture (no link latency: one vantage point) draws level arrows; each moment gets a
  // label's height, so that arrows close in time do not run through each other's labels.
  const captured = timeline.link.latencyMs === 0;
  const split =
    big && captured && words
      ? captureRows(timeline, lanes, words.mode, labelMarks({ narrow, close }, words))
      : null;
  // Segments one side sends at the same instant are drawn one under the other (a label's height
  // apart in projector mode), and an answer is drawn from where the segment it answers arrives:
  // drawn from its moment, the server's ACK of a FIN stacked under the client's last ACK would
  // leave above the FIN's arrowhead, sent before what it acknowledges arrives. A capture's level
  // arrows in projector mode as far apart as its moments are (its label's height, on as many
  // lines as it is written on): 44 px would push an arrow 4 px under its moment 40 px after
  // another from its side, under the now line and the state tags drawn there.
  const stacking: Stacking = big
    ? split
      ? { px: MOMENT_PX, causal: true, parallel: true, gapsPx: split.gaps }
      : { px: 44, causal: true, parallel: true }
    : { causal: true };
  const options = {
    latencyPx: compact ? 44 : narrow ? 52 : big ? 120 : 64,
    // What one lane sends or receives a stack's height apart: a burst is drawn at its moments.
    // (Projector mode's moments are a label's height apart already, and the floors below push
    // what follows a stack down.)
    ...(big ? {} : { laneGapPx: STACK_PX }),
    // Projector mode: distinct moments a label's height apart (24 px type, 30 px boxes, and air),
    // so that arrows sent one after another do not hide each other's labels; a capture's too.
    ...(big ? { minGapPx: MOMENT_PX } : captured ? { minGapPx: 24 } : {}),
    // A capture's level arrow just under a compressed stretch has its label centred between the
    // lanes, where the stretch's words are: its moment that gap under the stretch, on the page too.
    ...(captured ? { gapUnderBreaks: true } : {}),
    // And a capture's moment whose label goes over its level arrow on two lines or more, as many
    // lines' height: on one line's, the label ran through the arrow above it, or was left out;
    // under a compressed stretch too, whose words the label would cover; and the first moment
    // that gap under the lanes' headings, which its label would cover or reach above.
    ...(split
      ? {
          gapsPx: split.gaps,
          gapUnderBreaks: true,
          top:
            headingsBottom(narrow) +
            (split.gaps.get(timeline.segments[0]?.sentAt ?? 0) ?? MOMENT_PX),
        }
      : {}),
  };
  let scale = buildScale(timeline, options);
  // What is drawn lower than its moment pushes the moments after it down, a label's height (a
  // stack's on the page) below it, so that an arrow drawn lower never reaches into what follows
  // (a quiet stretch, the next arrows, the now line and state tags of the next steps); and the
  // ruler pauses at its moment for as long, so that the time after it is still drawn to scale.
  // Each pass pushes down what the one before drew too high; a pass that pushes nothing further
  // down ends them (a capture's long conversation, level, after one).
  const floors = new Map<number, number>();
  const pauses = new Map<number, number>();
  for (let pass = 0; pass < 6; pass++) {
    let pushed = false;
    const drawn = drawnLower(timeline, scale, stacking, big ? MOMENT_PX : STACK_PX);
    for (const [t, y] of drawn.floors) {
      if (y <= (floors.get(t) ?? 0)) continue;
      floors.set(t, y);
      pushed = true;
    }
    for (const [t, px] of drawn.pauses) {
      if (px <= (pauses.get(t) ?? 0) + 0.5) continue;
      pauses.set(t, px);
      pushed = true;
    }
    if (!pushed) break;
    scale = buildScale(timeline, { ...options, floors, pauses });
  }
  // On how many lines each segment's label is written where it is split (`LabelRoom.splitRows`).
  const splitRows: readonly number[] = split?.rows ?? [];
  // In projector mode, the state tags' size, and whether the lanes are close (beside tags of
  // 24 px, closer than `ROOMY_PX`): there a retransmission is marked by ↻ alone, whose meaning
  // the legend gives, rather than ↻ and its word, which made its label too long to fit between
  // them on two lines ("↻ retransmission [PSH, ACK]", 27 characters, on the first). And there a
  // canned scenario's label that fits nowhere between the lanes is left out rather than drawn
  // across one (`LabelRoom.onlyBetween`); a capture's is written on as many lines as it needs to
  // fit between them (`captureRows`), and the few that fit on none are drawn across rather than
  // lost to the room.
  const onlyBetween = close && !captured;
  return {
    scale,
    lanes,
    narrow,
    ruler,
    rail,
    width,
    stacking,
    splitRows,
    tagPx,
    close,
    onlyBetween,
  };
}

/**
 * Projector mode's state tags (px): as large as its labels, or, where the lanes beside tags that
 * large are closer than `ROOMY_PX`, a little smaller, still legible from the back of a room.
 * Not on two lines: ESTABLISHED, which has no hyphen to break after, would keep them as wide.
 * On the page, 0.68rem (diagram.css).
 */
export const TAG_PX = { big: 24, close: 18, page: 0.68 * PAGE_REM_PX } as const;

/**
 * How far apart projector mode's lanes are at least with tags of `TAG_PX.big` (px): 420 in the
 * three columns of a 1920 px screen, where a label on two lines fits between them.
 */
const ROOMY_PX = 400;

/**
 * How wide the column beside a lane that holds its state tags of `px` is: "SYN-RECEIVED" in their
 * monospace font, the gap to the lane and a little air.
 */
function tagColumn(px: number): number {
  return Math.ceil(TAG_GAP + 'SYN-RECEIVED'.length * 0.6 * px + 9);
}

/** The baselines of a lane's name and, under it, its address (SequenceDiagram.tsx). */
export const LANE_NAME_Y = 18;
export const LANE_ADDRESS_Y = 34;

/**
 * How far down the lanes' headings reach (px): the address's descenders, or the name's where a
 * narrow diagram has no room for the address.
 */
export function headingsBottom(narrow: boolean): number {
  return (narrow ? LANE_NAME_Y : LANE_ADDRESS_Y) + 4;
}

/** Projector mode's least gap between moments: a label's box (24 px type, 30 px boxes) and air. */
const MOMENT_PX = 40;

/** The most lines a label is split into (before its numbers, Seq=, Ack= and Len=, or its flags). */
const MOST_ROWS = 4;

/**
 * How a capture's labels fit between its lanes in projector mode, where the lanes are closer
 * than a label on one line is long: on how many lines each segment's label is written where it
 * is split (the fewest on which it fits, by segment id), and the gap before each moment whose
 * label is split, a line's height more for each line more than one, so that the label, over its
 * level arrow, reaches neither the arrow before it nor that arrow's label.
 */
function captureRows(
  timeline: Timeline,
  lanes: Lanes,
  mode: SeqMode,
  marks: LabelMarks,
): { rows: number[]; gaps: Map<number, number> } {
  const apart = Math.abs(lanes.server - lanes.client);
  // On one line no longer than the lanes are apart: between them, clear of the state tags.
  const fits = (em: number) => labelWidth(em, LABEL_PX.projector) <= apart;
  const rows: number[] = [];
  const gaps = new Map<number, number>();
  for (const seg of timeline.segments) {
    const label = { seg, label: segmentLabel(seg, mode) };
    const one = labelEm(label, marks);
    // The longest line of the label on n lines, for n from 2 up.
    const on = Array.from({ length: MOST_ROWS - 1 }, (_, k) => labelEm(label, marks, k + 2));
    // The fewest lines that fit, else the fewest of those whose longest line is shortest.
    const k = on.findIndex(fits);
    const n = 2 + (k >= 0 ? k : on.indexOf(Math.min(...on)));
    rows[seg.id] = n;
    if (!fits(one) && Math.min(...on) < one) {
      const line = LABEL_PX.projector * LABEL_LINE_EM;
      gaps.set(seg.sentAt, Math.max(gaps.get(seg.sentAt) ?? 0, MOMENT_PX + (n - 1) * line));
    }
  }
  return { rows, gaps };
}

/**
 * The marks a layout's labels are written with, from its words: where projector mode's lanes
 * are close, a retransmission's ↻ alone (`LabelMarks.retxAlone`).
 */
export function labelMarks(
  layout: Pick<DiagramLayout, 'narrow' | 'close'>,
  words: Pick<LabelWords, 'retx' | 'old'>,
): LabelMarks {
  return { narrow: layout.narrow, retx: words.retx, retxAlone: layout.close, old: words.old };
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

/** A state tag's baseline: a little under its moment, so that its capitals sit across it. */
export function tagBaseline(tag: StateTag): number {
  return tag.y + 4;
}

/** A plate under a level text: its box in the SVG. */
export interface TagPlate {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The plate of the panel's colour a state tag is drawn on where the now line runs through its
 * glyphs, in a font of `fontPx`; else null. In projector mode a tag sits at its step's moment,
 * where the now line is drawn at that step: the tag's halo cut the line only under each glyph,
 * and its dots showed between the letters (ESTABLISHED's open L).
 */
export function tagPlate(
  tag: StateTag,
  lanes: { client: number; server: number },
  nowY: number,
  fontPx: number,
): TagPlate | null {
  const baseline = tagBaseline(tag);
  const top = baseline - fontPx * GLYPH_EM.ascent;
  const bottom = baseline + fontPx * GLYPH_EM.descent;
  if (nowY < top || nowY > bottom) return null;
  // Its monospace glyphs, 0.6 em each (`textEm`), with 2 px of air either side.
  const width = tag.state.length * fontPx * 0.6 + 4;
  const x = tag.e === 'client' ? lanes.client - TAG_GAP - width + 2 : lanes.server + TAG_GAP - 2;
  return { x, y: top, width, height: bottom - top };
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
        ? textBox(lanes.client - TAG_GAP, tagBaseline(tag), tag.state.length, fontPx, true)
        : textBox(lanes.server + TAG_GAP, tagBaseline(tag), tag.state.length, fontPx, false),
    );
}

/**
 * The boxes of the stretches the scale cuts short, between the lanes: no label goes over one in
 * projector mode, where its 24 px would hide the stretch's words.
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
 * `gap` in px (or the next moment's own, `Stacking.gapsPx`), carried to the next moment. And how
 * far under its moment's y each instant's arrows leave or arrive: the ruler's pause there.
 */
function drawnLower(
  timeline: Timeline,
  scale: TimeScale,
  stacking: Stacking,
  gap: number,
): { floors: Map<number, number>; pauses: Map<number, number> } {
  const lanes = { client: 0, server: 1 };
  // The moment after each (every departure, arrival and loss is one of them): looked up, not
  // searched for, since a capture's conversation may have thousands of arrows.
  const times = eventTimes(timeline);
  const after = new Map(times.map((t, i) => [t, times[i + 1]]));
  const next = (t: number) => after.get(t);
  const floors = new Map<number, number>();
  const pauses = new Map<number, number>();
  // A capture's moment whose label is on two lines or more is as many lines' height under it.
  const raise = (t: number | undefined, y: number) => {
    if (t === undefined) return;
    const under = y + Math.max(gap, stacking.gapsPx?.get(t) ?? 0);
    floors.set(t, Math.max(floors.get(t) ?? 0, under));
  };
  const lower = (t: number, y: number) => {
    const under = y - scale.y(t);
    if (under > 0.5) pauses.set(t, Math.max(pauses.get(t) ?? 0, under));
    return under > 0.5;
  };
  for (const a of arrowGeometry(timeline, scale, lanes, 'relative', stacking)) {
    // Where the arrow ends: a lost one's where it is aimed, twice as far as it died
    // (`arrowGeometry`), which is not the moment of its death: measured from that, its end was
    // always lower, and pushed what follows it down further at every pass.
    const { sentAt, arrivesAt, lostAt } = a.seg;
    const end = arrivesAt ?? (lostAt !== null ? 2 * lostAt - sentAt : sentAt);
    // An arrow that leaves lower than its moment: what comes after its departure and its
    // arrival is drawn a gap below where it leaves.
    if (lower(sentAt, a.y1)) raise(next(sentAt), a.y1);
    if (arrivesAt !== null ? lower(end, a.y2) : a.y2 > scale.y(end) + 0.5) raise(next(end), a.y2);
  }
  return { floors, pauses };
}

/** The size of a compressed stretch's words: 0.75rem (diagram.css `.break-label`). */
export const BREAK_WORDS_PX = 0.75 * PAGE_REM_PX;

/** Where a compressed stretch's words are drawn: centred between the lanes, on the band's middle. */
export function breakWordsAt(
  b: ScaleBreak,
  lanes: { client: number; server: number },
): { x: number; y: number } {
  return { x: (lanes.client + lanes.server) / 2, y: (b.y0 + b.y1) / 2 + 4 };
}

/** The box of a compressed stretch's words, `em` wide (`textEm`), which no label is to meet. */
export function breakWordsBox(
  b: ScaleBreak,
  lanes: { client: number; server: number },
  em: number,
): LabelBox {
  const { x, y } = breakWordsAt(b, lanes);
  const hw = (em * BREAK_WORDS_PX) / 2 + 2;
  return {
    cx: x,
    cy: y - BREAK_WORDS_PX * 0.35,
    hw,
    hh: (BREAK_WORDS_PX * LABEL_LINE_EM) / 2,
    ux: 1,
    uy: 0,
  };
}
