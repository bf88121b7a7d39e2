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
  /** False where the label would overprint the one before it (a burst); shown when current. */
  showLabel: boolean;
  /** Where along the arrow the label sits, from the sender (0–1). */
  labelAt: number;
  sendStep: number;
  /** The step that receives or drops it. */
  endStep: number | null;
}

const STACK_PX = 24;
const LABEL_GAP = 18;
const LABEL_AT = 0.4;

export function segmentLabel(seg: Segment, mode: SeqMode): string {
  const parts = [`[${seg.flags.join(', ')}]`, `Seq=${seqOf(seg, mode)}`];
  if (seg.flags.includes('ACK')) parts.push(`Ack=${ackOf(seg, mode)}`);
  parts.push(`Len=${seg.payloadLength}`);
  return parts.join(' ');
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
  /** On a narrow screen, labels of both directions compete for the same room. */
  narrow = false,
): ArrowGeometry[] {
  const steps = segmentSteps(timeline);
  const latency = timeline.link.latencyMs;
  // Segments sent by one side at the same instant would draw on top of each
  // other: each further one is drawn a little lower, in order of sending.
  const lastY: Record<string, number> = { client: -1e9, server: -1e9 };
  const placed: { x: number; y: number }[] = [];
  return timeline.segments.map((seg) => {
    const x1 = lanes[seg.from];
    const x2 = lanes[seg.to];
    const y0 = scale.y(seg.sentAt);
    const dy = Math.max(0, (lastY[seg.from] ?? 0) + STACK_PX - y0);
    const y1 = y0 + dy;
    lastY[seg.from] = y1;
    const lost = seg.arrivesAt === null;
    const arrival =
      seg.arrivesAt ?? (seg.lostAt !== null ? 2 * seg.lostAt - seg.sentAt : seg.sentAt + latency);
    const y2 = scale.y(arrival) + dy;
    const half = seg.lostAt ?? (seg.sentAt + arrival) / 2;
    const ym = scale.y(half) + dy;
    const xm = x1 + ((x2 - x1) * (ym - y1)) / Math.max(1, y2 - y1);
    const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
    // A label is left out (it shows when its step is current, and on hover)
    // where it would overprint one already placed near it.
    const lx = x1 + (x2 - x1) * LABEL_AT;
    const ly = y1 + (y2 - y1) * LABEL_AT;
    const room = narrow ? { x: 120, y: 20 } : { x: 150, y: LABEL_GAP };
    const showLabel = !placed.some(
      (p) => Math.abs(p.x - lx) < room.x && Math.abs(p.y - ly) < room.y,
    );
    if (showLabel) placed.push({ x: lx, y: ly });
    return {
      showLabel,
      labelAt: LABEL_AT,
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
    };
  });
}
