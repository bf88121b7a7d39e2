/** Where each segment's arrow goes, and at which steps it is sent and received. */
import { ackOf, type SeqMode, seqOf } from '../explain/describe';
import type { Segment, Timeline } from '../model';
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

const STACK_PX = 24;
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

/** A label as drawn: on a narrow screen without its length. */
export function drawnLabel(label: string, narrow: boolean): string {
  return narrow ? label.replace(/ Len=\d+$/, '') : label;
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
): ArrowGeometry[] {
  const steps = segmentSteps(timeline);
  const latency = timeline.link.latencyMs;
  // Segments sent by one side at the same instant would draw on top of each
  // other: each further one is drawn a little lower, in order of sending.
  const lastY: Record<string, number> = { client: -1e9, server: -1e9 };
  return timeline.segments.map((seg) => {
    const old = seg.oldDuplicate === true;
    const x1 = old
      ? lanes[seg.from] + (lanes[seg.to] - lanes[seg.from]) * PAST_START
      : lanes[seg.from];
    const x2 = lanes[seg.to];
    const y0 = scale.y(seg.sentAt);
    // An old duplicate does not leave the client's lane: it takes no room there.
    const dy = old ? 0 : Math.max(0, (lastY[seg.from] ?? 0) + STACK_PX - y0);
    const y1 = y0 + dy;
    if (!old) lastY[seg.from] = y1;
    const lost = seg.arrivesAt === null;
    const arrival =
      seg.arrivesAt ?? (seg.lostAt !== null ? 2 * seg.lostAt - seg.sentAt : seg.sentAt + latency);
    const y2 = scale.y(arrival) + dy;
    const half = seg.lostAt ?? (seg.sentAt + arrival) / 2;
    const ym = scale.y(half) + dy;
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

/** Where one arrow's label goes: shown or not, and where along the arrow (0–1, from the sender). */
export interface LabelPlace {
  show: boolean;
  at: number;
}

export interface LabelRoom {
  /** The label's font size in px; a monospace character is taken as 0.6 of it wide. */
  fontPx: number;
  /** How many characters each arrow's label shows, as drawn. */
  chars: readonly number[];
  /** How far above the arrow the label's baseline sits (px). */
  lift?: number;
}

/** Positions along an arrow tried in turn, from the middle out. */
export const LABEL_STOPS = [0.5, 0.35, 0.65, 0.25, 0.75] as const;
/** A lost arrow is drawn only to where it dies (about half way): its stops are squeezed to that part. */
const LOST_SQUEEZE = 0.6;

/** A label's box: its centre, half width and half height, and its direction (unit vector along the text). */
export interface LabelBox {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
  ux: number;
  uy: number;
}

/** The box of a label `width` × `height`, its baseline `lift` px above the arrow at `at` (0–1). */
export function labelBox(
  a: ArrowGeometry,
  at: number,
  width: number,
  height: number,
  lift: number,
): LabelBox {
  const rad = (a.angle * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  // The text's centre: on the arrow, then lifted perpendicular to it, as the
  // rotated <text> is drawn at y = -lift with its glyphs above that.
  const up = lift + height / 2 - 2;
  return {
    cx: a.x1 + (a.x2 - a.x1) * at + uy * up,
    cy: a.y1 + (a.y2 - a.y1) * at - ux * up,
    hw: width / 2,
    hh: height / 2,
    ux,
    uy,
  };
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

/** Whether the axis (ax, ay) separates the two boxes, whose centres are (dx, dy) apart. */
function separates(ax: number, ay: number, dx: number, dy: number, p: LabelBox, q: LabelBox) {
  return Math.abs(dx * ax + dy * ay) >= reach(p, ax, ay) + reach(q, ax, ay);
}

/** Half of a box's extent along the axis (ax, ay). */
function reach(b: LabelBox, ax: number, ay: number): number {
  return b.hw * Math.abs(b.ux * ax + b.uy * ay) + b.hh * Math.abs(-b.uy * ax + b.ux * ay);
}

/**
 * Keeps the labels of the drawn arrows apart: no label ever covers another. The
 * current ones are placed first (the first always finds room; a second current one,
 * when a step receives one segment and sends another, only where it covers nothing);
 * then the others in order of sending, each at the
 * first stop along its arrow where its box clears every label already
 * placed. A label that fits nowhere is left out: it stays the arrow's
 * tooltip, and shows when its step is current.
 */
export function placeLabels(
  arrows: readonly ArrowGeometry[],
  drawn: (a: ArrowGeometry, i: number) => boolean,
  current: ReadonlySet<number>,
  room: LabelRoom,
): LabelPlace[] {
  const height = room.fontPx * 1.25;
  const lift = room.lift ?? 9;
  const places: LabelPlace[] = arrows.map((a) => ({
    show: false,
    at: a.lost ? 0.5 * LOST_SQUEEZE : 0.5,
  }));
  const placed: LabelBox[] = [];
  const order = arrows.map((_, i) => i).filter((i) => drawn(arrows[i] as ArrowGeometry, i));
  const isCurrent = (i: number) => current.has((arrows[i] as ArrowGeometry).seg.id);
  order.sort((i, j) => Number(isCurrent(j)) - Number(isCurrent(i)) || i - j);
  for (const i of order) {
    const a = arrows[i] as ArrowGeometry;
    const width = (room.chars[i] ?? a.label.length) * room.fontPx * 0.6 + 4;
    const squeeze = a.lost ? LOST_SQUEEZE : 1;
    let chosen: { at: number; box: LabelBox } | null = null;
    for (const stop of LABEL_STOPS) {
      const at = stop * squeeze;
      const box = labelBox(a, at, width, height, lift);
      if (!placed.some((p) => boxesOverlap(p, box))) {
        chosen = { at, box };
        break;
      }
    }
    if (chosen) {
      placed.push(chosen.box);
      places[i] = { show: true, at: chosen.at };
    }
  }
  return places;
}
