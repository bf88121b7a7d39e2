/**
 * Where the current step's packets travel and where they come to rest, as plain geometry: the
 * animation chunk (`Packet.tsx`) moves the boxes along these paths, and the labels of the other
 * arrows keep off the boxes at rest (`StepLayer`, `placeLabels`' `packets`), so that a packet
 * that has landed never hides another segment's numbers.
 */
import type { Step } from '../model';
import type { ArrowMoment } from './Arrow';
import { type ArrowGeometry, type LabelBox, textDirection } from './geometry';

/**
 * A packet's size (px) in each mode, its box sized by its style to fit its word in diagram.css's
 * font for `.packet` (0.68rem of a 15 px root, and 13 px in projector mode): height, the advance
 * of one character, the padding beside the word and the least width. `ride` is how far under its
 * arrow the packet travels. A label over its arrow has its baseline 9 px over it, and descenders
 * (the q of "Seq", a comma, the brackets) about a fifth of its font size lower: the packet's top,
 * with its 1 px ring, stays under them (a 10.8 px label in the page, 24 px in projector mode).
 * In projector mode a label may also go under its arrow, its letters from about 17 px under it:
 * the packet's bottom stays over them, which is why it is not larger there.
 */
export interface PacketSize {
  height: number;
  charPx: number;
  padPx: number;
  minWidth: number;
  ride: number;
}
export const PACKET_SIZES: Readonly<Record<'page' | 'projector', PacketSize>> = {
  page: { height: 13, charPx: 7, padPx: 12, minWidth: 34, ride: 2.5 },
  projector: { height: 16, charPx: 8.5, padPx: 12, minWidth: 40, ride: 5 },
};

/** The packet's size in projector mode or out of it. */
export function packetSize(projector: boolean): PacketSize {
  return projector ? PACKET_SIZES.projector : PACKET_SIZES.page;
}

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
    // A captured segment is sent and seen in one step (src/capture/timeline.ts), the receiver's
    // state after it: it lands. Left half way, which is its sender's lane when it takes no time,
    // it sat on the sender's new state.
    if (a) moving.push({ a, moment: id === step.segmentIn ? 'receive' : 'send' });
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
export function packetWidth(text: string, size: PacketSize): number {
  return Math.max(size.minWidth, text.length * size.charPx + size.padPx);
}

/**
 * Where a packet starts and stops (the centre of its box), `ride` px under its arrow. A sent
 * packet flies to half way, where it waits in flight; a received one goes on from there and stops
 * just short of the receiver, so that the arrowhead shows. A segment that will be lost waits half
 * way along the part of its arrow drawn, and goes on to die where the arrow ends (`xm`, half way
 * in time: near the far lane where the time after it is compressed, and a packet waiting there
 * would look delivered).
 */
export function packetPath(
  a: ArrowGeometry,
  moment: Moving['moment'],
  ride: number,
): { from: Point; to: Point } {
  const along = (f: number) => ({ x: a.x1 + (a.x2 - a.x1) * f, y: a.y1 + (a.y2 - a.y1) * f });
  const middle = a.lost ? { x: (a.x1 + a.xm) / 2, y: (a.y1 + a.ym) / 2 } : { x: a.xm, y: a.ym };
  const from = moment === 'send' ? { x: a.x1, y: a.y1 } : middle;
  const to = moment === 'receive' ? along(0.86) : moment === 'lost' ? { x: a.xm, y: a.ym } : middle;
  // Under the arrow: a quarter turn from the direction the label reads in.
  const { ux, uy } = textDirection(a);
  const under = (p: Point) => ({ x: p.x - uy * ride, y: p.y + ux * ride });
  return { from: under(from), to: under(to) };
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
  size: PacketSize,
): { segment: number; box: LabelBox }[] {
  return movingPackets(step, arrowOf).map(({ a, moment }) => {
    const scale = moment === 'lost' ? LOST_SCALE : 1;
    const { to } = packetPath(a, moment, size.ride);
    const hw = (packetWidth(packetText(a, dataText), size) / 2) * scale;
    const hh = (size.height / 2) * scale - 1.5;
    return { segment: a.seg.id, box: { cx: to.x, cy: to.y, hw, hh, ...textDirection(a) } };
  });
}
