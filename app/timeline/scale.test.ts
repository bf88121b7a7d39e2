import { describe, expect, it } from 'vitest';
import { type Profile, SCENARIOS, type Timeline } from '../model';
import { captureTimeline, timelineOf } from '../test-support/fixtures';
import { arrowGeometry } from './geometry';
import { type DiagramLayout, diagramLayout } from './layout';
import { buildScale, eventTimes, type TimeScale } from './scale';

/** Each tick with the one before it. */
const pairs = <T>(list: T[]): [T, T][] => list.slice(1).map((b, i) => [list[i] as T, b]);

describe('the ruler', () => {
  it('counts in fractions of a millisecond for a capture on one machine, evenly', () => {
    // curl ↔ nginx on 127.0.0.1: the whole session takes 0.63 ms. Its ruler said only "0".
    // As the page draws it, 616 px wide (1280×800).
    const { scale } = diagramLayout(captureTimeline('get.pcapng'), 616, false);
    const times = scale.ticks.map((t) => t.time);
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times[0]).toBe(0);
    // Evenly: a ruler with a number missing reads as a mistake.
    const intervals = new Set(pairs(times).map(([a, b]) => Number((b - a).toFixed(2))));
    expect(intervals.size).toBe(1);
    for (const interval of intervals) expect(interval).toBeLessThan(1);
    // Numbers as written, to two decimals at most: no 0.30000000000000004.
    for (const time of times) expect(Number(time.toFixed(2))).toBe(time);
    expect(Math.max(...times)).toBeLessThanOrEqual(0.63);
    // Each number has its room: its time is drawn as tall as the moments in it need.
    for (const [a, b] of pairs(scale.ticks)) expect(b.y - a.y).toBeGreaterThanOrEqual(48);
    // And each sits where its time is drawn.
    for (const tick of scale.ticks) expect(tick.y).toBe(scale.y(tick.time));
  });

  it('keeps whole, even milliseconds where time is drawn to scale', () => {
    for (const timeline of [timelineOf('get'), captureTimeline('large-response-rtt40.pcapng')]) {
      const ticks = buildScale(timeline).ticks;
      expect(ticks.length).toBeGreaterThan(3);
      const intervals = new Set(pairs(ticks).map(([a, b]) => b.time - a.time));
      expect(intervals.size).toBe(1);
      for (const interval of intervals) expect(Number.isInteger(interval)).toBe(true);
    }
  });
});

/**
 * Where the ruler puts `time` if it is drawn to scale everywhere but at the pauses and compressed
 * stretches the scale reports: from the top, the link's pixels per millisecond, each earlier
 * pause's height and each earlier stretch's band instead of its time. An instant with a pause is
 * at the pause's top. Worked out from the reports alone, not from `scale.y`.
 */
function toScale(scale: TimeScale, time: number): number {
  let y = scale.top + time * scale.pxPerMs;
  for (const p of scale.pauses) if (p.time < time) y += p.y1 - p.y0;
  for (const b of scale.breaks) {
    if (b.to <= time) y += b.y1 - b.y0 - (b.to - b.from) * scale.pxPerMs;
    // Inside a stretch, evenly over its band.
    else if (b.from < time)
      y += ((time - b.from) / (b.to - b.from)) * (b.y1 - b.y0) - (time - b.from) * scale.pxPerMs;
  }
  return y;
}

/** The pixels over which the ruler reads `time`: its pause, or the one y where it is drawn. */
function reads(scale: TimeScale, time: number): [number, number] {
  const y = toScale(scale, time);
  const pause = scale.pauses.find((p) => p.time === time);
  return [y, y + (pause ? pause.y1 - pause.y0 : 0)];
}

/** What the ruler reads at `y`: the time of the pause there, else the time drawn there. */
function readRuler(scale: TimeScale, y: number): number {
  const pause = scale.pauses.find((p) => p.y0 <= y && y <= p.y1);
  if (pause) return pause.time;
  let lo = 0;
  let hi = 1e9;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (toScale(scale, mid) < y) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Within a pixel of `range`. */
function within(y: number, [from, to]: [number, number]): boolean {
  return y >= from - 1 && y <= to + 1;
}

/** What in `layout` is drawn where the ruler does not read its time, as `what: y vs range`. */
function untrue(timeline: Timeline, layout: DiagramLayout): string[] {
  const { scale, lanes, stacking } = layout;
  const out: string[] = [];
  const times = new Set(eventTimes(timeline));
  // A pause is at an instant something happens, each lower than the one before.
  scale.pauses.forEach((p, i) => {
    if (!times.has(p.time) || p.y1 < p.y0 || p.y0 < (scale.pauses[i - 1]?.y1 ?? 0))
      out.push(`pause ${JSON.stringify(p)}`);
  });
  for (const tick of scale.ticks) {
    const range = reads(scale, tick.time);
    if (!within(tick.y, range)) out.push(`tick ${tick.time}: ${tick.y} vs ${range}`);
  }
  for (const a of arrowGeometry(timeline, scale, lanes, 'relative', stacking)) {
    const sent = reads(scale, a.seg.sentAt);
    if (!a.seg.oldDuplicate && !within(a.y1, sent))
      out.push(`#${a.seg.id} sent at ${a.seg.sentAt}: ${a.y1} vs ${sent}`);
    if (a.seg.arrivesAt === null) continue;
    const arrived = reads(scale, a.seg.arrivesAt);
    if (!within(a.y2, arrived))
      out.push(`#${a.seg.id} arrives at ${a.seg.arrivesAt}: ${a.y2} vs ${arrived}`);
  }
  return out;
}

describe('the ruler tells the truth', () => {
  /** The diagram's width at 1280×800 on the page, at 390×844, and in projector mode at 1280×720. */
  const views = [
    ['page', 616, false],
    ['phone', 358, false],
    ['projector', 728, true],
  ] as const;

  it('reads, under every segment of every canned scenario, the time it is sent and arrives', () => {
    for (const { id } of SCENARIOS)
      for (const profile of ['textbook', 'linux'] as const satisfies readonly Profile[]) {
        const timeline = timelineOf(id, profile);
        for (const [view, width, big] of views) {
          const layout = diagramLayout(timeline, width, false, big);
          expect(untrue(timeline, layout), `${id} ${profile} ${view}`).toEqual([]);
        }
      }
  });

  it('reads the times of a capture, on the internet and on one machine', () => {
    for (const file of ['get.pcapng', 'large-response-rtt40.pcapng', 'retransmission-rto.pcapng']) {
      const timeline = captureTimeline(file);
      const layout = diagramLayout(timeline, 616, false);
      expect(untrue(timeline, layout), file).toEqual([]);
    }
  });

  it('draws A simple GET’s close where its times are (step 39, 1280×800)', () => {
    const timeline = timelineOf('get');
    const { scale, lanes, stacking } = diagramLayout(timeline, 616, false);
    const arrows = arrowGeometry(timeline, scale, lanes, 'relative', stacking);
    const at = (id: number) => arrows[id] as (typeof arrows)[number];
    // The client's ACK and FIN leave at 80.518 ms, the FIN stacked under the ACK: both where the
    // ruler reads 80.5, the ACK at the top of the pause. The FIN was drawn at 91 ms.
    expect(readRuler(scale, at(6).y1)).toBeCloseTo(80.518, 2);
    expect(readRuler(scale, at(7).y1)).toBeCloseTo(80.518, 2);
    expect(at(6).y1).toBeCloseTo(toScale(scale, 80.518), 0);
    // The server's ACK and FIN both leave at 100.582 ms: it waits 0 ms between them, not 5.
    expect(readRuler(scale, at(8).y1)).toBeCloseTo(100.582, 2);
    expect(readRuler(scale, at(9).y1)).toBeCloseTo(100.582, 2);
    // TIME-WAIT begins with the FIN's arrival, at 120.646 ms (drawn at 125).
    expect(readRuler(scale, at(9).y2)).toBeCloseTo(120.646, 2);
    // Ticks a round trip's pixels apart wherever no pause or band parts them.
    const ticks = scale.ticks.filter((t) => t.time <= 140);
    for (const [a, b] of pairs(ticks)) {
      const paused = scale.pauses
        .filter((p) => p.time > a.time && p.time < b.time)
        .reduce((sum, p) => sum + p.y1 - p.y0, 0);
      expect(b.y - a.y - paused).toBeCloseTo((b.time - a.time) * scale.pxPerMs, 0);
    }
  });
});
