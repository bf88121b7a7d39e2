/** A straight arrow's geometry for the label tests, without a timeline behind it. */
import type { Segment } from '../model';
import type { ArrowGeometry } from '../timeline/geometry';

export function straightArrow(
  id: number,
  [x1, y1]: readonly [number, number],
  [x2, y2]: readonly [number, number],
  { lost = false, label = '[PSH, ACK] Seq=1 Ack=88 Len=352' } = {},
): ArrowGeometry {
  // A label reads left to right whichever way its arrow runs (`textDirection`).
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  return {
    seg: { id, from: x1 < x2 ? 'client' : 'server', retransmissionOf: null } as Segment,
    x1,
    y1,
    x2,
    y2,
    xm: (x1 + x2) / 2,
    ym: (y1 + y2) / 2,
    lost,
    angle: x2 < x1 ? angle - 180 : angle,
    label,
    sendStep: id,
    endStep: id + 1,
    past: null,
    expectedAck: null,
  };
}
