import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPICAL_LINK } from '../scenarios/common';
import { BROWSER_PARALLEL, pageWithImagesScenario } from '../scenarios/page-with-images';
import type { LinkSpec } from '../scenarios/types';
import { simulate } from '../session/simulate';
import { comparePageLoad, pageLoadEstimateMs } from './pageLoad';
import { sequentialRoundTrips, timingOf } from './timing';

const way = (images: number, link: LinkSpec, name: string) => {
  const found = comparePageLoad(images, link).ways.find((w) => w.way === name);
  if (!found) throw new Error(name);
  return found;
};

describe('comparePageLoad', () => {
  it('three images on the typical link: 8, 5 and 4 round trips one after another, in that order of time', () => {
    const c = comparePageLoad(3, TYPICAL_LINK);
    expect(c.rttMs).toBe(40);
    expect(c.ways.map((w) => [w.way, w.connections, w.sequentialRoundTrips])).toEqual([
      ['non-persistent', 4, 8],
      ['persistent', 1, 5],
      ['parallel', 3, 4],
    ]);
    const [non, persistent, parallel] = c.ways.map((w) => w.lastByteMs);
    expect(non).toBeGreaterThan(persistent ?? 0);
    expect(persistent).toBeGreaterThan(parallel ?? 0);
    // 8, 5 and 4 RTTs of 40 ms, and under 1.1 ms of transmission at 10 Mbit/s.
    expect(non).toBeGreaterThan(320);
    expect(non).toBeLessThan(320 + 2.5);
    expect(parallel).toBeGreaterThan(160);
    expect(parallel).toBeLessThan(160 + 1.5);
  });

  it('the sequential ways have the estimate src/timing gives for the same timeline', {
    timeout: 30_000,
  }, () => {
    for (const name of ['non-persistent', 'persistent'] as const) {
      for (const images of [1, 4, 10]) {
        const link = { latencyMs: 30, bitsPerSecond: 1_000_000, lossRate: 0 };
        const timing = timingOf(simulate(pageWithImagesScenario({ images, link, way: name })));
        expect(timing.persistent).toBe(name === 'persistent');
        expect(way(images, link, name).estimateMs).toBeCloseTo(timing.estimateMs, 9);
      }
    }
  });

  it('the estimates are the textbook formulas', () => {
    // RTT 100 ms; the page 2 ms, three images of 1, 2 and 3 ms; up to two connections at once.
    const t = [2, 1, 2, 3];
    expect(pageLoadEstimateMs('non-persistent', 100, t)).toBe(4 * 200 + 8);
    expect(pageLoadEstimateMs('persistent', 100, t)).toBe(100 + 4 * 100 + 8);
    // The page (2 RTT + 2), then 3 images and 1 opening on 2 connections: 2 RTT, and 6 ms.
    expect(pageLoadEstimateMs('parallel', 100, t, 2)).toBe(200 + 2 + 200 + 6);
    // One image: no second connection, so one RTT for it, as persistent.
    expect(pageLoadEstimateMs('parallel', 100, [2, 1])).toBe(
      pageLoadEstimateMs('persistent', 100, [2, 1]),
    );
  });

  it('round trips one after another: 2(N + 1), N + 2, and 2 + ⌈(N + s − 1) / s⌉ with s = min(6, N)', () => {
    for (const images of [1, 2, 5, 6, 7, 10]) {
      const c = comparePageLoad(images, TYPICAL_LINK);
      const s = Math.min(BROWSER_PARALLEL, images);
      expect(c.ways.map((w) => w.sequentialRoundTrips)).toEqual([
        2 * (images + 1),
        images + 2,
        2 + Math.ceil((images + s - 1) / s),
      ]);
      const parallel = c.ways[2];
      expect(parallel?.connections).toBe(s);
    }
  });

  it('counts a chain of round trips, not the ones beside it', () => {
    const trip = (start: number, end: number) => ({
      kind: 'exchange' as const,
      connection: 0,
      request: null,
      start,
      end,
    });
    expect(sequentialRoundTrips([])).toBe(0);
    expect(sequentialRoundTrips([trip(0, 1), trip(1, 2), trip(2, 3)])).toBe(3);
    expect(sequentialRoundTrips([trip(0, 1), trip(1, 2), trip(1.1, 2.1), trip(2.1, 3)])).toBe(3);
  });

  // Three simulations of up to 400 steps a run: seconds on a busy machine.
  it('the simulation differs from the estimate only by the octets it leaves out, and in parallel by the sharing of the link', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(100_000, 1_000_000, 10_000_000, 100_000_000),
        (images, latencyMs, bitsPerSecond) => {
          const c = comparePageLoad(images, { latencyMs, bitsPerSecond, lossRate: 0 });
          for (const w of c.ways) {
            const difference = w.lastByteMs - w.estimateMs;
            // The requests, the ACKs and 40 octets of header per segment take time on the wire.
            expect(difference).toBeLessThanOrEqual(w.uncountedMs + 1e-6);
            // In parallel, one connection's octets cross the link while others wait for answers:
            // at most the images' transmission is hidden behind the round trips.
            const hidden = w.way === 'parallel' ? w.imagesTransmissionMs : 0;
            expect(difference).toBeGreaterThanOrEqual(-hidden - 1e-6);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('is deterministic', () => {
    expect(comparePageLoad(4, TYPICAL_LINK)).toEqual(comparePageLoad(4, TYPICAL_LINK));
  });
});
