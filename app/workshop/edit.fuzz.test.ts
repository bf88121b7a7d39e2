/**
 * Property test of the workshop (fast-check): whatever is typed into the Request boxes and
 * whatever the fields hold, an edit either gives a scenario the validator accepts, which then
 * simulates without throwing, or says what stands in the way; it never throws. Every describe
 * name contains "fuzz" so that `vitest -t fuzz` selects it; `npm run fuzz` runs it long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario, simulate } from '../model';
import { applyEdit, withFaults } from './edit';
import { requestToText } from './requestText';

const numRuns = Number(process.env.FUZZ_RUNS ?? 100);
const timeout = Math.max(10_000, numRuns * 50);

const pieces = fc.constantFrom(
  '\n',
  '\n\n',
  ' ',
  ':',
  'Host: ',
  'Host ',
  'Content-Length: 5\n',
  'Transfer-Encoding: chunked\n',
  'Connection: close\n',
  'POST',
  'HTTP/1.0',
  'HTTP/2.0',
  '\r',
  '\t',
  'é',
  '😀',
  '\u0000',
  'a=1&b=2',
  '/',
  '?',
);

/** A canned request's text with a few pieces put in or taken out. */
const text = fc
  .record({
    base: fc.constantFrom(...SCENARIOS),
    edits: fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.oneof(pieces, fc.string({ maxLength: 6 }))),
      { maxLength: 4 },
    ),
  })
  .map(({ base, edits }) => {
    let t = requestToText(base.requests[0] as Scenario['requests'][number], base.site.host);
    for (const [at, cut, insert] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(i + cut);
    }
    return { base, t };
  });

describe('the workshop (fuzz)', () => {
  it(
    'every edit that validates simulates without throwing; none throws',
    () => {
      fc.assert(
        fc.property(
          text,
          fc.record({
            dropClientData: fc.nat({ max: 5 }),
            dropServerFin: fc.boolean(),
            dropFirstSynAck: fc.boolean(),
            delayLastAckMs: fc.constantFrom(0, 10, 500),
          }),
          fc.constantFrom('client' as const, 'server' as const),
          fc.double({ min: 0, max: 0.6, noNaN: true }),
          ({ base, t }, faults, closer, lossRate) => {
            const edited = withFaults(
              { ...base, link: { ...base.link, lossRate } },
              faults,
              closer,
            );
            const result = applyEdit(edited, [t]);
            if (result.scenario) {
              const timeline = simulate(result.scenario, {});
              expect(timeline.steps.length).toBeGreaterThan(0);
            } else {
              expect(
                result.requestErrors.some((e) => e !== null) || result.fieldErrors.length > 0,
              ).toBe(true);
            }
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});
