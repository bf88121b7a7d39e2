import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Link } from './link';
import { createRandom, deriveRandom } from './random';
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  it('runs events by (time, order scheduled)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (times) => {
        const s = new Scheduler<number>();
        times.forEach((t, i) => {
          s.at(t, i);
        });
        const out: [number, number][] = [];
        for (let e = s.next(); e; e = s.next()) out.push([e.time, e.event]);
        const expected = times
          .map((t, i) => [t, i] as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('refuses to schedule in the past', () => {
    const s = new Scheduler<string>();
    s.at(10, 'a');
    s.next();
    expect(() => s.at(5, 'b')).toThrow(/before now/);
  });
});

describe('the seeded generator', () => {
  it('gives the same numbers for the same seed, and other numbers for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = [a.nextUint32(), a.nextUint32(), a.nextUint32()];
    expect([b.nextUint32(), b.nextUint32(), b.nextUint32()]).toEqual(xs);
    expect(c.nextUint32()).not.toBe(xs[0]);
    expect(deriveRandom(42, 1).nextUint32()).not.toBe(deriveRandom(42, 2).nextUint32());
  });

  it('draws floats in [0, 1) and integers in range', () => {
    const r = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });
});

describe('Link', () => {
  const base = { latencyMs: 10, bitsPerSecond: 8_000_000, lossRate: 0, drop: [], delay: [] };

  it('adds serialisation (octets × 8 / rate) and latency, one segment after another', () => {
    const link = new Link(base, createRandom(1));
    const a = link.transmit('client', 1000, ['data'], 0); // 1 ms to serialise
    const b = link.transmit('client', 1000, ['data'], 0);
    expect(a.arrivesAt).toBe(11);
    expect(b.arrivesAt).toBe(12);
    expect(a.lost).toBe(false);
  });

  it('drops a named segment half way: "the 2nd data segment the server sends"', () => {
    const link = new Link(
      { ...base, drop: [{ from: 'server', what: 'data', nth: 2 }] },
      createRandom(1),
    );
    link.transmit('server', 40, ['syn-ack'], 0);
    const first = link.transmit('server', 100, ['data'], 0);
    const second = link.transmit('server', 100, ['data'], 100);
    expect(first.lost).toBe(false);
    expect(second.lost).toBe(true);
    expect(second.lostAt).toBe((second.sentAt + second.arrivesAt) / 2);
    expect(second.lostBy).toBe('rule');
  });

  it('loses about lossRate of the segments, the same ones for the same seed', () => {
    const run = (seed: number) => {
      const link = new Link({ ...base, lossRate: 0.25 }, createRandom(seed));
      return Array.from({ length: 2000 }, (_, i) => link.transmit('client', 40, [], i).lost);
    };
    const lost = run(9).filter(Boolean).length;
    expect(lost).toBeGreaterThan(400);
    expect(lost).toBeLessThan(600);
    expect(run(9)).toEqual(run(9));
  });

  it('never arrives or is lost before it was sent, even when a segment takes less than a microsecond', () => {
    // Latency 0 at 10 Gbit/s: 84 octets take 0.0672 µs, less than the microsecond times are rounded to.
    const link = new Link({ ...base, latencyMs: 0, bitsPerSecond: 1e10 }, createRandom(1));
    const now = 0.0000672;
    const sent = link.transmit('client', 84, ['data'], now);
    expect(sent.arrivesAt).toBeGreaterThanOrEqual(now);
    const lossy = new Link(
      { ...base, latencyMs: 0, bitsPerSecond: 1e12, drop: [{ from: 'server', nth: 1 }] },
      createRandom(1),
    );
    const lost = lossy.transmit('server', 84, ['data'], now);
    expect(lost.lostAt).not.toBeNull();
    expect(lost.lostAt as number).toBeGreaterThanOrEqual(now);
    expect(lost.arrivesAt).toBeGreaterThanOrEqual(lost.lostAt as number);
  });
});
