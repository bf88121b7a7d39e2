/** Where each segment's arrow goes, and at which steps it is sent and received. */
import { ackOf, type SeqMode, seqOf } from '../explain/describe';
import type { Segment, Timeline } from '../model';
import { textEm } from './labelText';
import type { TimeScale } from './scale';

export interface Lanes {
  client: number;
  server: number;
}

export interface ArrowGeometry {
  seg: Segment;
  x1: number;
  y1: number;
  /** Where it arrives, or would have arrived had it not been lost. */
  x2: number;
  y2: number;
  /** Half way: where a packet in flight waits, and where a lost one dies. */
  xm: number;
  ym: number;
  lost: boolean;
  /** Degrees, for a label that runs along the arrow. */
  angle: number;
  label: string;
  sendStep: number;
  /** The step that receives or drops it. */
  endStep: number | null;
  /**
   * A segment of an earlier incarnation already in the network at time 0 (RFC 9293 Figure 8's
   * old SYN): where the dotted trace of its past begins; the arrow itself starts mid-link, not at
   * the client, which has sent no such segment. Null for every other segment.
   */
  past: { x: number; y: number } | null;
  /**
   * A SYN,ACK whose ACK is not the client's ISN + 1 (it answers an old SYN): the number the client
   * expects, in the diagram's mode, to show beside the one it got. Null otherwise.
   */
  expectedAck: number | null;
}

/** How far below the one before a segment sent at the same instant by the same side is drawn (px), unless `Stacking` says. */
export const STACK_PX = 24;
/** How far across the link an old duplicate's arrow starts (0 client, 1 server). */
const PAST_START = 0.45;
/** How far up its dotted past reaches (px). */
const PAST_PX = 22;

export function segmentLabel(seg: Segment, mode: SeqMode): string {
  const parts = [`[${seg.flags.join(', ')}]`, `Seq=${seqOf(seg, mode)}`];
  if (seg.flags.includes('ACK')) parts.push(`Ack=${ackOf(seg, mode)}`);
  parts.push(`Len=${seg.payloadLength}`);
  // A captured segment shows Wireshark's marks before its numbers, as its Info column does.
  return seg.captured?.info ? `${seg.captured.info} ${parts.join(' ')}` : parts.join(' ');
}

/** The step index at which each segment is sent, and the one that receives or drops it. */
export function segmentSteps(timeline: Timeline): { send: number[]; end: (number | null)[] } {
  const send: number[] = timeline.segments.map(() => 0);
  const end: (number | null)[] = timeline.segments.map(() => null);
  const seen = new Set<number>();
  for (const step of timeline.steps) {
    for (const id of step.segmentsOut) {
      if (!seen.has(id)) {
        seen.add(id);
        send[id] = step.index;
      }
    }
    if (step.segmentIn !== null && end[step.segmentIn] === null) end[step.segmentIn] = step.index;
  }
  return { send, end };
}

export function arrowGeometry(
  timeline: Timeline,
  scale: TimeScale,
  lanes: Lanes,
  mode: SeqMode,
  stack: Stacking = {},
): ArrowGeometry[] {
  const stackPx = stack.px ?? STACK_PX;
  const steps = segmentSteps(timeline);
  const latency = timeline.link.latencyMs;
  // Segments sent by one side at the same instant would draw on top of each
  // other: each further one is drawn a little lower, in order of sending.
  const lastY: Record<string, number> = { client: -1e9, server: -1e9 };
  // And where the one drawn last from each side ends, which one stacked under it ends under.
  const lastY2: Record<string, number> = { client: -1e9, server: -1e9 };
  // With `stack.causal`, a segment is never drawn leaving before a segment that reached its
  // sender by then is drawn arriving: the arrivals at each side in time order, and how far down
  // those already passed were drawn.
  const arrivals: Record<string, number[]> = { client: [], server: [] };
  if (stack.causal) {
    for (const seg of timeline.segments) if (seg.arrivesAt !== null) arrivals[seg.to]?.push(seg.id);
    for (const list of Object.values(arrivals))
      list.sort((a, b) => arrivalOf(timeline, a) - arrivalOf(timeline, b));
  }
  const next: Record<string, number> = { client: 0, server: 0 };
  const floor: Record<string, number> = { client: -1e9, server: -1e9 };
  const drawnY2 = new Map<number, number>();
  return timeline.segments.map((seg) => {
    const list = arrivals[seg.from] ?? [];
    let k = next[seg.from] ?? 0;
    for (; k < list.length && arrivalOf(timeline, list[k] as number) <= seg.sentAt; k++) {
      const y = drawnY2.get(list[k] as number);
      if (y !== undefined) floor[seg.from] = Math.max(floor[seg.from] ?? -1e9, y);
    }
    next[seg.from] = k;
    const old = seg.oldDuplicate === true;
    const x1 = old
      ? lanes[seg.from] + (lanes[seg.to] - lanes[seg.from]) * PAST_START
      : lanes[seg.from];
    const x2 = lanes[seg.to];
    const y0 = scale.y(seg.sentAt);
    // An old duplicate does not leave the client's lane: it takes no room there.
    const px = Math.max(stackPx, stack.gapsPx?.get(seg.sentAt) ?? 0);
    const stacked = old ? 0 : Math.max(0, (lastY[seg.from] ?? 0) + px - y0);
    const dy = old ? 0 : Math.max(stacked, (floor[seg.from] ?? -1e9) - y0);
    const y1 = y0 + dy;
    const lost = seg.arrivesAt === null;
    const arrival =
      seg.arrivesAt ?? (seg.lostAt !== null ? 2 * seg.lostAt - seg.sentAt : seg.sentAt + latency);
    const half = seg.lostAt ?? (seg.sentAt + arrival) / 2;
    let y2: number;
    let ym: number;
    if (stack.causal && stack.parallel) {
      // A stacked arrow ends as far under its moment as it leaves, parallel to the one above it;
      // one drawn lower as an answer ends at its moment.
      y2 = Math.max(scale.y(arrival) + stacked, y1 + 1);
      ym = Math.min(Math.max(scale.y(half) + stacked, y1), y2);
    } else if (stack.causal) {
      // A stacked arrow ends a stack's height under the one it is stacked under, beside it where
      // both arrive at one instant, or at its own moment where the scale drew that lower (a FIN
      // that follows the ACK sent with it onto the wire: its arrival is a moment of its own). One
      // drawn lower as an answer ends at its moment. The scale makes room after either (`floors`
      // in layout.ts). Carried to its end too, a stack under a moment of its own, the FIN would
      // arrive below its moment and the answer to it leave two stacks under its own.
      y2 = Math.max(scale.y(arrival), stacked > 0 ? (lastY2[seg.from] ?? -1e9) + stackPx : -1e9);
      y2 = Math.max(y2, y1 + 1);
      // Half way in time is half way along the arrow as drawn: where the scale pushes the
      // moments between its ends apart (`floors`), the time's pixels are not the arrow's.
      ym = (y1 + y2) / 2;
    } else {
      // Drawn lower where it leaves, an arrow ends lower too.
      y2 = Math.max(scale.y(arrival) + dy, y1 + 1);
      ym = Math.min(Math.max(scale.y(half) + dy, y1), y2);
    }
    if (!old) {
      lastY[seg.from] = y1;
      lastY2[seg.from] = y2;
    }
    drawnY2.set(seg.id, y2);
    const xm = x1 + ((x2 - x1) * (ym - y1)) / Math.max(1, y2 - y1);
    const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
    return {
      seg,
      x1,
      y1,
      x2,
      y2,
      xm: Number.isFinite(xm) ? xm : (x1 + x2) / 2,
      ym,
      lost,
      angle: x2 < x1 ? angle - 180 : angle,
      label: segmentLabel(seg, mode),
      sendStep: steps.send[seg.id] ?? 0,
      endStep: steps.end[seg.id] ?? null,
      past: old ? pastOf(x1, y1, x2, y2) : null,
      expectedAck: expectedAckOf(timeline, seg, steps.end[seg.id] ?? null, mode),
    };
  });
}

/** How segments sent at one instant are kept apart (`arrowGeometry`). */
export interface Stacking {
  /** How far below the one before a segment sent at the same instant by the same side is drawn (px). */
  px?: number;
  /**
   * Further, for a segment sent at one of these moments: as far as the gap before that moment
   * (a capture's label on two lines or more over its level arrow, projector mode: `gapsPx` in
   * scale.ts), so that its label fits between it and the arrow before it.
   */
  gapsPx?: ReadonlyMap<number, number>;
  /**
   * Whether a segment sent in answer to one drawn lower by stacking is drawn from where that one
   * arrives, not above it: an ACK drawn leaving above the FIN it acknowledges reads as sent
   * before the FIN arrived.
   */
  causal?: boolean;
  /**
   * With `causal`: whether a stacked segment ends as far under its arrival's moment as it leaves
   * under its own, parallel to the one above it all along (projector mode, where the scale then
   * makes a label's room after it), rather than at its arrival's moment where that is a stack
   * lower already (the page).
   */
  parallel?: boolean;
}

function arrivalOf(timeline: Timeline, id: number): number {
  return timeline.segments[id]?.arrivesAt ?? Number.POSITIVE_INFINITY;
}

/** The dotted trace of an old duplicate's past: back along its arrow, PAST_PX up. */
function pastOf(x1: number, y1: number, x2: number, y2: number): { x: number; y: number } {
  const slope = (x2 - x1) / Math.max(1, y2 - y1);
  return { x: x1 - slope * PAST_PX, y: y1 - PAST_PX };
}

/**
 * The ACK the client expects on a SYN,ACK (its ISN + 1) when the one that came acknowledges
 * something else: RFC 9293 Figure 8's answer to an old SYN, which the client refuses with a RST.
 */
function expectedAckOf(
  timeline: Timeline,
  seg: Segment,
  endStep: number | null,
  mode: SeqMode,
): number | null {
  if (seg.to !== 'client' || !seg.flags.includes('SYN') || !seg.flags.includes('ACK')) return null;
  const step = endStep === null ? undefined : timeline.steps[endStep];
  const connection = step ? timeline.connections[step.connection] : undefined;
  if (!connection) return null;
  const expected = (connection.clientIsn + 1) >>> 0;
  if (seg.ack === expected) return null;
  return mode === 'absolute' ? expected : 1;
}

/** Where one arrow's label goes: shown or not, where along the arrow (0–1, from the sender), and on which side. */
export interface LabelPlace {
  show: boolean;
  at: number;
  /** Under the arrow rather than over it (projector mode only, where no tooltip can be hovered). */
  below: boolean;
  /**
   * Written on two lines (`labelLines`), or as many as `LabelRoom.splitRows` says, where it fits
   * nowhere on one (projector mode only).
   */
  split: boolean;
  /** How high and low its box reaches, where it shows. */
  extent: Span | null;
  /**
   * A label that another arrow's line runs through (`glyphBox`), current or not, where no place
   * clear of the lines was left: it is drawn on a plate of the panel's colour, which cuts the line
   * along its words instead of striking them out. A halo alone cuts a line only under each glyph:
   * one running along the words (lost-segment's lost response under the ACK sent just before it)
   * still showed in every gap between them.
   */
  plated: boolean;
  /**
   * Its box comes near a plated label's (`nearPlate`), whose plate is drawn over every arrow: it
   * is drawn a second time over the plates, so that no plate hides part of it.
   */
  underPlate: boolean;
}

export interface LabelRoom {
  /** The label's font size in px. */
  fontPx: number;
  /** How wide each arrow's label is drawn on one line, in em (`labelEm`). */
  ems: readonly number[];
  /** How far above the arrow the label's baseline sits (px). */
  lift?: number;
  /**
   * Whether a label that fits nowhere over its arrow may go under it. In projector mode nobody can
   * hover for an arrow's tooltip, so a label left out is lost to the room.
   */
  below?: boolean;
  /** Boxes no label may cover (the state tags beside the lanes). */
  obstacles?: readonly LabelBox[];
  /**
   * The current step's packets where they come to rest (`restingPackets`), which a label of
   * another arrow keeps off wherever it can: a packet that has landed must not hide another
   * segment's numbers. A label that fits only over a packet goes there rather than be left out;
   * its own arrow's label, which the packet passes under in flight, stays where it is from step
   * to step.
   */
  packets?: readonly { segment: number; box: LabelBox }[];
  /**
   * The arrows' lines as drawn (`drawnLines`), which a label of another arrow keeps off wherever
   * it can: a line through a label strikes its numbers out, and where two arrows cross, the label
   * reads as the other's. A label that fits only across a line goes there rather than be left out.
   */
  lines?: readonly DrawnLine[];
  /**
   * The lines a label is checked against once placed, for its plate, where the placement itself
   * ignored `lines` (`placeLabels`' later tries).
   */
  plateLines?: readonly DrawnLine[];
  /**
   * How wide the longer line of each label is drawn on two lines, in em (`labelEm`): given, a
   * label that fits nowhere on one line, over or under its arrow, is tried on two, half
   * as long. In projector mode a teardown's label is longer than the lanes are apart.
   */
  splitEms?: readonly number[];
  /**
   * How many lines each label is written on where it is split, two unless given: a capture's
   * label that is longer, on two, than its lanes are apart takes as many as it needs to fit
   * between them (projector mode, `splitRows` in layout.ts).
   */
  splitRows?: readonly number[];
  /**
   * The lanes, when a label must stay between them (projector mode): one wider than its arrow
   * would run through a lane and its state tags; written on two lines, it fits.
   */
  between?: Lanes;
  /**
   * Whether a label that fits nowhere between the lanes is left out rather than drawn across one
   * (a current one, never left out, goes across one only where between them it would cover
   * another label): where the lanes are close, one drawn across runs through the lane's line and
   * the state tags' column beside it.
   */
  onlyBetween?: boolean;
  /**
   * The diagram's left and right edges, which no label may reach past (projector mode): it would
   * be cut off. A captured retransmission's label, with Wireshark's mark and the diagram's, is
   * longer on one line than a narrow diagram is wide.
   */
  edges?: { left: number; right: number };
}

/** An arrow's line as drawn, from its sender to where it arrives or dies. */
export interface DrawnLine {
  segment: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where an arrow's line ends as drawn: at its receiver, or where it died once its loss is shown
 * (`done`); in flight, a lost segment's line still runs on to the receiver, dashed ahead of it.
 */
export function drawnEnd(a: ArrowGeometry, done: boolean): { x: number; y: number } {
  return a.lost && done ? { x: a.xm, y: a.ym } : { x: a.x2, y: a.y2 };
}

/** A stretch of the diagram's height, in px from its top. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * How high and how low an arrow reaches as drawn (to `end`), with its label's box where it shows
 * one: for the scroll that keeps the arrows in flight in view (useFollow.ts).
 */
export function arrowSpan(a: ArrowGeometry, end: { y: number }, label: Span | null): Span {
  const top = Math.min(a.y1, end.y, label?.top ?? a.y1);
  const bottom = Math.max(a.y1, end.y, label?.bottom ?? a.y1);
  return { top, bottom };
}

/** The lines of the arrows sent by step `cursor`, as drawn then. */
export function drawnLines(arrows: readonly ArrowGeometry[], cursor: number): DrawnLine[] {
  return arrows
    .filter((a) => a.sendStep <= cursor)
    .map((a) => {
      const end = drawnEnd(a, a.endStep !== null && a.endStep <= cursor);
      return { segment: a.seg.id, x1: a.x1, y1: a.y1, x2: end.x, y2: end.y };
    });
}

/** How far above its arrow a label's baseline sits (px). */
const LIFT = 9;
export const LABEL_LIFT = LIFT;
/** One rem of the page in px: its root is 93.75 % of the browser's 16 px (styles.css). */
export const PAGE_REM_PX = 16 * 0.9375;

/** A label's font size in px: 0.72rem on the page, or 24 px in projector mode (diagram.css). */
export const LABEL_PX = { page: 0.72 * PAGE_REM_PX, projector: 24 } as const;
/** A label's box is this many times its font size tall. */
const LINE_EM = 1.25;
/** Of which this much (in em) is the leading over and under the glyphs, together. */
const LEADING = 0.25;

/** Positions along an arrow tried in turn, from the middle out. */
export const LABEL_STOPS = [0.5, 0.35, 0.65, 0.25, 0.75] as const;
/** A label on two lines is half as long: it may go nearer either end. */
const SPLIT_STOPS = [...LABEL_STOPS, 0.15, 0.85, 0.42, 0.58, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9] as const;
/**
 * A lost arrow is drawn only to where it dies: its stops are squeezed to that part, reaching a
 * fifth past its middle (where it dies half way, the middle stop is 0.3 of the whole arrow). It
 * dies half way in time, which is about half way down the page: the scale keeps the time to where
 * it would have arrived (`eventTimes` in scale.ts), and its moments a few pixels apart at least.
 */
function squeezeOf(a: ArrowGeometry): number {
  if (!a.lost) return 1;
  const drawn = a.y2 > a.y1 ? (a.ym - a.y1) / (a.y2 - a.y1) : 0.5;
  return Math.min(1, 1.2 * drawn);
}

/** A label's box: its centre, half width and half height, and its direction (unit vector along the text). */
export interface LabelBox {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
  ux: number;
  uy: number;
}

/**
 * A label's box less its leading, an eighth of the font size over and under each line: what a
 * line must not run through. A line may graze the rest: an arrow stacked 24 px over its neighbour
 * runs through the top of the neighbour's label box, clear of its text.
 */
export function glyphBox(box: LabelBox): LabelBox {
  return { ...box, hh: box.hh * (1 - LEADING / LINE_EM) };
}

/** The direction a label reads in along its arrow, and a packet is turned to: a unit vector. */
export function textDirection(a: ArrowGeometry): { ux: number; uy: number } {
  const rad = (a.angle * Math.PI) / 180;
  return { ux: Math.cos(rad), uy: Math.sin(rad) };
}

/**
 * The box of a label `width` × `height`, its baseline `lift` px above the arrow at `at` (0–1), or
 * `below` it, as far under the arrow as it would be over it.
 */
export function labelBox(
  a: ArrowGeometry,
  at: number,
  width: number,
  height: number,
  lift: number,
  below = false,
): LabelBox {
  const { ux, uy } = textDirection(a);
  // The text's centre: on the arrow, then lifted perpendicular to it, as the
  // rotated <text> is drawn at y = -lift with its glyphs above that.
  const up = (lift + height / 2 - 2) * (below ? -1 : 1);
  return {
    cx: a.x1 + (a.x2 - a.x1) * at + uy * up,
    cy: a.y1 + (a.y2 - a.y1) * at - ux * up,
    hw: width / 2,
    hh: height / 2,
    ux,
    uy,
  };
}

/**
 * The box of a state tag's text, level, of `chars` characters in a monospace font of `fontPx`,
 * its baseline at `y`, ending at `x` (`end`) or starting there.
 */
export function textBox(
  x: number,
  y: number,
  chars: number,
  fontPx: number,
  end: boolean,
): LabelBox {
  const hw = (chars * fontPx * 0.6) / 2 + 2;
  const hh = (fontPx * LINE_EM) / 2;
  return { cx: end ? x - hw : x + hw, cy: y - fontPx * 0.35, hw, hh, ux: 1, uy: 0 };
}

/**
 * The baseline of a label's text in the arrow's turned frame (y grows under the arrow): `lift` px
 * over it, or under it with the glyphs' box as far from the arrow as it would be over it.
 */
export function labelBaseline(below: boolean, fontPx: number, lift = LIFT, lines = 1): number {
  return below ? lift + fontPx * LINE_EM - 4 : -lift - (lines - 1) * fontPx * LINE_EM;
}

/** How far a monospace text's glyphs reach over and under its baseline, in em: a plate's. */
export const GLYPH_EM = { ascent: 0.85, descent: 0.25 } as const;

/** The space between the lines of a label written on two, in em (its box's height per line). */
export const LABEL_LINE_EM = LINE_EM;

/** How wide a label `em` wide (`textEm`) is drawn in a font of `fontPx` (px), with 2 px of air either side. */
export function labelWidth(em: number, fontPx: number): number {
  return em * fontPx + 4;
}

/** Whether a (turned) box lies between the lanes, give or take a character's ascent. */
function withinLanes(b: LabelBox, lanes: Lanes): boolean {
  const [left, right] = [
    Math.min(lanes.client, lanes.server),
    Math.max(lanes.client, lanes.server),
  ];
  return within(b, left - LANE_SLACK, right + LANE_SLACK);
}

/** Whether a (turned) box lies between `left` and `right` across the page. */
function within(b: LabelBox, left: number, right: number): boolean {
  const half = b.hw * Math.abs(b.ux) + b.hh * Math.abs(b.uy);
  return b.cx - half >= left && b.cx + half <= right;
}

/**
 * How far past a lane a label's box may reach (px): its corner at the arrow's end, where the box
 * (from the arrow to a line's height over it) is wider than the glyphs.
 */
export const LANE_SLACK = 12;

/**
 * Whether a label's box comes near a plated label's (`box`): within half a line of it. The boxes
 * are reckoned from em widths (`textEm`), and the font drawn reaches a little past them: a plate
 * over every arrow hid a corner of a neighbour's glyphs whose reckoned box it did not meet
 * (large-response at step 36, the client's ACK across the server's burst).
 */
export function nearPlate(plate: LabelBox, box: LabelBox, fontPx: number): boolean {
  const reach = fontPx / 2;
  return boxesOverlap({ ...plate, hw: plate.hw + reach, hh: plate.hh + reach }, box);
}

/** Whether two (turned) boxes overlap: no axis of either separates them. */
export function boxesOverlap(p: LabelBox, q: LabelBox): boolean {
  const dx = q.cx - p.cx;
  const dy = q.cy - p.cy;
  // Most pairs are far apart: boxes whose bounding circles are apart cannot
  // overlap (placeLabels asks this of every pair of drawn labels, per step).
  const reachP = Math.sqrt(p.hw * p.hw + p.hh * p.hh);
  const reachQ = Math.sqrt(q.hw * q.hw + q.hh * q.hh);
  if (dx * dx + dy * dy > (reachP + reachQ) * (reachP + reachQ)) return false;
  return (
    !separates(p.ux, p.uy, dx, dy, p, q) &&
    !separates(-p.uy, p.ux, dx, dy, p, q) &&
    !separates(q.ux, q.uy, dx, dy, p, q) &&
    !separates(-q.uy, q.ux, dx, dy, p, q)
  );
}

/**
 * Whether the line from (x1, y1) to (x2, y2) runs through a (turned) box: the line taken into the
 * box's own frame, then clipped to it (Liang and Barsky's clipping).
 */
export function lineCrosses(b: LabelBox, x1: number, y1: number, x2: number, y2: number): boolean {
  // Most lines are far above or below a label: their extents down the page do not meet.
  const half = b.hw * Math.abs(b.uy) + b.hh * Math.abs(b.ux);
  if (Math.max(y1, y2) < b.cy - half || Math.min(y1, y2) > b.cy + half) return false;
  const along = (x: number, y: number) => (x - b.cx) * b.ux + (y - b.cy) * b.uy;
  const across = (x: number, y: number) => -(x - b.cx) * b.uy + (y - b.cy) * b.ux;
  const s1 = along(x1, y1);
  const t1 = across(x1, y1);
  const ds = along(x2, y2) - s1;
  const dt = across(x2, y2) - t1;
  let enter = 0;
  let leave = 1;
  // Each of the box's four sides, as p·k ≤ q for the part of the line inside it.
  for (const [p, q] of [
    [-ds, s1 + b.hw],
    [ds, b.hw - s1],
    [-dt, t1 + b.hh],
    [dt, b.hh - t1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) enter = Math.max(enter, q / p);
    else leave = Math.min(leave, q / p);
  }
  return enter <= leave;
}

/** Whether the axis (ax, ay) separates the two boxes, whose centres are (dx, dy) apart. */
function separates(ax: number, ay: number, dx: number, dy: number, p: LabelBox, q: LabelBox) {
  return Math.abs(dx * ax + dy * ay) >= reach(p, ax, ay) + reach(q, ax, ay);
}

/** Half of a box's extent along the axis (ax, ay). */
function reach(b: LabelBox, ax: number, ay: number): number {
  return b.hw * Math.abs(b.ux * ax + b.uy * ay) + b.hh * Math.abs(-b.uy * ax + b.ux * ay);
}

/**
 * Keeps the labels of the drawn arrows apart: no label covers another, but a current one
 * that fits nowhere. The current ones are placed first and always shown (a second current
 * one, when a step receives one segment and sends another, nearer an end of its arrow or
 * under it where no usual stop clears the first; where nothing is clear, at its middle);
 * then the others in order of sending, each at the
 * first stop along its arrow where its box clears every label already
 * placed (and with `room.below`, failing every stop over the arrow, the first
 * under it). A label that fits nowhere is left out: it stays the arrow's
 * tooltip, and shows when its step is current. With `room.packets`, a label
 * also keeps off another arrow's packet at rest where it can.
 */
export function placeLabels(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  current: ReadonlySet<number>,
  room: LabelRoom,
): LabelPlace[] {
  // A label kept off a line or a packet takes another's room now and then: where that leaves a
  // label out, the placement that ignores the lines is kept, then the one that ignores the packets
  // too, if either leaves out fewer. A line crosses a label, or a packet covers one, for a step
  // rather than a label being missing.
  const { lines, ...rest } = room;
  const { packets: _, ...restWithoutPackets } = rest;
  // A label placed across the lines is still checked against them, for its plate.
  const withoutLines = { ...rest, plateLines: lines };
  const withoutPackets = { ...restWithoutPackets, plateLines: lines };
  const rooms = [room];
  if (room.lines?.length) rooms.push(withoutLines);
  if (room.packets?.length) rooms.push(withoutPackets);
  return fewestLeftOut(
    arrows,
    drawn,
    rooms.map((r) => () => placeAll(arrows, drawn, current, r)),
  );
}

/** How many drawn labels a placement leaves out. */
function leftOut(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  places: readonly LabelPlace[],
): number {
  return arrows.filter((a, i) => drawn(a, i) && !places[i]?.show).length;
}

/**
 * Of the placements `tries` make, in order, the one that leaves out fewest labels, the first of
 * equals; the tries after one that leaves none out are not made.
 */
function fewestLeftOut(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  tries: readonly (() => LabelPlace[])[],
): LabelPlace[] {
  let best: LabelPlace[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  for (const place of tries) {
    const places = place();
    const out = leftOut(arrows, drawn, places);
    if (out < fewest) {
      best = places;
      fewest = out;
    }
    if (out === 0) break;
  }
  return best;
}

/** `placeLabels` for one room. */
function placeAll(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  current: ReadonlySet<number>,
  room: LabelRoom,
): LabelPlace[] {
  if (!room.splitEms) {
    // Placed in order of sending, an older label can take the only room a newer one has: a lost
    // segment's label must sit on the half of its arrow that is drawn, and the ACK sent just
    // before it took that room. Where the oldest first leaves a label out, the newest first is
    // kept if it leaves out fewer.
    return fewestLeftOut(
      arrows,
      drawn,
      [false, true].map(
        (newestFirst) => () => placeOnce(arrows, drawn, current, room, false, newestFirst),
      ),
    );
  }
  // With two lines to choose from (projector mode), one placement in order of sending may leave
  // out what another keeps: where FINs and ACKs cross, a long label on one line can take the room
  // two others need. Of these, the one that leaves out fewest, the first of equals: labels kept
  // between the lanes where they can be (then anywhere), placed oldest first (then newest first),
  // each on one line where it fits (then on two first).
  const tries = (room.onlyBetween ? [room.between] : [room.between, undefined]).flatMap((between) =>
    [false, true].flatMap((newestFirst) =>
      [false, true].map((twoFirst) => ({ twoFirst, between, newestFirst })),
    ),
  );
  const { between: _, ...anywhere } = room;
  return fewestLeftOut(
    arrows,
    drawn,
    tries.map(
      (t) => () =>
        placeOnce(
          arrows,
          drawn,
          current,
          t.between ? { ...anywhere, between: t.between } : anywhere,
          t.twoFirst,
          t.newestFirst,
        ),
    ),
  );
}

/** Whether another arrow's line runs through a label's glyphs (`glyphBox`). */
function acrossLine(a: ArrowGeometry, box: LabelBox, lines: LabelRoom['lines']): boolean {
  const glyphs = glyphBox(box);
  return (lines ?? []).some(
    (l) => l.segment !== a.seg.id && lineCrosses(glyphs, l.x1, l.y1, l.x2, l.y2),
  );
}

/** Whether a label's box would cover a resting packet of another arrow than its own. */
function underPacket(a: ArrowGeometry, box: LabelBox, packets: LabelRoom['packets']): boolean {
  return (packets ?? []).some((p) => p.segment !== a.seg.id && boxesOverlap(p.box, box));
}

/**
 * One placement in order (`placeLabels`): the current labels, then the others in order of sending
 * (or the newest first); two lines tried first or last.
 */
function placeOnce(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  current: ReadonlySet<number>,
  room: LabelRoom,
  twoFirst: boolean,
  newestFirst = false,
): LabelPlace[] {
  const height = room.fontPx * LINE_EM;
  const lift = room.lift ?? LIFT;
  const places: LabelPlace[] = arrows.map((a) => ({
    show: false,
    at: 0.5 * squeezeOf(a),
    below: false,
    split: false,
    extent: null,
    plated: false,
    underPlate: false,
  }));
  const boxes: (LabelBox | null)[] = arrows.map(() => null);
  const sides = room.below ? [false, true] : [false];
  const hasLines = Boolean(room.lines?.length);
  const hasPackets = Boolean(room.packets?.length);
  const soft = [
    ...(hasLines ? [{ offLines: true, offPackets: hasPackets }] : []),
    ...(hasPackets ? [{ offLines: false, offPackets: true }] : []),
    { offLines: false, offPackets: false },
  ];
  const placed: LabelBox[] = [...(room.obstacles ?? [])];
  const order = arrows.map((_, i) => i).filter((i) => drawn(arrows[i] as ArrowGeometry, i));
  const isCurrent = (i: number) => current.has((arrows[i] as ArrowGeometry).seg.id);
  order.sort(
    (i, j) => Number(isCurrent(j)) - Number(isCurrent(i)) || (newestFirst ? j - i : i - j),
  );
  for (const i of order) {
    const a = arrows[i] as ArrowGeometry;
    const em = room.ems[i] ?? textEm(a.label);
    const width = labelWidth(em, room.fontPx);
    const squeeze = squeezeOf(a);
    // On one line, then (where `splitEms` says how long) on two, half as long and twice as tall
    // (or on as many as `splitRows` says).
    const shapes = [{ width, height, split: false }];
    const splitEm = room.splitEms?.[i];
    if (splitEm !== undefined && splitEm < em)
      shapes.push({
        width: labelWidth(splitEm, room.fontPx),
        height: (room.splitRows?.[i] ?? 2) * height,
        split: true,
      });
    if (twoFirst) shapes.reverse();
    let chosen: {
      at: number;
      box: LabelBox;
      below: boolean;
      split: boolean;
      offLines?: boolean;
    } | null = null;
    // Off the other arrows' lines and the packets at rest if it can be, else off the packets
    // only, else over one rather than left out; between the lanes if it can be
    // (`room.between`), else reaching past one; the first candidate that covers nothing placed
    // ends the search. A current label keeps between the lanes before it keeps off the lines and
    // packets: drawn across a lane to keep off a line, the step's own numbers ran through the
    // lane's line and the state tags' column (lost-segment's retransmission at 1920×1080).
    const laneTries = room.between ? [room.between, ...(room.onlyBetween ? [] : [null])] : [null];
    const tries = isCurrent(i)
      ? laneTries.flatMap((lanes) => soft.map((s) => ({ ...s, lanes })))
      : soft.flatMap((s) => laneTries.map((lanes) => ({ ...s, lanes })));
    search: for (const { offLines, offPackets, lanes } of tries) {
      for (const shape of shapes) {
        for (const below of sides) {
          for (const stop of shape.split ? SPLIT_STOPS : LABEL_STOPS) {
            const at = stop * squeeze;
            const box = labelBox(a, at, shape.width, shape.height, lift, below);
            if (lanes && !withinLanes(box, lanes)) continue;
            if (room.edges && !within(box, room.edges.left, room.edges.right)) continue;
            if (offPackets && underPacket(a, box, room.packets)) continue;
            if (offLines && acrossLine(a, box, room.lines)) continue;
            if (!placed.some((p) => boxesOverlap(p, box))) {
              chosen = { at, box, below, split: shape.split, offLines };
              break search;
            }
          }
        }
      }
    }
    // A current label is never left out: what the step sends and receives keeps its numbers in
    // view. Where it fits at none of the stops, it is tried nearer either end of its arrow, then
    // under it (a second one, when a step receives one segment and sends another, beside the
    // first), between the lanes where it keeps between them and else across one, since over
    // another label neither reads (why-time-wait's last ACK and the FIN it answers); failing
    // those, it is drawn at its middle over whatever it meets: on one line, or on its lines where
    // one would reach past the diagram's edges or the lanes it keeps between.
    const keep = room.onlyBetween ? room.between : undefined;
    if (!chosen && isCurrent(i)) chosen = nearAnEnd(a, shapes, squeeze, lift, placed, keep);
    if (!chosen && isCurrent(i) && keep) chosen = nearAnEnd(a, shapes, squeeze, lift, placed);
    if (!chosen && isCurrent(i)) {
      const at = LABEL_STOPS[0] * squeeze;
      const oneLine = labelBox(a, at, width, height, lift);
      const split = shapes.find((shape) => shape.split);
      const cut =
        (room.edges && !within(oneLine, room.edges.left, room.edges.right)) ||
        (keep && !withinLanes(oneLine, keep));
      chosen =
        split && cut
          ? { at, box: labelBox(a, at, split.width, split.height, lift), below: false, split: true }
          : { at, box: oneLine, below: false, split: false };
    }
    if (chosen) {
      placed.push(chosen.box);
      const { box, at, below, split } = chosen;
      const half = reach(box, 0, 1);
      // Placed off the lines, it is clear of them; else it is checked against them.
      const plated = !chosen.offLines && acrossLine(a, box, room.lines ?? room.plateLines);
      boxes[i] = box;
      places[i] = {
        show: true,
        at,
        below,
        split,
        extent: { top: box.cy - half, bottom: box.cy + half },
        plated,
        underPlate: false,
      };
    }
  }
  const plates = boxes.filter(
    (box, i): box is LabelBox => box !== null && places[i]?.plated === true,
  );
  if (plates.length > 0)
    boxes.forEach((box, i) => {
      const place = places[i];
      if (box && place && !place.plated)
        place.underPlate = plates.some((p) => nearPlate(p, box, room.fontPx));
    });
  return places;
}

/**
 * The first of the stops nearer either end (`SPLIT_STOPS`), over its arrow then under it, where a
 * label covers no label placed (and stays between the `lanes`, given).
 */
function nearAnEnd(
  a: ArrowGeometry,
  shapes: readonly { width: number; height: number; split: boolean }[],
  squeeze: number,
  lift: number,
  placed: readonly LabelBox[],
  lanes?: Lanes,
): { at: number; box: LabelBox; below: boolean; split: boolean } | null {
  for (const below of [false, true]) {
    for (const shape of shapes) {
      for (const stop of SPLIT_STOPS) {
        const at = stop * squeeze;
        const box = labelBox(a, at, shape.width, shape.height, lift, below);
        if (lanes && !withinLanes(box, lanes)) continue;
        if (!placed.some((p) => boxesOverlap(p, box)))
          return { at, box, below, split: shape.split };
      }
    }
  }
  return null;
}
