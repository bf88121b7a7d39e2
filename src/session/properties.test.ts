/**
 * Invariants over every scenario × many random seeds × loss patterns (fast-check):
 * - every octet an application writes reaches the other application exactly
 *   once and in order (all of it, unless a side gave up);
 * - every state change is an edge of TCP_TRANSITIONS, and the states a step
 *   shows follow from the changes it records, on the connection of the segment
 *   it receives unless another incarnation's TCB takes it;
 * - every acknowledgement is consistent with the octets sent: it never
 *   acknowledges what has not arrived, and never goes backwards;
 * - both ends end CLOSED, or the timeline says why not, and only because a
 *   side ran out of retransmissions;
 * - each message is written and parsed block by block, once, in order;
 * - the timeline satisfies the JSON Schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import type { Scenario, SegmentClass, SegmentRule } from '../scenarios/types';
import { seqAdd, seqDiff } from '../tcp/sequence';
import { TCP_TRANSITIONS } from '../tcp/transitions';
import { validateJson } from '../timeline/json-schema';
import schema from '../timeline/timeline.schema.json';
import type { Endpoint, Segment, Timeline } from '../timeline/types';
import { type SimulationTrace, simulateWithTrace } from './simulate';
import { wrongStates } from './test-support/step-states';

const EDGES = new Map(TCP_TRANSITIONS.map((edge) => [edge.id, edge]));
const CLASSES: SegmentClass[] = ['any', 'syn', 'syn-ack', 'data', 'fin', 'ack', 'final-ack'];

const lossPattern = fc.oneof(
  fc.record({
    lossRate: fc.constantFrom(0, 0.05, 0.1, 0.2, 0.3),
    drop: fc.constant([] as SegmentRule[]),
  }),
  fc.record({
    lossRate: fc.constant(0),
    drop: fc.array(
      fc.record({
        from: fc.constantFrom<Endpoint>('client', 'server'),
        what: fc.constantFrom(...CLASSES),
        nth: fc.integer({ min: 1, max: 6 }),
      }),
      { maxLength: 3 },
    ),
  }),
);

const runs = fc.record({
  scenario: fc.constantFrom(...SCENARIOS),
  profile: fc.constantFrom('textbook' as const, 'linux' as const),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  loss: lossPattern,
});

function lossy(s: Scenario, loss: { lossRate: number; drop: SegmentRule[] }): Scenario {
  return {
    ...s,
    link: { ...s.link, lossRate: loss.lossRate },
    impairments: { ...s.impairments, drop: [...(s.impairments?.drop ?? []), ...loss.drop] },
  };
}

function checkDelivery({ timeline, streams }: SimulationTrace): void {
  const gaveUp = timeline.outcome.note !== null;
  // With TIME-WAIT cut short an old incarnation's segment can be taken as data: the very
  // corruption `time-wait-cut-short` shows. Its stream is checked by incarnations.test.ts.
  const corrupted = new Set(
    timeline.steps.filter((st) => st.reason === 'old-segment-accepted').map((st) => st.connection),
  );
  for (const s of streams) {
    if (corrupted.has(s.connection)) continue;
    for (const [from, to] of [
      ['client', 'server'],
      ['server', 'client'],
    ] as const) {
      const written = s.written[from];
      const delivered = s.delivered[to];
      expect(written.startsWith(delivered), `${from}→${to} delivered out of order or twice`).toBe(
        true,
      );
      if (!gaveUp) expect(delivered.length, `${from}→${to} delivered all`).toBe(written.length);
    }
  }
}

function checkStates(timeline: Timeline): void {
  const last = new Map<number, Record<Endpoint, string>>();
  for (const step of timeline.steps) {
    const before = last.get(step.connection) ?? { client: 'CLOSED', server: 'LISTEN' };
    const after = { ...before };
    for (const change of step.changes) {
      const edge = EDGES.get(change.transition);
      expect(edge, `${change.transition} is an edge`).toBeDefined();
      expect(edge?.from).toBe(change.from);
      expect(edge?.to).toBe(change.to);
      expect(after[change.endpoint], `step ${step.index} starts from ${change.from}`).toBe(
        change.from,
      );
      after[change.endpoint] = change.to;
    }
    expect(step.states, `states after step ${step.index}`).toEqual(after);
    last.set(step.connection, after);
  }
  // A step that receives a segment is the connection's that sent it, unless another
  // incarnation's TCB takes it (incarnations.test.ts): its sender is shown as it is.
  expect(wrongStates(timeline)).toEqual([]);
}

function checkAcks(timeline: Timeline): void {
  const lastAck = new Map<string, number>();
  // Each incarnation has its own sequence spaces (one port may carry several, `reusePort`).
  const sentOn = new Map<number, number>();
  for (const st of timeline.steps) for (const id of st.segmentsOut) sentOn.set(id, st.connection);
  // Connections may overlap (a page's next object while the last one's connection closes): what
  // a segment may acknowledge comes from its own connection, which the client's port names.
  const portOf = (s: Segment) => (s.from === 'client' ? s.srcPort : s.dstPort);
  for (const s of timeline.segments) {
    if (!s.flags.includes('ACK') || s.flags.includes('RST')) continue;
    // Never acknowledge what has not arrived: some segment from the peer, arrived by now, ends here or later.
    const arrivedEnds = timeline.segments
      .filter(
        (p) =>
          p.from === s.to &&
          portOf(p) === portOf(s) &&
          p.arrivesAt !== null &&
          p.arrivesAt <= s.sentAt,
      )
      .map((p) => seqAdd(p.seq, p.segLen));
    expect(
      arrivedEnds.some((end) => seqDiff(end, s.ack) >= 0),
      `#${s.id} acknowledges ${s.ack}, beyond anything that arrived`,
    ).toBe(true);
    const key = `${sentOn.get(s.id) ?? 'old'}:${s.from}`;
    const previous = lastAck.get(key);
    if (previous !== undefined) {
      expect(seqDiff(s.ack, previous) >= 0, `#${s.id} acknowledgement went backwards`).toBe(true);
    }
    lastAck.set(key, s.ack);
  }
}

function checkEnd(timeline: Timeline): void {
  if (timeline.outcome.note === null) {
    expect(timeline.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: null });
  } else {
    // An end gives up only after its retransmissions, unless an old incarnation's segment met
    // the next connection: its RST or its octets can reset or stall that one (RFC 1337).
    const met = new Set<string>(['old-segment-accepted', 'old-segment-in-time-wait']);
    const why = timeline.steps.some(
      (s) => s.reason === 'retransmissions-exhausted' || met.has(s.reason),
    );
    expect(why, timeline.outcome.note).toBe(true);
  }
}

function checkMessages(timeline: Timeline): void {
  // A client that took an old incarnation's segment as data reads that old message instead of
  // its own (the corruption `time-wait-cut-short` shows, checked by incarnations.test.ts).
  const corrupted = new Set(
    timeline.steps.filter((st) => st.reason === 'old-segment-accepted').map((st) => st.connection),
  );
  for (const m of timeline.messages) {
    for (const direction of ['write', 'parse'] as const) {
      if (direction === 'parse' && m.from === 'server' && corrupted.has(m.connection)) continue;
      const blocks = timeline.steps
        .filter((s) => s.message?.messageId === m.id && s.message.direction === direction)
        .filter(
          (s) => !(direction === 'parse' && s.endpoint === 'client' && corrupted.has(s.connection)),
        )
        .map((s) => s.message?.block);
      if (direction === 'parse' && timeline.outcome.note !== null) {
        expect(blocks).toEqual(blocks.map((_, i) => i));
      } else {
        expect(blocks, `message ${m.id} ${direction}`).toEqual(m.blocks.map((_, i) => i));
      }
    }
  }
}

/** PROPERTY_RUNS=5000 npx vitest run --project model src/session/properties for a long hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const TIMEOUT = Math.max(60_000, RUNS * 100);

describe('simulator invariants', () => {
  it('hold for every scenario, profile, seed and loss pattern', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(runs, ({ scenario, profile, seed, loss }) => {
        const trace = simulateWithTrace(lossy(scenario, loss), { profile, seed });
        const timeline = trace.timeline;
        checkDelivery(trace);
        checkStates(timeline);
        checkAcks(timeline);
        checkEnd(timeline);
        checkMessages(timeline);
      }),
      { numRuns: RUNS },
    );
  });

  it('give timelines that satisfy the JSON Schema, under loss too', () => {
    fc.assert(
      fc.property(runs, ({ scenario, profile, seed, loss }) => {
        const timeline = simulateWithTrace(lossy(scenario, loss), { profile, seed }).timeline;
        expect(
          validateJson(schema as Record<string, unknown>, JSON.parse(JSON.stringify(timeline))),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('are deterministic: the same input twice gives the same JSON', () => {
    fc.assert(
      fc.property(runs, ({ scenario, profile, seed, loss }) => {
        const once = JSON.stringify(simulateWithTrace(lossy(scenario, loss), { profile, seed }));
        const twice = JSON.stringify(simulateWithTrace(lossy(scenario, loss), { profile, seed }));
        expect(twice).toBe(once);
      }),
      { numRuns: 40 },
    );
  });
});
