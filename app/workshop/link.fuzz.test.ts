/**
 * Property tests of the scenario link (fast-check): any `s` is outside input, so reading it
 * never throws, never runs long, and always reports (a scenario, or a problem); and every valid
 * scenario survives the round trip unchanged. Every describe name contains "fuzz" so that
 * `vitest -t fuzz` selects it; `npm run fuzz` runs it with FUZZ_RUNS=20000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario } from '../model';
import { encodeScenarioParam, SCENARIO_FORMAT, toBase64Url } from '../url/scenarioParam';
import { sampleResponse, validateScenario } from '../validation';
import { readScenarioParam } from './link';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
const timeout = Math.max(5_000, numRuns * 5);

const TCHAR = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const token = fc.string({ unit: fc.constantFrom(...TCHAR), minLength: 1, maxLength: 12 });
const fieldValue = fc.string({
  unit: fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f)
    .map((c) => String.fromCharCode(c)),
  maxLength: 30,
});
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });

/** A canned scenario with its first request, link, seed and profile changed within the rules. */
const validScenario: fc.Arbitrary<Scenario> = fc
  .record({
    base: fc.constantFrom(...SCENARIOS),
    headers: fc.array(fc.tuple(token, fieldValue), { maxLength: 4 }),
    body: fc.option(anyText, { nil: undefined }),
    latencyMs: fc.integer({ min: 0, max: 500 }),
    lossRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    seed: fc.nat({ max: 0xffffffff }),
    profile: fc.constantFrom('textbook' as const, 'linux' as const),
    title: anyText,
    mslMs: fc.option(fc.integer({ min: 1, max: 600_000 }), { nil: undefined }),
    initialRtoMs: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: undefined }),
    raw: fc.boolean(),
  })
  .map(({ base, headers, body, latencyMs, lossRate, seed, profile, title, ...more }) => {
    const s: Scenario = structuredClone(base);
    const { mslMs, initialRtoMs, raw } = more;
    if (mslMs !== undefined || initialRtoMs !== undefined) {
      s.tcp = {
        ...(mslMs === undefined ? {} : { mslMs }),
        ...(initialRtoMs === undefined ? {} : { initialRtoMs }),
      };
    }
    const route = s.site.resources[0];
    if (raw && route) route.raw = sampleResponse(route);
    const first = s.requests[0];
    if (first) {
      first.headers = [...(first.headers ?? []), ...headers];
      if (body !== undefined) first.body = body;
    }
    return { ...s, title, seed, profile, link: { ...s.link, latencyMs, lossRate } };
  })
  .filter((s) => validateScenario(s).ok);

describe('the scenario link (fuzz)', () => {
  it(
    'round-trips every valid scenario',
    () => {
      fc.assert(
        fc.property(validScenario, (s) => {
          expect(readScenarioParam(encodeScenarioParam(s))).toEqual({
            ok: true,
            scenario: JSON.parse(JSON.stringify(s)),
            format: SCENARIO_FORMAT,
          });
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws and always reports, whatever `s` is',
    () => {
      const json = fc
        .jsonValue()
        .map((v) => `1.${toBase64Url(new TextEncoder().encode(JSON.stringify(v)))}`);
      const mangled = validScenario.chain((s) => {
        const p = encodeScenarioParam(s);
        return fc
          .tuple(fc.nat({ max: p.length }), fc.nat({ max: p.length }), fc.string({ maxLength: 4 }))
          .map(([a, b, ins]) => p.slice(0, Math.min(a, b)) + ins + p.slice(Math.max(a, b)));
      });
      const input = fc.oneof(
        fc.string({ maxLength: 200 }),
        json,
        mangled,
        fc.constantFrom('1.'.padEnd(500_000, 'A'), '999999.x', '0.', '01.e30'),
      );
      fc.assert(
        fc.property(input, (s) => {
          const r = readScenarioParam(s);
          if (r.ok) expect(validateScenario(r.scenario).ok).toBe(true);
          else expect(['damaged', 'newer', 'invalid']).toContain(r.problem);
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
