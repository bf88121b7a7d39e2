/**
 * RFC 6298 §5.7, at both ends: "If the timer expires awaiting the ACK of a SYN segment and the
 * TCP implementation is using an RTO less than 3 seconds, the RTO MUST be re-initialized to 3
 * seconds when data transmission begins (i.e., after the three-way handshake completes)." The
 * server's SYN,ACK is such a SYN segment: its timer expiring counts as much as the client's.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import { TEXTBOOK } from './config';
import { receiveSegment } from './receive';
import { seg, tcbInSynReceived, tcbInSynSent } from './test-support/fixtures';
import { fireTimer } from './timers';

const ctx = { now: 3000, config: TEXTBOOK, iss: 0 };

describe('RFC 6298 (5.7): RTO 3 s once data begins after a retransmitted SYN', () => {
  it('server: the SYN,ACK was resent and the handshake ACK gives no RTT sample', () => {
    const waiting = tcbInSynReceived();
    const resent = fireTimer(waiting, 'retransmission', TEXTBOOK, waiting.rtxDeadline ?? 0);
    expect(resent.out.map((s) => s.flags.join(','))).toEqual(['SYN,ACK']);
    const r = receiveSegment(resent.tcb, seg({ seq: 301, ack: 101, flags: ['ACK'] }), ctx);
    expect(r.tcb.state).toBe('ESTABLISHED');
    expect(r.tcb.srtt).toBeNull();
    expect(r.tcb.rto).toBe(3000);
  });

  it('client: the SYN was resent twice; the RTO is re-initialized to 3 s, not left backed off', () => {
    let tcb = tcbInSynSent();
    for (let i = 0; i < 2; i++)
      tcb = fireTimer(tcb, 'retransmission', TEXTBOOK, tcb.rtxDeadline ?? 0).tcb;
    expect(tcb.rto).toBe(4000);
    const r = receiveSegment(
      tcb,
      seg({ seq: 300, ack: 101, flags: ['SYN', 'ACK'], options: { mss: 1460 } }),
      ctx,
    );
    expect(r.tcb.rto).toBe(3000);
  });

  it('without a retransmitted SYN the handshake keeps its RTT sample', () => {
    const r = receiveSegment(tcbInSynReceived(), seg({ seq: 301, ack: 101, flags: ['ACK'] }), {
      ...ctx,
      now: 40,
    });
    expect(r.tcb.srtt).toBe(40);
  });

  it('in a run: the SYN,ACK lost once, then the response lost once: the server waits 3 s', () => {
    const get = SCENARIOS.find((s) => s.id === 'get');
    if (!get) throw new Error('no get');
    const t = simulate({
      ...get,
      impairments: {
        drop: [
          { from: 'server', what: 'syn-ack', nth: 1 },
          { from: 'server', what: 'data', nth: 1 },
        ],
      },
    });
    const timeouts = t.steps.filter(
      (s) => s.reason === 'retransmission-timeout' && s.endpoint === 'server',
    );
    expect(timeouts.map((s) => s.reason === 'retransmission-timeout' && s.detail.rto)).toEqual([
      1000, 3000,
    ]);
  });
});
