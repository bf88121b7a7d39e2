/**
 * Property tests of `validateScenario` (fast-check): whatever it is given,
 * arbitrary JSON or a canned scenario with a few fields broken, it never
 * throws, and it either returns a scenario that `simulate()` plays to the end
 * within the step budget, or names each problem by its path. A short budget by
 * default; `npm run fuzz` runs it with FUZZ_RUNS=20000. Every describe name
 * contains "fuzz" so that `vitest -t fuzz` selects it. A failure found here
 * becomes a named test in validate.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../session/simulate';
import { SCENARIOS } from '.';
import { estimateSteps } from './budget';
import type { Scenario } from './types';
import { LIMITS, MAX_STEPS, REFUSAL_CODES, type ScenarioError, validateScenario } from './validate';

const numRuns = Number(process.env.FUZZ_RUNS ?? 100);
/** Vitest's 5 s default is for the short budget; a long run gets time in proportion. */
const timeout = Math.max(5_000, numRuns * 10);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

const canned: Json[] = SCENARIOS.map((s) => JSON.parse(JSON.stringify(s)) as Json);

/** Every path in a JSON tree, the root included, parents before children. */
function pathsOf(value: Json): Key[][] {
  const out: Key[][] = [];
  const todo: [Json, Key[]][] = [[value, []]];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const [v, path] = next;
    out.push(path);
    if (Array.isArray(v)) for (const [i, item] of v.entries()) todo.push([item, [...path, i]]);
    else if (v !== null && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) todo.push([item, [...path, k]]);
  }
  return out;
}

/**
 * The most nodes a mutated scenario may grow to: far past every limit the validator checks
 * (LIMITS), and small enough that each run takes milliseconds. Without it, copies of copies
 * grew a scenario to millions of nodes in one run, which took minutes and gigabytes.
 */
const MAX_NODES = 20_000;

function at(value: Json, path: readonly Key[]): Json | undefined {
  let v: Json | undefined = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[Number(key)] : Object.hasOwn(v, key) ? v[key] : undefined;
  }
  return v;
}

/** Sets an own property, as JSON.parse would: `__proto__` becomes a key, not a prototype. */
function put(container: Json, key: Key, value: Json): void {
  if (container === null || typeof container !== 'object') return;
  Object.defineProperty(container, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// Values that have broken validators and simulators elsewhere: limits, odd
// numbers, long and hostile strings, the wrong shapes.
const LONG = 'x'.repeat(70_000);
const interesting = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    0.5,
    1,
    2,
    20,
    21,
    576,
    575,
    1000,
    999,
    10_000,
    10_001,
    65_535,
    65_536,
    0xffffffff,
    2 ** 32,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    '',
    ' ',
    '/',
    '//',
    '/a b',
    '/?q={{name}}',
    'GET',
    'POST',
    'HEAD',
    'CONNECT',
    'OPTIONS',
    'HTTP/1.0',
    'HTTP/1.1',
    'HTTP/2',
    'client',
    'server',
    'any',
    'data',
    'fin',
    'rst',
    'linux',
    'textbook',
    'at-once',
    'when-done',
    'http://developer.mozilla.org/',
    'http://developer.mozilla.org:80/x',
    'http://elsewhere.example/',
    'Transfer-Encoding',
    'chunked',
    'Content-Length',
    '-1',
    'Connection',
    'close',
    'keep-alive',
    'Host',
    'Expect',
    '100-continue',
    '\r\n',
    '\u0000',
    '\u0001',
    '\u007f',
    'é',
    '\u202e',
    '\ud800',
    '😀',
    '<script>window.__xss=1</script>',
    '{{name}}',
    '{{name}}'.repeat(500),
    'name=Joe&request=x',
    `name=${'%41'.repeat(2000)}`,
    '__proto__',
    'constructor',
    LONG,
    [],
    {},
    [0],
    ['Host', 'x'],
    ['X', 'a\u0000b'],
    ['Content-Length', '5'],
    ['Transfer-Encoding', 'chunked'],
    ['Connection', 'close'],
    { from: 'client', nth: 1 },
    { from: 'server', what: 'data', nth: 1, extraMs: 500 },
    { status: 301, location: '/' },
    { path: '/', redirect: { status: 308, location: '/' } },
    { method: 'GET', target: '/' },
    { method: 'POST', target: '/contact_form.php', body: 'name=a' },
  ),
  fc.integer({ min: -2, max: 70_000 }),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { op: 'set'; path: number; value: Json }
  | { op: 'tweak'; path: number; number: number; text: string }
  | { op: 'delete'; path: number }
  | { op: 'add'; path: number; key: string; value: Json }
  | { op: 'duplicate'; path: number; times: number };

const knownKeys = [
  ...new Set(
    canned.flatMap((s) => pathsOf(s).flatMap((p) => p.filter((k) => typeof k === 'string'))),
  ),
  'mtu',
  'version',
  'status',
  'redirect',
  'location',
  'notFoundBody',
  'client',
  'close',
  'maxRedirects',
  'delay',
  'extraMs',
  'oldDuplicateSyn',
  'seqOffset',
  'serverIsns',
  'clientPort',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];

// A number or a string replaced by another of its kind: more of these pass validation,
// so that simulate() runs on them.
const numberLike = fc.oneof(
  fc.constantFrom(0, 1, 2, 5, 20, 21, 100, 576, 1000, 9000, 10_000, 65_535, 0.1, 0.3, 0.5),
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const textLike = fc.oneof(
  fc.constantFrom(
    '/',
    '/missing',
    '/?a=b',
    'POST',
    'HEAD',
    'DELETE',
    'OPTIONS',
    'Connection',
    'close',
    'keep-alive',
    'Transfer-Encoding',
    'chunked',
    'Content-Length',
    'Host',
    'Location',
    'http://developer.mozilla.org/',
    'name=Joe&request=x',
    '{{name}}{{request}}',
    'é',
    '\u00ff',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('set'), path: fc.nat(), value: interesting }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('tweak'),
      path: fc.nat(),
      number: numberLike,
      text: textLike,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), path: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add'),
      path: fc.nat(),
      key: fc.constantFrom(...knownKeys),
      value: interesting,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate'),
      path: fc.nat(),
      times: fc.integer({ min: 1, max: 30 }),
    }),
  },
);

/** Applies the mutations to a copy; `path` picks one of the copy's nodes at that moment. */
function mutate(original: Json, mutations: readonly Mutation[]): Json {
  let root = structuredClone(original);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.path % paths.length] ?? [];
    const target = at(root, path);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = at(root, parentPath);
    switch (m.op) {
      case 'set':
        if (key === undefined) root = structuredClone(m.value);
        else if (parent !== undefined) put(parent, key, structuredClone(m.value));
        break;
      case 'tweak':
        if (key !== undefined && parent !== undefined) {
          if (typeof target === 'number') put(parent, key, m.number);
          else if (typeof target === 'string') put(parent, key, m.text);
        }
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (parent && typeof parent === 'object' && key !== undefined) delete parent[key];
        break;
      case 'add':
        if (target && typeof target === 'object' && !Array.isArray(target))
          put(target, m.key, structuredClone(m.value));
        else if (Array.isArray(target)) target.push(structuredClone(m.value));
        break;
      case 'duplicate':
        // Grows an array by copies of one of its items: many requests, headers, rules. The root
        // is no item: copies of an array pushed into itself would double it at every copy.
        if (Array.isArray(parent) && key !== undefined && target !== undefined) {
          const size = pathsOf(target).length;
          if (paths.length + m.times * size > MAX_NODES) break;
          for (let i = 0; i < m.times; i++) parent.push(structuredClone(target));
        }
        break;
    }
  }
  return root;
}

/**
 * An error's path points into the value: every step but the last exists. Its code is one a view
 * has words for, and its English sentence has every placeholder filled.
 */
function checkErrors(value: unknown, errors: readonly ScenarioError[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const { path, code, message } of errors) {
    expect(path === '' || path.startsWith('/'), path).toBe(true);
    expect(REFUSAL_CODES).toContain(code);
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toMatch(/\{\w+\}|undefined/);
    if (path === '') continue;
    // RFC 6901: `~1` is `/` and `~0` is `~` inside a key.
    const keys = path
      .split('/')
      .slice(1, -1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    expect(at(value as Json, keys), `parent of ${path}`).not.toBeUndefined();
  }
}

/** Either a scenario that plays to its end within the budget, or errors with paths. */
function checkOutcome(value: unknown): void {
  const result = validateScenario(value);
  if (!result.ok) {
    checkErrors(value, result.errors);
    return;
  }
  const estimate = estimateSteps(result.scenario);
  expect(estimate).toBeLessThanOrEqual(MAX_STEPS);
  for (const profile of ['textbook', 'linux'] as const) {
    const timeline = simulate(result.scenario, { profile });
    expect(timeline.steps.length, profile).toBeLessThanOrEqual(estimate);
  }
}

// Scenarios built near the limits: many requests, long bodies and fields, redirect
// loops, form bodies full of placeholders, loss, the smallest MTU.
const text = (max: number) =>
  fc
    .tuple(fc.constantFrom('a', 'é', '€', '😀', '&', '{{name}}'), fc.nat({ max }))
    .map(([unit, n]) => unit.repeat(Math.floor(n / unit.length)));
const big: fc.Arbitrary<Scenario> = fc
  .record({
    requests: fc.integer({ min: 1, max: LIMITS.requests }),
    method: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE'),
    version: fc.constantFrom<'HTTP/1.1' | 'HTTP/1.0'>('HTTP/1.1', 'HTTP/1.0'),
    headers: fc.nat({ max: LIMITS.headers }),
    fieldValue: fc.nat({ max: LIMITS.fieldValue }),
    requestBody: text(LIMITS.body - 'name='.length),
    responseBody: text(LIMITS.body),
    form: fc.boolean(),
    redirect: fc.constantFrom(null, 301, 302, 307, 308),
    maxRedirects: fc.nat({ max: 20 }),
    target: fc.constantFrom('/', '/page', '/missing', `/${'a'.repeat(LIMITS.target - 1)}`),
    lossRate: fc.constantFrom(0, 0.1, 0.3, 0.5),
    mtu: fc.constantFrom(576, 1500, 9000),
    close: fc.constantFrom<'when-done' | 'at-once'>('when-done', 'at-once'),
    drops: fc.nat({ max: LIMITS.rules }),
    seed: fc.nat(),
  })
  .map((b): Scenario => {
    const headers = Array.from({ length: b.headers }, (_, i): [string, string] => [
      `X-${i}`,
      'v'.repeat(b.fieldValue),
    ]);
    return {
      id: 'big',
      title: 'Near the limits',
      profile: 'textbook',
      seed: b.seed,
      link: { latencyMs: 20, bitsPerSecond: 10_000_000, lossRate: b.lossRate, mtu: b.mtu },
      site: {
        host: 'example.com',
        resources: [
          {
            path: '/page',
            methods: ['GET', 'POST', 'HEAD', 'PUT', 'DELETE'],
            form: b.form,
            body: b.responseBody,
            headers,
            ...(b.redirect ? { redirect: { status: b.redirect, location: '/page' } } : {}),
          },
          { path: '/', body: b.responseBody },
        ],
      },
      requests: Array.from({ length: b.requests }, () => ({
        method: b.method,
        target: b.target,
        version: b.version,
        headers,
        body: `name=${b.requestBody}`,
      })),
      client: { maxRedirects: b.maxRedirects, close: b.close },
      impairments: {
        drop: Array.from({ length: b.drops }, (_, i) => ({
          from: i % 2 ? 'client' : 'server',
          nth: 1 + (i % 7),
        })),
      },
    };
  });

describe('fuzz: scenario validation', () => {
  it('mutates within MAX_NODES: no copying the root into itself, no copies past the cap', () => {
    // Each copy of a root copied into itself would double it: 2¹⁶ times its size.
    const doubled = mutate(canned[0] as Json, [
      { op: 'set', path: 0, value: [0, 1] },
      { op: 'duplicate', path: 0, times: 16 },
    ]);
    expect(pathsOf(doubled).length).toBeLessThanOrEqual(MAX_NODES);
    const many = Array.from({ length: 1000 }, (_, i) => i);
    const copied = mutate(canned[0] as Json, [
      { op: 'set', path: 0, value: [many] },
      { op: 'duplicate', path: 1, times: 30 },
    ]);
    expect(pathsOf(copied).length).toBeLessThanOrEqual(MAX_NODES);
  });

  it(
    'never throws on arbitrary values',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
          const result = validateScenario(value);
          if (!result.ok) checkErrors(value, result.errors);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'accepts only what simulate() plays to the end, for mutations of every canned scenario',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...canned),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (original, mutations) => checkOutcome(mutate(original, mutations)),
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'accepts only what simulate() plays to the end, for scenarios near the limits',
    () => {
      fc.assert(
        fc.property(big, checkOutcome),
        // Each run simulates up to a few thousand steps, twice: a 25th of the budget.
        { numRuns: Math.ceil(numRuns / 25) },
      );
    },
    timeout,
  );

  // Every link the validator lets through, from the slowest to the fastest, with the values at
  // its limits drawn often: the canned scenarios on it simulate without throwing.
  const link = fc.record({
    latencyMs: fc.oneof(
      fc.constantFrom(0, 0.0001, 0.5, 10_000),
      fc.double({ min: 0, max: 10_000, noNaN: true }),
    ),
    bitsPerSecond: fc.oneof(
      fc.constantFrom(1000, 1e10, 1e12),
      fc.double({ min: 1000, max: 1e12, noNaN: true }),
    ),
    lossRate: fc.constantFrom(0, 0.1, 0.5),
  });
  it(
    'accepts only links that simulate() plays, latency 0 and 1 Tbit/s included',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...canned), link, fc.nat(), (original, l, seed) => {
          const value = { ...(original as object), link: l, seed };
          checkOutcome(JSON.parse(JSON.stringify(value)));
        }),
        // Each run simulates one canned scenario twice: a third of the budget.
        { numRuns: Math.ceil(numRuns / 3) },
      );
    },
    timeout,
  );
});
