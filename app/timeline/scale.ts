/**
 * The diagram's time axis: virtual milliseconds to pixels. Linear where things
 * happen, so that an arrow's slope is its latency; a long quiet stretch (an
 * RTO, TIME-WAIT's 2×MSL) is cut to a fixed height and marked on the ruler, so
 * that a GET stays readable on one screen.
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

export interface TimeScale {
  y(time: number): number;
  top: number;
  height: number;
  breaks: ScaleBreak[];
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

export function buildScale(timeline: Timeline, options: ScaleOptions = {}): TimeScale {
  const top = options.top ?? 56;
  const bottom = options.bottom ?? 28;
  const latencyPx = options.latencyPx ?? 64;
  const minGap = options.minGapPx ?? 10;
  const breakPx = options.breakPx ?? 44;
  const latency = timeline.link.latencyMs > 0 ? timeline.link.latencyMs : 10;
  const k = latencyPx / latency;
  // A gap longer than a few round trips has nothing in it worth drawing to scale.
  const compressAbove = Math.max(6 * latency, 40);

  const times = eventTimes(timeline);
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
  const ys: number[] = [top];
  happened(times[0] as number, top);
  const breaks: ScaleBreak[] = [];
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] as number) - (times[i - 1] as number);
    const prev = ys[i - 1] as number;
    const afterLane = Math.max(
      0,
      ...[...(lanesAt.get(times[i] as number) ?? [])].map(
        (side) => (lastOnLane.get(side) ?? Number.NEGATIVE_INFINITY) + laneGap,
      ),
    );
    const least = Math.max(minGap, options.gapsPx?.get(times[i] as number) ?? 0);
    if (gap > compressAbove) {
      breaks.push({
        y0: prev,
        y1: prev + breakPx,
        from: times[i - 1] as number,
        to: times[i] as number,
      });
      ys.push(Math.max(prev + breakPx + (options.gapUnderBreaks ? least : 0), afterLane));
    } else {
      ys.push(
        Math.max(
          prev + Math.max(gap * k, least),
          options.floors?.get(times[i] as number) ?? 0,
          afterLane,
        ),
      );
    }
    happened(times[i] as number, ys[i] as number);
  }

  const y = (time: number): number => {
    if (time <= (times[0] as number)) return top;
    // Binary search for the stretch holding `time`, then interpolate in it.
    let lo = 0;
    let hi = times.length - 1;
    if (time >= (times[hi] as number)) return ys[hi] as number;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) <= time) lo = mid;
      else hi = mid;
    }
    const t0 = times[lo] as number;
    const t1 = times[hi] as number;
    const y0 = ys[lo] as number;
    const y1 = ys[hi] as number;
    return y0 + ((time - t0) / (t1 - t0)) * (y1 - y0);
  };

  const end = times[times.length - 1] as number;
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
  // Ticks TICK_PX apart where time is drawn to scale. A session shorter than that interval (a
  // capture on one machine: latency unknown, so `k` is a guess, and its moments are spaced by
  // `minGap`, not by time) would get no tick but 0: it gets the finest interval whose ticks all
  // have their room, the moments drawing some stretches of time taller than others.
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
  return { y, top, height: (ys[ys.length - 1] as number) + bottom, breaks, ticks, pxPerMs: k };
}
