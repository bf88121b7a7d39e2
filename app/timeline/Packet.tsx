/**
 * The packets that travel along the current step's arrows, animated with
 * framer-motion (`LazyMotion` and `m` components). This module is a chunk of
 * its own, fetched when the page is idle after the first drawing (see
 * `PacketLayer`): nothing moves before the first step, so the animation library
 * is not part of the first load.
 *
 * A packet is an HTML box laid over the SVG, not an SVG element: framer-motion
 * runs an HTML element's x / y / scale / opacity as one Web Animation, which
 * the compositor plays without the main thread; an SVG element would be moved
 * by script at every frame.
 */
import { domAnimation, LazyMotion, MotionConfig, m } from 'framer-motion';
import type { ArrowMoment } from './Arrow';
import type { ArrowGeometry } from './geometry';

const HEIGHT = 16;

export interface Moving {
  a: ArrowGeometry;
  moment: Exclude<ArrowMoment, null>;
}

export default function MotionPackets({
  moving,
  step,
  duration,
  dataText,
}: {
  moving: readonly Moving[];
  /** The step they belong to: a new step starts each packet's journey again. */
  step: number;
  duration: number;
  dataText: string;
}) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        {moving.map(({ a, moment }) => (
          <Packet
            key={`${a.seg.id}-${step}`}
            a={a}
            moment={moment}
            duration={duration}
            dataText={dataText}
          />
        ))}
      </MotionConfig>
    </LazyMotion>
  );
}

function Packet({
  a,
  moment,
  duration,
  dataText,
}: Moving & { duration: number; dataText: string }) {
  const from = moment === 'send' ? { x: a.x1, y: a.y1 } : { x: a.xm, y: a.ym };
  // On arrival it stops just short of the receiver, so that the arrowhead shows.
  const to =
    moment === 'receive'
      ? { x: a.x1 + (a.x2 - a.x1) * 0.86, y: a.y1 + (a.y2 - a.y1) * 0.86 }
      : { x: a.xm, y: a.ym };
  const text = packetText(a, dataText);
  const w = Math.max(34, text.length * 7 + 12);
  // The box's top-left corner sits at (0, 0) of the diagram; x / y centre it on the point.
  const at = (p: { x: number; y: number }) => ({ x: p.x - w / 2, y: p.y - HEIGHT / 2 });
  return (
    <m.div
      className={`packet from-${a.seg.from} ${moment}`}
      style={{ width: w, height: HEIGHT }}
      initial={{ ...at(from), opacity: 1, scale: 1 }}
      animate={{
        ...at(to),
        opacity: moment === 'lost' ? 0.35 : 1,
        scale: moment === 'lost' ? 0.7 : 1,
      }}
      transition={{ duration, ease: 'easeInOut' }}
      aria-hidden="true"
    >
      {text}
    </m.div>
  );
}

function packetText(a: ArrowGeometry, dataText: string): string {
  const f = a.seg.flags;
  if (f.includes('RST')) return 'RST';
  if (f.includes('SYN')) return 'SYN';
  if (f.includes('FIN')) return 'FIN';
  if (a.seg.payloadLength > 0) return dataText;
  return 'ACK';
}
