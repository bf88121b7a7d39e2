/**
 * Fast retransmit in a session (RFC 5681 §3.2): `large-response` with the server's third data
 * segment dropped, as the workshop builds it. The segments sent after it draw duplicate ACKs from
 * the client, and the third makes the server resend the lost one at once, marked as a
 * retransmission of it, without waiting for its retransmission timer.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenarios/validate';
import { simulate } from './simulate';
import { THIRD_SEGMENT_LOST } from './test-support/impaired';

const thirdLost = THIRD_SEGMENT_LOST;

describe.each(['textbook', 'linux'] as const)(
  'a segment lost with others after it (%s)',
  (profile) => {
    it('is resent on the third duplicate ACK, not by the timer', () => {
      expect(validateScenario(thirdLost).ok).toBe(true);
      const t = simulate(thirdLost, { profile });
      const lost = t.steps.find((s) => s.reason === 'segment-lost');
      const fast = t.steps.filter((s) => s.reason === 'fast-retransmit');
      expect(fast).toHaveLength(1);
      const [step] = fast;
      expect(step?.endpoint).toBe('server');
      // Two duplicate ACKs before it, at the server.
      const before = t.steps.filter(
        (s) => s.index < (step?.index ?? 0) && s.reason === 'duplicate-ack-received',
      );
      expect(before).toHaveLength(2);
      const [resent] = step?.segmentsOut ?? [];
      expect(t.segments[resent ?? -1]?.retransmissionOf).toBe(lost?.segmentIn);
      expect(t.steps.some((s) => s.reason === 'retransmission-timeout')).toBe(false);
      expect(t.outcome).toMatchObject({ client: 'CLOSED', server: 'CLOSED' });
    });
  },
);
