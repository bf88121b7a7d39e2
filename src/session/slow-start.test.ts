/**
 * Slow start in a canned scenario (RFC 5681 §3.1): `large-response`'s 13 segments leave in
 * flights, each sent when the ACKs of the one before come back. The first flight is the initial
 * window: 3 segments of 1460 octets in the textbook profile (RFC 5681's IW for SMSS 1460), 10 of
 * 1448 under linux (TCP_INIT_CWND, RFC 6928), as Linux sent it across a 40 ms round trip
 * (fixtures/captures/README.md, "Slow start").
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import type { Scenario } from '../scenarios/types';
import type { Profile, Segment, Timeline } from '../timeline/types';
import { simulate } from './simulate';

const largeResponse = SCENARIOS.find((s) => s.id === 'large-response') as Scenario;

/**
 * The server's data segments in flights: a flight ends when an ACK of one of its segments
 * reaches the server (RFC 5681 calls what is sent and not yet acknowledged the FlightSize).
 */
function flights(t: Timeline): number[] {
  const out: number[] = [];
  let flight: Segment[] = [];
  for (const step of t.steps) {
    if (step.endpoint !== 'server') continue;
    const received = step.segmentIn === null ? undefined : t.segments[step.segmentIn];
    const first = flight[0];
    if (received?.flags.includes('ACK') && first && received.relAck > first.relSeq) {
      out.push(flight.length);
      flight = [];
    }
    if (step.reason === 'data-sent') {
      flight.push(...step.segmentsOut.flatMap((id) => t.segments[id] ?? []));
    }
  }
  if (flight.length > 0) out.push(flight.length);
  return out;
}

describe('large-response leaves in flights (slow start)', () => {
  it.each([
    ['textbook', [3, 6, 4]],
    ['linux', [10, 3]],
  ] as [Profile, number[]][])(
    '%s: the initial window first, then more per ACK',
    (profile, shape) => {
      const t = simulate(largeResponse, { profile });
      expect(flights(t)).toEqual(shape);
      const data = t.segments.filter((s) => s.from === 'server' && s.payloadLength > 0);
      expect(data).toHaveLength(13);
    },
  );

  it('the segment that fills the window says so, and the server waits for an ACK', () => {
    const t = simulate(largeResponse, { profile: 'textbook' });
    const dataSteps = t.steps.filter((s) => s.reason === 'data-sent' && s.endpoint === 'server');
    const third = dataSteps[2];
    expect(third?.detail).toEqual({ windowFull: 'cwnd' });
    expect(third?.rfc).toBe('RFC 5681 §3.1');
    // The fourth segment leaves at the step that receives the first ACK of the response.
    const fourth = dataSteps[3];
    const before = t.steps[(fourth?.index ?? 0) - 1];
    expect(before?.reason).toBe('ack-received');
    expect(before?.detail).toEqual({ acked: 1460, cwnd: 'slow-start' });
  });
});
