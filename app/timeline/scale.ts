/**
 * The diagram's time axis: virtual milliseconds to pixels. Time is drawn to scale, the link's
 * pixels per millisecond, so that an arrow's slope is its latency and every tick of the ruler
 * stands where its time is drawn. Two things depart from it, each marked on the ruler:
 * - a pause: room that the drawing needs at one instant and time does not give (segments sent
 *   together drawn one under the other, a lane still busy, a label's room between moments) is
 *   inserted at that instant, and the ruler stands still over it;
 * - a compressed stretch: a long quiet one (an RTO, TIME-WAIT's 2×MSL) cut to a fixed height,
 *   so that a GET stays readable on one screen.
 */
import type { Timeline } from '../model';

export interface ScaleBreak {
  /** Pixel band the compressed stretch occupies. */
  y0: number;
  y1: number;
  /** Virtual time it stands for. */
  from: number;
  to: number;
}

/**
 * Pixel band over which the ruler stands still at one instant: whatever is drawn at `time` lies
 * between `y0` and `y1`, and time runs on to scale from `y1`.
 */
export interface ScalePause {
  y0: number;
  y1: number;
  time: number;
}

export interface TimeScale {
  /** Where `time` is drawn: an instant with a pause at the moment's own y, inside its pause. */
  y(time: number): number;
  top: number;
  height: number;
  breaks: ScaleBreak[];
  pauses: ScalePause[];
  ticks: { y: number; time: number }[];
  pxPerMs: number;
}

export interface ScaleOptions {
  top?: number;
  bottom?: number;
  /** Pixels for one one-way latency. */
  latencyPx?: number;
  /** Smallest gap between two distinct event times. */
  minGapPx?: number;
  /**
   * Smallest gap before the given moments, where it is larger than `minGapPx`: a capture's moment
   * whose label goes over its level arrow on two lines or more, in projector mode (layout.ts).
   */
  gapsPx?: ReadonlyMap<number, number>;
  /**
   * Whether a moment after a compressed stretch is that gap under it too: a capture's label goes
   * over its level arrow, centred between the lanes, and would meet the stretch's words.
   */
  gapUnderBreaks?: boolean;
  /** Height of a compressed stretch. */
  breakPx?: number;
  /** Moments drawn no higher than the given y (what is drawn before them reaches that far down). */
  floors?: ReadonlyMap<number, number>;
  /**
   * How far under its moment's y what happens at an instant is drawn (px): a segment stacked
   * under another sent with it, or an answer drawn from where what it answers arrives. The ruler
   * pauses that long there, so that the time under it is still to scale.
   */
  pauses?: ReadonlyMap<number, number>;
  /**
   * Smallest gap between two moments at which a segment leaves or reaches one side's lane: a
   * segment sent sooner after the one before is drawn that far under it (`Stacking`), so the
   * scale makes that room, and as much where they arrive, so that the two are drawn side by side.
   * Without it, a burst of segments a millisecond apart was drawn further and further below its
   * moments, and below the "now" line and the state tags, which are drawn at them.
   */
  laneGapPx?: number;
}

/** Enough for a long capture's ruler, which is drawn a band at a time (`band.ts`). */
const MAX_TICKS = 20_000;

/**
 * Tick intervals, in ms. The hundredths are for a capture on one machine (loopback), whose whole
 * session takes well under a millisecond: its ruler says so, in steps of 0.01 ms at the finest,
 * the most decimals a number here is written with (strings/intl.ts `formatNumber`).
 */
const NICE = [
  0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
  10_000,
];
/** Room between two ticks' numbers. */
const TICK_PX = 48;

export function eventTimes(timeline: Timeline): number[] {
  const times = new Set<number>([0]);
  for (const s of timeline.steps) times.add(s.time);
  for (const seg of timeline.segments) {
    times.add(seg.sentAt);
    if (seg.arrivesAt !== null) times.add(seg.arrivesAt);
    // A lost segment dies half way (geometry.ts aims its arrow at twice its death): where it
    // would have arrived is kept to scale too, so that a quiet stretch after it is compressed
    // only from there. Compressed from its death, the arrow met the other lane at the break and
    // the cross sat on the lane: why-time-wait's lost last ACK looked delivered.
    if (seg.lostAt !== null) {
      times.add(seg.lostAt);
      if (seg.arrivesAt === null) times.add(2 * seg.lostAt - seg.sentAt);
    }
  }
  return [...times].sort((a, b) => a - b);
}

/**
 * Pixels per millisecond: the link's one-way latency is `latencyPx`. A capture has no link
 * latency (one vantage point) and is drawn as if its latency were 10 ms; one on one machine
 * (loopback), whose whole session takes well under a millisecond, would then be a few pixels of
 * time and all pauses, its ruler reading only 0: its time is drawn as tall as its moments need.
 */
function pxPerMs(timeline: Timeline, times: readonly number[], latencyPx: number, minGap: number) {
  const k = latencyPx / (timeline.link.latencyMs > 0 ? timeline.link.latencyMs : 10);
  const span = (times[times.length - 1] as number) - (times[0] as number);
  if (timeline.link.latencyMs > 0 || span <= 0 || span * k >= 2 * TICK_PX) return k;
  return Math.max(k, (times.length * minGap) / span);
}

export function buildScale(timeline: Timeline, options: ScaleOptions = {}): TimeScale {
  const top = options.top ?? 56;
  const bottom = options.bottom ?? 28;
  const latencyPx = options.latencyPx ?? 64;
  const minGap = options.minGapPx ?? 10;
  const breakPx = options.breakPx ?? 44;
  const times = eventTimes(timeline);
  const k = pxPerMs(timeline, times, latencyPx, minGap);
  // A gap longer than a few round trips has nothing in it worth drawing to scale.
  const compressAbove = Math.max((6 * latencyPx) / k, 40);

  // The lanes something leaves or reaches at each moment (an old duplicate leaves from mid-link,
  // not a lane; a lost segment reaches none), and where on each lane the last thing happened.
  // Several segments sent at one instant take a stack's height each.
  const lanesAt = new Map<number, Set<string>>();
  const stacks = new Map<string, number>();
  const touch = (time: number, side: string) =>
    lanesAt.set(time, (lanesAt.get(time) ?? new Set<string>()).add(side));
  for (const seg of timeline.segments) {
    if (!seg.oldDuplicate) {
      touch(seg.sentAt, seg.from);
      const key = `${seg.sentAt} ${seg.from}`;
      stacks.set(key, (stacks.get(key) ?? 0) + 1);
    }
    if (seg.arrivesAt !== null) touch(seg.arrivesAt, seg.to);
  }
  const lastOnLane = new Map<string, number>();
  const laneGap = options.laneGapPx ?? 0;
  const happened = (time: number, y: number) => {
    for (const side of lanesAt.get(time) ?? [])
      lastOnLane.set(side, y + Math.max(0, (stacks.get(`${time} ${side}`) ?? 1) - 1) * laneGap);
  };
  const need = (time: number) => options.pauses?.get(time) ?? 0;
  // Each moment's y, and where the ruler reaches its time (above the moment only under a
  // compressed stretch, where the room under the stretch is the moment's) and leaves it: the
  // moment's pause lies between. Time between two moments is to scale, the room it does not
  // give taken at the earlier: the later is where its time falls under the earlier's pause.
  const ys: number[] = [top];
  const reach: number[] = [top];
  const leave: number[] = [];
  happened(times[0] as number, top);
  const breaks: ScaleBreak[] = [];
  for (let i = 1; i < times.length; i++) {
    const time = times[i] as number;
    const before = times[i - 1] as number;
    const gap = time - before;
    const prev = ys[i - 1] as number;
    const left = prev + need(before);
    const afterLane = Math.max(
      0,
      ...[...(lanesAt.get(time) ?? [])].map(
        (side) => (lastOnLane.get(side) ?? Number.NEGATIVE_INFINITY) + laneGap,
      ),
    );
    const least = Math.max(minGap, options.gapsPx?.get(time) ?? 0);
    const floor = options.floors?.get(time) ?? 0;
    let y: number;
    if (gap > compressAbove) {
      breaks.push({ y0: left, y1: left + breakPx, from: before, to: time });
      leave.push(left);
      reach.push(left + breakPx);
      y = Math.max(left + breakPx + (options.gapUnderBreaks ? least : 0), afterLane, floor);
    } else {
      y = Math.max(prev + Math.max(gap * k, least), left + gap * k, floor, afterLane);
      leave.push(y - gap * k);
      reach.push(y);
    }
    ys.push(y);
    happened(time, y);
  }
  const last = times.length - 1;
  const end = times[last] as number;
  leave.push((ys[last] as number) + need(end));
  const pauses: ScalePause[] = [];
  for (let i = 0; i <= last; i++) {
    const y0 = reach[i] as number;
    const y1 = leave[i] as number;
    if (y1 - y0 > 0.01) pauses.push({ y0, y1, time: times[i] as number });
  }

  const y = (time: number): number => {
    if (time <= (times[0] as number)) return top;
    if (time >= end) return ys[last] as number;
    // Binary search for the stretch holding `time`.
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) <= time) lo = mid;
      else hi = mid;
    }
    const t0 = times[lo] as number;
    const t1 = times[hi] as number;
    if (time === t0) return ys[lo] as number;
    // Across a compressed stretch, evenly over its band; elsewhere to scale, up to the moment.
    if (t1 - t0 > compressAbove) {
      const y0 = leave[lo] as number;
      return y0 + ((time - t0) / (t1 - t0)) * ((reach[hi] as number) - y0);
    }
    return (reach[hi] as number) - (t1 - time) * k;
  };

  // Ticks in each linear stretch between the breaks.
  const ranges: [number, number][] = [];
  let from = 0;
  for (const b of breaks) {
    ranges.push([from, b.from]);
    from = b.to;
  }
  ranges.push([from, end]);
  const ticksEvery = (interval: number) => {
    const ticks: { y: number; time: number }[] = [];
    // Counted in whole intervals, so that 0.1 + 0.2 is not 0.30000000000000004.
    for (const [a, b] of ranges)
      for (let n = Math.ceil(a / interval); n * interval <= b && ticks.length < MAX_TICKS; n++) {
        const time = Number((n * interval).toFixed(2));
        ticks.push({ y: y(time), time });
      }
    return ticks;
  };
  // Ticks TICK_PX apart at least, where time is drawn to scale; a pause only parts two further.
  // A session shorter than that interval would get no tick but 0: it gets the finest interval
  // whose ticks all have their room.
  const toScale = NICE.find((n) => n * k >= TICK_PX) ?? 10_000;
  let ticks = ticksEvery(toScale);
  if (toScale > end)
    for (const interval of NICE.filter((n) => n <= end)) {
      const finer = ticksEvery(interval);
      if (finer.every((tick, i) => i === 0 || tick.y - (finer[i - 1]?.y ?? 0) >= TICK_PX)) {
        ticks = finer;
        break;
      }
    }
  ticks.sort((a, b) => a.time - b.time);
  return {
    y,
    top,
    height: (leave[last] as number) + bottom,
    breaks,
    pauses,
    ticks,
    pxPerMs: k,
  };
}
