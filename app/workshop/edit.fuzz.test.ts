/**
 * Property test of the workshop (fast-check): whatever is typed into the Request boxes and
 * whatever the fields hold, an edit either gives a scenario the validator accepts, which then
 * simulates without throwing, or says what stands in the way; it never throws. Every describe
 * name contains "fuzz" so that `vitest -t fuzz` selects it; `npm run fuzz` runs it long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario, simulate } from '../model';
import { sampleResponse } from '../validation';
import { applyEdit, withFaults } from './edit';
import { requestToText } from './requestText';
import { rawToText } from './responseText';

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

  it(
    'a response typed by hand and the timers: what validates simulates; none throws',
    () => {
      const responsePieces = fc.constantFrom(
        '\n',
        '\n\n',
        'Content-Length: 3\n',
        'Transfer-Encoding: chunked\n',
        '3\nabc\n0\n\n',
        'Connection: close\n',
        'HTTP/1.0 ',
        '100',
        '418',
        ':',
        ' ',
        'é',
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...SCENARIOS),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), responsePieces), { maxLength: 3 }),
          fc.option(fc.constantFrom(-1, 0, 1, 10, 500, 5_000, 120_000, 600_001)),
          fc.option(fc.constantFrom(-5, 0, 1, 50, 200, 3_000, 60_000, 200_000)),
          (base, edits, mslMs, initialRtoMs) => {
            const route = base.site.resources[0];
            if (!route) return;
            let t = rawToText(sampleResponse(route));
            for (const [at, cut, insert] of edits) {
              const i = at % (t.length + 1);
              t = t.slice(0, i) + insert + t.slice(i + cut);
            }
            const tcp = {
              ...(mslMs === null ? {} : { mslMs }),
              ...(initialRtoMs === null ? {} : { initialRtoMs }),
            };
            const edited: Scenario = { ...base, tcp };
            const texts = base.requests.map((r) => requestToText(r, base.site.host));
            const responses = base.site.resources.map((_, i) => (i === 0 ? t : null));
            const result = applyEdit(edited, texts, responses);
            if (result.scenario) {
              expect(result.scenario.site.resources[0]?.raw).toBeDefined();
              expect(simulate(result.scenario, {}).steps.length).toBeGreaterThan(0);
            } else {
              expect(
                result.responseErrors.some((e) => e !== null) || result.fieldErrors.length > 0,
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
