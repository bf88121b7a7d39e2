/**
 * Property tests of the URL-state codec (fast-check): a link is outside input,
 * so decoding never throws, always gives a state the app can show, and writing
 * that state back is a fixed point. A short budget by default; `npm run fuzz`
 * runs it with FUZZ_RUNS=20000. Every describe name contains "fuzz" so that
 * `vitest -t fuzz` selects it. A failure found here becomes a named test in
 * codec.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLang, LANGUAGES } from '../strings';
import { type Decoded, decodeUrl, encodeUrl, URL_KEYS, type UrlState } from './codec';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
/** Vitest's 5 s default is for the short budget; a long run gets time in proportion. */
const timeout = Math.max(5_000, numRuns * 5);

const IDS = ['get', 'post-form', 'http-1.0', 'lost-segment'];

/**
 * Any UTF-16 string, lone surrogates included. (fast-check's `unit: 'binary'`
 * builds a table of every code point on first use, which costs seconds.)
 */
const anyString = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff })), {
    maxLength: 60,
  })
  .map((units) => String.fromCharCode(...units));

// Query pieces that have broken decoders: hostile values, broken percent-encoding,
// prototype keys, separators, and values one step from valid.
const hostile = fc.constantFrom(
  '',
  '0',
  '1',
  '-1',
  '1e3',
  '0x10',
  '007',
  '1000000',
  '1000001',
  '9999999',
  '99999999999999999999',
  'NaN',
  'Infinity',
  ' 3',
  '3 ',
  '٣',
  'get',
  'GET',
  'get ',
  'post-form',
  'en',
  'EN',
  'zh-CN',
  'zh-cn',
  'zh-TW',
  'zh',
  'true',
  'false',
  'yes',
  'abs',
  'rel',
  'linux',
  'textbook',
  '%',
  '%%',
  '%2',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%00',
  '%0A',
  '%ZZ',
  '%uD800',
  '%ED%A0%80',
  '+',
  '&',
  '=',
  '==',
  '#',
  '?',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>window.__xss=1</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal payload, on purpose.
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202egnp.exe',
  'x'.repeat(5000),
);
const key = fc.oneof(
  fc.constantFrom(...URL_KEYS),
  fc.constantFrom(
    'Scenario',
    'STEP',
    '%73cenario',
    'step%00',
    'lang[]',
    '__proto__',
    'constructor',
    'prototype',
    'capture',
    '',
  ),
  anyString,
);
const value = fc.oneof(hostile, anyString, fc.nat().map(String));
const pair = fc
  .tuple(key, value, fc.constantFrom('=', '', '=='))
  .map(([k, v, eq]) => `${k}${eq}${v}`);
const query = fc
  .tuple(fc.constantFrom('?', '', '??', '&'), fc.array(pair, { maxLength: 12 }))
  .map(([lead, pairs]) => `${lead}${pairs.join('&')}`);

/** What the app can always show: a known scenario, a step in range, known options. */
function checkDecoded({ state, bad }: Decoded): void {
  expect(IDS).toContain(state.scenario);
  expect(Number.isSafeInteger(state.step) && state.step >= 0 && state.step <= 1_000_000).toBe(true);
  expect(state.lang === null || isLang(state.lang)).toBe(true);
  expect(typeof state.embed).toBe('boolean');
  expect(['relative', 'absolute', null]).toContain(state.seq);
  expect(['textbook', 'linux', null]).toContain(state.profile);
  // Each bad parameter is one of ours, named once (the notice lists them).
  for (const name of bad) expect(URL_KEYS as readonly string[]).toContain(name);
  expect(new Set(bad).size).toBe(bad.length);
}

/** Parameters that are not ours, in order: what encodeUrl must leave alone. */
const others = (search: string) =>
  [...new URLSearchParams(search)].filter(([k]) => !(URL_KEYS as readonly string[]).includes(k));

describe('fuzz: the URL-state decoder', () => {
  it(
    'never throws and gives a valid state, for any string',
    () => {
      fc.assert(
        fc.property(anyString, (s) => checkDecoded(decodeUrl(s, IDS))),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws and gives a valid state, for query-shaped noise',
    () => {
      fc.assert(
        fc.property(query, (q) => checkDecoded(decodeUrl(q, IDS))),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'encode ∘ decode is idempotent, and keeps the parameters that are not ours',
    () => {
      fc.assert(
        fc.property(fc.oneof(query, anyString), (q) => {
          const { state } = decodeUrl(q, IDS);
          const once = encodeUrl(state, q);
          // What was written reads back as the same state, with nothing bad in it ...
          expect(decodeUrl(once, IDS)).toEqual({ state, bad: [] });
          // ... and writing it again changes nothing.
          expect(encodeUrl(decodeUrl(once, IDS).state, once)).toBe(once);
          expect(others(once)).toEqual(others(q));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'decode ∘ encode is the identity on valid states',
    () => {
      const state: fc.Arbitrary<UrlState> = fc.record({
        scenario: fc.constantFrom(...IDS),
        step: fc.nat({ max: 1_000_000 }),
        lang: fc.constantFrom(null, ...LANGUAGES.map((l) => l.code)),
        embed: fc.boolean(),
        seq: fc.constantFrom('relative' as const, 'absolute' as const),
        profile: fc.constantFrom(null, 'textbook' as const, 'linux' as const),
        moment: fc.constantFrom(null, 'status-line', 'server-syn-received', 'time-wait-ends'),
        granularity: fc.constantFrom('block' as const, 'segment' as const),
        projector: fc.boolean(),
        custom: fc.constant(null),
      });
      fc.assert(
        fc.property(state, query, (s, q) => {
          expect(decodeUrl(encodeUrl(s, q), IDS)).toEqual({ state: s, bad: [] });
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
