import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { pageWithImagesScenario } from '../scenarios/page-with-images';
import { simulate } from '../session/simulate';
import { THIRD_SEGMENT_LOST } from '../session/test-support/impaired';
import type { Timeline } from '../timeline/types';
import { comparePageLoad } from './pageLoad';
import { timingOf } from './timing';

const timeline = (id: string, profile: 'textbook' | 'linux' = 'textbook'): Timeline => {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return simulate(s, { profile });
};

describe('timingOf', () => {
  it('keep-alive: the handshake, two request/response round trips and the teardown; one RTT per object after the opening', () => {
    const t = timeline('keep-alive');
    const timing = timingOf(t);
    expect(timing.roundTrips.map((r) => [r.kind, r.request])).toEqual([
      ['handshake', null],
      ['exchange', 'GET / HTTP/1.1'],
      ['exchange', 'GET /style.css HTTP/1.1'],
      ['teardown', null],
    ]);
    expect(timing.persistent).toBe(true);
    expect(timing.rttMs).toBe(40);
    const transmission = timing.objects.reduce((sum, o) => sum + o.transmissionMs, 0);
    expect(timing.objects.map((o) => o.octets)).toEqual(
      t.messages.filter((m) => m.kind === 'response').map((m) => m.bytes.length),
    );
    expect(timing.estimateMs).toBeCloseTo(3 * 40 + transmission, 9);
    // The last octet arrives when the client reads the last body.
    const lastBody = t.steps.filter((s) => s.reason === 'response-body-parsed').at(-1);
    expect(timing.lastByteMs).toBe(lastBody?.time);
    // Within the stated reason: the requests' and the headers' transmission, under a millisecond.
    expect(timing.lastByteMs - timing.estimateMs).toBeGreaterThan(0);
    expect(timing.lastByteMs - timing.estimateMs).toBeLessThan(1);
    expect(timing.reasons).toEqual(['headers', 'teardown', 'not-modelled']);
  });

  it('ends a teardown when its last FIN is acknowledged, not when that FIN arrives', () => {
    // get: the client's FIN at 80.5 ms, the server's FIN at 100.6 ms reaching the client at
    // 120.6 ms, and the client's ACK of it reaching the server at 140.7 ms: LAST-ACK → CLOSED.
    const t = timeline('get');
    const teardown = timingOf(t).roundTrips.find((r) => r.kind === 'teardown');
    const closed = t.steps.find((s) => s.changes.some((c) => c.from === 'LAST-ACK'));
    expect(teardown?.start).toBe(t.segments.find((s) => s.flags.includes('FIN'))?.sentAt);
    expect(teardown?.end).toBe(closed?.time);
    // Its last ACK lost, the server's FIN is sent again: the teardown ends with the second ACK.
    const lost = timeline('why-time-wait');
    const last = timingOf(lost)
      .roundTrips.filter((r) => r.kind === 'teardown')
      .at(-1);
    const lastClosed = lost.steps
      .filter((s) => s.changes.some((c) => c.from === 'LAST-ACK'))
      .at(-1);
    expect(last?.end).toBe(lastClosed?.time);
  });

  it('get: non-persistent, 2·RTT + the transmission of its one object', () => {
    const timing = timingOf(timeline('get'));
    expect(timing.persistent).toBe(false);
    expect(timing.estimateMs).toBeCloseTo(80 + (333 * 8 * 1000) / 10_000_000, 9);
  });

  it('names the loss and the refusal when they make the difference', () => {
    const lost = timingOf(timeline('lost-segment'));
    expect(lost.reasons).toContain('loss');
    expect(lost.lastByteMs - lost.estimateMs).toBeGreaterThan(1000 - 1);
    expect(timingOf(timeline('why-three-way')).reasons).toContain('refused');
    expect(timingOf(timeline('get', 'linux')).reasons).not.toContain('loss');
  });

  it('names a fast retransmit, not a timeout, where three duplicate ACKs repaired the loss', () => {
    for (const profile of ['textbook', 'linux'] as const) {
      const t = simulate(THIRD_SEGMENT_LOST, { profile });
      const { reasons } = timingOf(t);
      expect(reasons).toContain('fast-retransmit');
      expect(reasons).not.toContain('loss');
    }
    expect(timingOf(timeline('lost-segment')).reasons).not.toContain('fast-retransmit');
  });

  it('names slow start where a congestion window held a response back', () => {
    for (const profile of ['textbook', 'linux'] as const) {
      const large = timingOf(timeline('large-response', profile));
      expect(large.reasons).toContain('slow-start');
      // One flight would have brought the last octet within a millisecond of the estimate; each
      // flight after the first waits for a round trip of ACKs (textbook 3, 6, 4; linux 10, 3).
      expect(large.lastByteMs - large.estimateMs).toBeGreaterThan(large.rttMs / 2);
    }
    expect(timingOf(timeline('get')).reasons).not.toContain('slow-start');
    expect(timingOf(timeline('keep-alive', 'linux')).reasons).not.toContain('slow-start');
  });

  it('names connections at the same time, which the formula adds one after another', () => {
    const link = SCENARIOS[0]?.link ?? { latencyMs: 20, bitsPerSecond: 1e7, lossRate: 0 };
    const parallel = timingOf(
      simulate(pageWithImagesScenario({ images: 4, link, way: 'parallel' })),
    );
    expect(parallel.reasons).toContain('parallel');
    expect(parallel.lastByteMs).toBeLessThan(parallel.estimateMs);
    // One after another, with the teardown of one beside the opening of the next: not parallel.
    const oneByOne = timingOf(
      simulate(pageWithImagesScenario({ images: 4, link, way: 'non-persistent' })),
    );
    expect(oneByOne.reasons).not.toContain('parallel');
  });

  for (const s of SCENARIOS) {
    for (const profile of ['textbook', 'linux'] as const) {
      it(`${s.id} (${profile}): one exchange per response, each round trip forward in time, the estimate a lower bound`, () => {
        const t = timeline(s.id, profile);
        const timing = timingOf(t);
        const responses = t.messages.filter((m) => m.kind === 'response').length;
        expect(timing.roundTrips.filter((r) => r.kind === 'exchange')).toHaveLength(responses);
        expect(timing.roundTrips.filter((r) => r.kind === 'handshake')).toHaveLength(
          t.connections.length,
        );
        for (const r of timing.roundTrips) expect(r.end).toBeGreaterThan(r.start);
        expect(timing.lastByteMs).toBeGreaterThanOrEqual(timing.estimateMs);
        expect(timing.closedMs).toBeGreaterThanOrEqual(timing.lastByteMs);
      });
    }
  }

  it('page-with-images: 12 round trips with the teardowns, 8 one after another without, as the chart counts', () => {
    const t = timeline('page-with-images');
    const timing = timingOf(t);
    expect(timing.roundTrips).toHaveLength(12);
    expect(timing.roundTrips.filter((r) => r.kind === 'teardown')).toHaveLength(4);
    expect(timing.sequentialRoundTrips).toBe(8);
    const chart = comparePageLoad(t.messages.length / 2 - 1, t.link);
    expect(chart.ways.find((w) => w.way === 'non-persistent')?.sequentialRoundTrips).toBe(
      timing.sequentialRoundTrips,
    );
  });
});
