/**
 * Where the current step's packets travel and where they come to rest, as plain geometry: the
 * animation chunk (`Packet.tsx`) moves the boxes along these paths, and the labels of the other
 * arrows keep off the boxes at rest (`StepLayer`, `placeLabels`' `packets`), so that a packet
 * that has landed never hides another segment's numbers.
 */
import type { Step } from '../model';
import type { ArrowMoment } from './Arrow';
import type { ArrowGeometry, LabelBox } from './geometry';

/** A packet's height (px), as drawn (diagram.css's `.packet` is sized by its style). */
export const PACKET_HEIGHT = 13;

export interface Moving {
  a: ArrowGeometry;
  moment: Exclude<ArrowMoment, null>;
}

interface Point {
  x: number;
  y: number;
}

/** The packets of a step: each segment it sends, and the one it receives or loses. */
export function movingPackets(
  step: Step,
  arrowOf: (segment: number) => ArrowGeometry | undefined,
): Moving[] {
  const moving: Moving[] = [];
  for (const id of step.segmentsOut) {
    const a = arrowOf(id);
    if (a) moving.push({ a, moment: 'send' });
  }
  const incoming = step.segmentIn === null ? undefined : arrowOf(step.segmentIn);
  if (incoming && !step.segmentsOut.includes(incoming.seg.id)) {
    moving.push({ a: incoming, moment: step.kind === 'lost' ? 'lost' : 'receive' });
  }
  return moving;
}

/** The word on a packet: its most telling flag, else `data` for a payload, else ACK. */
export function packetText(a: ArrowGeometry, dataText: string): string {
  const f = a.seg.flags;
  if (f.includes('RST')) return 'RST';
  if (f.includes('SYN')) return 'SYN';
  if (f.includes('FIN')) return 'FIN';
  if (a.seg.payloadLength > 0) return dataText;
  return 'ACK';
}

/** A packet's width (px) for its word. */
export function packetWidth(text: string): number {
  return Math.max(34, text.length * 7 + 12);
}

/**
 * Where a packet starts and stops (the centre of its box). A sent packet flies to half way, where
 * it waits in flight; a received one goes on from there and stops just short of the receiver, so
 * that the arrowhead shows; a lost one dies half way.
 */
export function packetPath(a: ArrowGeometry, moment: Moving['moment']): { from: Point; to: Point } {
  const from = moment === 'send' ? { x: a.x1, y: a.y1 } : { x: a.xm, y: a.ym };
  const to =
    moment === 'receive'
      ? { x: a.x1 + (a.x2 - a.x1) * 0.86, y: a.y1 + (a.y2 - a.y1) * 0.86 }
      : { x: a.xm, y: a.ym };
  return { from, to };
}

/** How much a lost packet shrinks as it dies. */
export const LOST_SCALE = 0.7;

/**
 * The boxes of a step's packets where they come to rest, each with its segment: turned with the
 * arrow, as the packet is drawn. The box is the packet's own, but for a pixel and a half at top
 * and bottom: a label's box reaches 2 px under its baseline for descenders, which clear the
 * packet's rounded corners.
 */
export function restingPackets(
  step: Step,
  arrowOf: (segment: number) => ArrowGeometry | undefined,
  dataText: string,
): { segment: number; box: LabelBox }[] {
  return movingPackets(step, arrowOf).map(({ a, moment }) => {
    const scale = moment === 'lost' ? LOST_SCALE : 1;
    const { to } = packetPath(a, moment);
    const hw = (packetWidth(packetText(a, dataText)) / 2) * scale;
    const hh = (PACKET_HEIGHT / 2) * scale - 1.5;
    const rad = (a.angle * Math.PI) / 180;
    const box = { cx: to.x, cy: to.y, hw, hh, ux: Math.cos(rad), uy: Math.sin(rad) };
    return { segment: a.seg.id, box };
  });
}
