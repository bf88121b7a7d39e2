/**
 * Property tests of the embed's postMessage validator (fast-check): whatever
 * a page sends, `parseCommand` never throws, and it obeys a message only if it
 * is exactly one of the three commands. A short budget by default; `npm run
 * fuzz` runs it with FUZZ_RUNS=20000. Every describe name contains "fuzz" so
 * that `vitest -t fuzz` selects it. A failure found here becomes a named test
 * in bridge.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EmbedCommand, parseCommand } from './bridge';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
/** Vitest's 5 s default is for the short budget; a long run gets time in proportion. */
const timeout = Math.max(5_000, numRuns * 2);

/**
 * The specification, written out plainly: a plain object whose own keys are
 * exactly these, with these values. `parseCommand` must agree with it.
 */
function expected(data: unknown, total: number): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const o = data as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (o.source !== 'roundtrip') return null;
  if ((o.type === 'play' || o.type === 'pause') && keys === 'source,type') return { type: o.type };
  if (o.type !== 'goto' || keys !== 'source,step,type') return null;
  const step = o.step;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0 || step > total) {
    return null;
  }
  return { type: 'goto', step };
}

const total = fc.nat({ max: 5000 });

const absent = Symbol('absent');

// Messages one step from valid: a wrong value, a key more or less, the prototype keys.
const stepValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 300 }) },
  fc.integer({ min: -5, max: 6000 }),
  fc.double(),
  fc.constantFrom<unknown>(
    -0,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    '3',
    '',
    null,
    undefined,
    true,
    [3],
    { valueOf: 3 },
    3n,
  ),
);
const nearlyValid = fc
  .record({
    source: fc.oneof(
      { weight: 4, arbitrary: fc.constant<unknown>('roundtrip') },
      fc.constantFrom<unknown>('Roundtrip', 'roundtrip ', '', null, undefined),
    ),
    type: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<unknown>('goto', 'play', 'pause') },
      fc.constantFrom<unknown>('step', 'eval', 'GOTO', '', null),
    ),
    // Absent half the time, as play and pause need.
    step: fc.option(stepValue, { freq: 2, nil: absent }),
    extra: fc.option(
      fc.tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'html', 'step', 'toString', ''),
        fc.jsonValue(),
      ),
      { freq: 2 },
    ),
    drop: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      fc.constantFrom('source', 'type', 'step'),
    ),
    viaJson: fc.boolean(),
  })
  .map(({ source, type, step, extra, drop, viaJson }) => {
    const o: Record<string, unknown> = { source, type };
    if (step !== absent) o.step = step;
    if (drop) delete o[drop];
    // An own property, as JSON.parse or structured cloning gives: `__proto__` is a key here.
    if (extra) Object.defineProperty(o, extra[0], { value: extra[1], enumerable: true });
    if (!viaJson) return o;
    try {
      return JSON.parse(JSON.stringify(o)) as unknown;
    } catch {
      return o;
    }
  });

describe('fuzz: the postMessage validator', () => {
  it(
    'never throws, and agrees with the specification, on anything',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withBoxedValues: true, withObjectString: true }),
          total,
          (data, t) => {
            expect(parseCommand(data, t)).toEqual(expected(data, t));
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'agrees with the specification on messages one step from a command',
    () => {
      fc.assert(
        fc.property(nearlyValid, fc.nat({ max: 300 }), (data, t) => {
          expect(parseCommand(data, t)).toEqual(expected(data, t));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'reads what postMessage delivers (a structured clone) as it reads the original',
    () => {
      fc.assert(
        fc.property(fc.oneof(nearlyValid, fc.jsonValue()), total, (data, t) => {
          let clone: unknown;
          try {
            clone = structuredClone(data);
          } catch {
            return; // Not cloneable: postMessage would throw in the sender.
          }
          expect(parseCommand(clone, t)).toEqual(expected(clone, t));
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
