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

    it('counts each duplicate ACK in its step, and says which arrive in fast recovery', () => {
      const t = simulate(thirdLost, { profile });
      const fast = t.steps.find((s) => s.reason === 'fast-retransmit');
      const ended = t.steps.find(
        (s) => s.reason === 'ack-received' && s.detail.cwnd === 'fast-recovery-ended',
      );
      const details = t.steps.flatMap((s) =>
        s.reason === 'duplicate-ack-received' && s.endpoint === 'server'
          ? [{ ...s.detail, during: s.index > (fast?.index ?? 0) && s.index < (ended?.index ?? 0) }]
          : [],
      );
      // RFC 5681 §3.2: the first two are counted, the third is the fast retransmit's own step,
      // and each one after it, until new data is acknowledged, is in fast recovery.
      expect(details.slice(0, 2)).toEqual([
        { duplicateAcks: 1, fastRecovery: false, during: false },
        { duplicateAcks: 2, fastRecovery: false, during: false },
      ]);
      const rest = details.slice(2);
      expect(rest.length).toBeGreaterThan(0);
      for (const [i, d] of rest.entries()) {
        expect(d).toEqual({ duplicateAcks: 4 + i, fastRecovery: true, during: true });
      }
    });
  },
);
