import { describe, expect, it } from 'vitest';
import { captureTimeline, timelineOf } from '../test-support/fixtures';
import { diagramLayout } from './layout';
import { buildScale } from './scale';

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
    // Each number has its room: the moments, not the time, set the heights here.
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
