/**
 * The packets that travel along the current step's arrows. This module is a
 * chunk of its own, fetched when the page is idle after the first drawing (see
 * `PacketLayer`): nothing moves before the first step.
 *
 * A packet is an HTML box laid over the SVG, not an SVG element, moved by one
 * Web Animation of its transform and opacity (`element.animate`), which the
 * compositor plays without the main thread; an SVG element would be moved by
 * script at every frame. The box's own style holds where it lands, so that it
 * stays there once the animation is over, and with reduced motion no animation
 * starts at all.
 *
 * What a step costs here is kept small: only `StepPackets` selects the cursor;
 * a packet's places are computed once, when it mounts for its step, and its
 * animation starts in a layout effect, in the same task as the key press, with
 * no layout read. An animation library that starts its animations from an
 * animation frame callback of its own (framer-motion does) adds that callback
 * to every step's frame: 2.5 ms at 1× CPU here, more than React's whole render
 * of the step. `WarmUp` runs this path while the page is idle, so that the
 * first steps do not compile it.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../store';
import { flightMs } from '../store/playback';
import type { ArrowMoment } from './Arrow';
import type { ArrowGeometry } from './geometry';

const HEIGHT = 16;

export interface Moving {
  a: ArrowGeometry;
  moment: Exclude<ArrowMoment, null>;
}

interface Props {
  arrows: readonly ArrowGeometry[];
  dataText: string;
}

const reducedMotion =
  typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;

const MotionPackets = memo(function MotionPackets({ arrows, dataText }: Props) {
  return (
    <>
      <StepPackets arrows={arrows} dataText={dataText} />
      <WarmUp />
    </>
  );
});
export default MotionPackets;

/** A packet's places: where its box starts and where it lands, as CSS. */
interface Flight {
  from: Keyframe;
  to: Keyframe;
}

/**
 * A ref for an element that flies from `flight.from` to `flight.to` over `ms` once mounted (its
 * own style holds `flight.to`); none with reduced motion. A new flight or duration would start
 * it again: a packet's are fixed when it mounts for its step (its key holds the step).
 */
function useFlight(flight: Flight, ms: number, onEnd?: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || reducedMotion?.matches || typeof el.animate !== 'function') {
      onEnd?.();
      return;
    }
    const animation = el.animate([flight.from, flight.to], { duration: ms, easing: 'ease-in-out' });
    if (onEnd) animation.onfinish = onEnd;
    return () => animation.cancel();
  }, [flight, ms, onEnd]);
  return ref;
}

/** How many times the warm-up runs: enough for V8 to compile the per-packet code. */
const WARM_ROUNDS = 3;
const WARM_FLIGHT: Flight = {
  from: { transform: 'translate(0px, 0px) scale(1)', opacity: 1 },
  to: { transform: 'translate(1px, 1px) scale(0.9)', opacity: 0.5 },
};
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
 * (those were the long frames at the start of playback): a packet's path
 * (mount, start its animation, finish, unmount), and React's update of
 * memoised components, keyed lists, attributes and text. It runs once per
 * page, and changes nothing on screen or for a screen reader.
 */
function WarmUp() {
  const [round, setRound] = useState(() => (warmed ? WARM_ROUNDS : 0));
  if (round >= WARM_ROUNDS) return null;
  const next = () => {
    if (round + 1 >= WARM_ROUNDS) warmed = true;
    whenIdle(() => setRound(round + 1));
  };
  return (
    <div className="packet-warmup" aria-hidden="true">
      <WarmPacket key={round} onEnd={next} />
      {WARM_ITEMS.map((i) => (
        <WarmItem key={(i + round) % WARM_ITEMS.length} n={round + i} />
      ))}
    </div>
  );
}

function WarmPacket({ onEnd }: { onEnd: () => void }) {
  const [end] = useState(() => onEnd);
  const ref = useFlight(WARM_FLIGHT, 50, end);
  return <div ref={ref} style={WARM_FLIGHT.to as React.CSSProperties} />;
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
  const byId = useMemo(() => new Map(arrows.map((a) => [a.seg.id, a])), [arrows]);
  if (!step) return null;
  const moving: Moving[] = [];
  for (const id of step.segmentsOut) {
    const a = byId.get(id);
    if (a) moving.push({ a, moment: 'send' });
  }
  const incoming = step.segmentIn === null ? undefined : byId.get(step.segmentIn);
  if (incoming && !step.segmentsOut.includes(incoming.seg.id)) {
    moving.push({ a: incoming, moment: step.kind === 'lost' ? 'lost' : 'receive' });
  }
  // A new step starts each packet's journey again: the key holds the step.
  return moving.map(({ a, moment }) => (
    <Packet
      key={`${a.seg.id}-${cursor}`}
      a={a}
      moment={moment}
      ms={flightMs(speed)}
      dataText={dataText}
    />
  ));
}

const Packet = memo(function Packet({
  a,
  moment,
  ms,
  dataText,
}: Moving & { ms: number; dataText: string }) {
  const text = packetText(a, dataText);
  const w = Math.max(34, text.length * 7 + 12);
  // Made once per packet: a packet is mounted for one step and never re-rendered with new places.
  const flight = useMemo(() => packetMotion(a, moment, w), [a, moment, w]);
  const style = useMemo(() => ({ width: w, height: HEIGHT, ...flight.to }), [w, flight]);
  // A change of speed during the flight leaves it as long as it started.
  const [duration] = useState(ms);
  const ref = useFlight(flight, duration);
  return (
    <div
      ref={ref}
      className={`packet from-${a.seg.from} ${moment}`}
      style={style as React.CSSProperties}
      aria-hidden="true"
    >
      {text}
    </div>
  );
});

function packetMotion(a: ArrowGeometry, moment: Moving['moment'], w: number): Flight {
  const from = moment === 'send' ? { x: a.x1, y: a.y1 } : { x: a.xm, y: a.ym };
  // On arrival it stops just short of the receiver, so that the arrowhead shows.
  const to =
    moment === 'receive'
      ? { x: a.x1 + (a.x2 - a.x1) * 0.86, y: a.y1 + (a.y2 - a.y1) * 0.86 }
      : { x: a.xm, y: a.ym };
  // The box's top-left corner sits at (0, 0) of the diagram; the translation centres it on the
  // point. Only a lost packet shrinks and fades.
  const at = (p: { x: number; y: number }, scale: number) =>
    `translate(${p.x - w / 2}px, ${p.y - HEIGHT / 2}px)${scale === 1 ? '' : ` scale(${scale})`}`;
  const lost = moment === 'lost';
  return {
    from: { transform: at(from, 1), opacity: 1 },
    to: { transform: at(to, lost ? 0.7 : 1), opacity: lost ? 0.35 : 1 },
  };
}

function packetText(a: ArrowGeometry, dataText: string): string {
  const f = a.seg.flags;
  if (f.includes('RST')) return 'RST';
  if (f.includes('SYN')) return 'SYN';
  if (f.includes('FIN')) return 'FIN';
  if (a.seg.payloadLength > 0) return dataText;
  return 'ACK';
}
