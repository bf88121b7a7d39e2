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
 *
 * What a step costs here is kept small: `LazyMotion` and `MotionConfig` are
 * rendered once per diagram (only `StepPackets` selects the cursor, so a step
 * re-renders neither, nor rebuilds their contexts); the features are `domMin`
 * (animations only: a packet has no gestures); a packet has no scale unless it
 * is lost, and its objects are made once per packet; and `WarmUp` runs this
 * path while the page is idle, so that the first steps do not compile it.
 */
import { domMin, LazyMotion, MotionConfig, m, type Transition } from 'framer-motion';
import { memo, useEffect, useMemo, useState } from 'react';
import { useApp } from '../store';
import { flightMs } from '../store/playback';
import type { ArrowGeometry } from './geometry';
import {
  LOST_SCALE,
  type Moving,
  movingPackets,
  type PacketSize,
  packetPath,
  packetSize,
  packetText,
  packetWidth,
} from './packet';

interface Props {
  arrows: readonly ArrowGeometry[];
  dataText: string;
}

const MotionPackets = memo(function MotionPackets({ arrows, dataText }: Props) {
  return (
    <LazyMotion features={domMin} strict>
      <MotionConfig reducedMotion="user">
        <StepPackets arrows={arrows} dataText={dataText} />
        <WarmUp />
      </MotionConfig>
    </LazyMotion>
  );
});
export default MotionPackets;

/** How many times the warm-up runs: enough for V8 to compile framer-motion's per-packet code. */
const WARM_ROUNDS = 3;
const WARM_TRANSITION: Transition = { duration: 0.05, ease: 'easeInOut' };
let warmed = false;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 50);
  return () => window.clearTimeout(id);
}

/**
 * Runs the per-step paths a few times while the page is idle, in a box that
 * is never shown (`visibility: hidden`, aria-hidden, nothing focusable), so
 * that the first steps a student takes or plays do not pay for compiling them
 * (those were the long frames at the start of playback): framer-motion's
 * per-packet path (mount an `m.div`, start x / y / opacity / scale, finish,
 * unmount), and React's update of memoised components, keyed lists,
 * attributes and text. It follows the packets' MotionConfig (reduced motion),
 * runs once per page, and changes nothing on screen or for a screen reader.
 */
function WarmUp() {
  const [round, setRound] = useState(() => (warmed ? WARM_ROUNDS : 0));
  const [ended, setEnded] = useState(-1);
  useEffect(() => {
    if (ended < 0) return;
    if (ended + 1 >= WARM_ROUNDS) warmed = true;
    return whenIdle(() => setRound(ended + 1));
  }, [ended]);
  if (round >= WARM_ROUNDS) return null;
  return (
    <div className="packet-warmup" aria-hidden="true">
      <m.div
        key={round}
        initial={{ x: 0, y: 0, opacity: 1, scale: 1 }}
        animate={{ x: 1, y: 1, opacity: 0.5, scale: 0.9 }}
        transition={WARM_TRANSITION}
        onAnimationComplete={() => setEnded(round)}
      />
      {WARM_ITEMS.map((i) => (
        <WarmItem key={(i + round) % WARM_ITEMS.length} n={round + i} />
      ))}
    </div>
  );
}

const WARM_ITEMS = [0, 1, 2, 3];
const WarmItem = memo(function WarmItem({ n }: { n: number }) {
  return <span className={n % 2 === 0 ? 'even' : 'odd'}>{n}</span>;
});

/** The packets of the step under the cursor: the one part here that a step re-renders. */
function StepPackets({ arrows, dataText }: Props) {
  const cursor = useApp((s) => s.cursor);
  const step = useApp((s) => s.timeline?.steps[s.cursor]);
  const speed = useApp((s) => s.speed);
  const size = useApp((s) => packetSize(s.projector));
  const byId = useMemo(() => new Map(arrows.map((a) => [a.seg.id, a])), [arrows]);
  const duration = flightMs(speed) / 1000;
  const transition = useMemo<Transition>(() => ({ duration, ease: 'easeInOut' }), [duration]);
  if (!step) return null;
  const moving = movingPackets(step, (id) => byId.get(id));
  // A new step starts each packet's journey again: the key holds the step.
  return moving.map(({ a, moment }) => (
    <Packet
      key={`${a.seg.id}-${cursor}`}
      a={a}
      moment={moment}
      transition={transition}
      dataText={dataText}
      size={size}
    />
  ));
}

const Packet = memo(function Packet({
  a,
  moment,
  transition,
  dataText,
  size,
}: Moving & { transition: Transition; dataText: string; size: PacketSize }) {
  const text = packetText(a, dataText);
  const w = packetWidth(text, size);
  // Made once per packet: a packet is mounted for one step and never re-rendered with new places.
  const motion = useMemo(() => packetMotion(a, moment, w, size), [a, moment, w, size]);
  return (
    <m.div
      className={`packet from-${a.seg.from} ${moment}`}
      style={motion.style}
      initial={motion.initial}
      animate={motion.animate}
      transition={transition}
      aria-hidden="true"
    >
      {text}
    </m.div>
  );
});

function packetMotion(a: ArrowGeometry, moment: Moving['moment'], w: number, size: PacketSize) {
  const { from, to } = packetPath(a, moment, size.ride);
  // The box's top-left corner sits at (0, 0) of the diagram; x / y centre it on the point.
  const at = (p: { x: number; y: number }) => ({ x: p.x - w / 2, y: p.y - size.height / 2 });
  // Only a lost packet shrinks; the others keep scale 1 without a motion value
  // (and an animation) for it. Opacity stays for all, though it goes from 1 to
  // 1: framer-motion then writes it once the packet is placed, and without that
  // write the packet at rest was more often drawn a little blurred (its layer
  // not rastered again where it stopped: sharp in 1 of 5 screenshots, against
  // 3 of 5 before and with it).
  const lost = moment === 'lost';
  return {
    // Turned with its arrow, as the arrow's label is: level, its corners reached into the label.
    style: { width: w, height: size.height, rotate: a.angle },
    initial: lost ? { ...at(from), opacity: 1, scale: 1 } : { ...at(from), opacity: 1 },
    animate: lost ? { ...at(to), opacity: 0.35, scale: LOST_SCALE } : { ...at(to), opacity: 1 },
  };
}
