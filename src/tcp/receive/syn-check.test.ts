/**
 * RFC 9293 §3.10.7.4, "Fourth, check the SYN bit" (RFC 5961 §4): in a synchronized state a SYN,
 * "irrespective of the sequence number", gets a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
 * and is dropped; it is never queued as data. In SYN-RECEIVED after a passive OPEN, "return this
 * connection to the LISTEN state and return".
 */
import { describe, expect, it } from 'vitest';
import { TEXTBOOK } from '../config';
import {
  brief,
  seg,
  tcbEstablished,
  tcbInFinWait2,
  tcbInSynReceived,
} from '../test-support/fixtures';
import { receiveSegment } from '.';

const ctx = { now: 10, config: TEXTBOOK, iss: 0 };

describe('a SYN in a synchronized state (RFC 9293 §3.10.7.4 fourth check, RFC 5961 §4)', () => {
  it.each([
    ['at RCV.NXT', 301],
    ['inside the window, above RCV.NXT', 350],
    ['outside the window', 301 + 100_000],
  ])('%s: a challenge ACK, nothing held', (_where, seq) => {
    const r = receiveSegment(tcbEstablished(), seg({ seq, flags: ['SYN'] }), ctx);
    expect(r.tcb.state).toBe('ESTABLISHED');
    expect(r.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
    expect(r.outcome.reason).toBe('challenge-ack-sent');
    expect(r.tcb.held).toEqual([]);
    expect(r.tcb.rcvNxt).toBe(301);
  });

  it('in FIN-WAIT-2 too', () => {
    const r = receiveSegment(tcbInFinWait2(), seg({ seq: 320, flags: ['SYN'] }), ctx);
    expect(r.out.map(brief)).toEqual(['ACK seq=102 ack=301']);
    expect(r.outcome.reason).toBe('challenge-ack-sent');
    expect(r.tcb.held).toEqual([]);
  });
});

describe('a SYN in SYN-RECEIVED after a passive OPEN (RFC 9293 §3.10.7.4 fourth check)', () => {
  it('returns the connection to LISTEN, sending nothing', () => {
    const r = receiveSegment(tcbInSynReceived(), seg({ seq: 5000, flags: ['SYN'] }), ctx);
    expect(r.tcb.state).toBe('LISTEN');
    expect(r.out).toEqual([]);
    expect(r.transitions.map((edge) => edge.id)).toEqual(['SYN-RECEIVED--rcv-syn']);
    expect(r.outcome.reason).toBe('syn-returns-to-listen');
    expect(r.tcb.rtxDeadline).toBeNull();
  });

  it('the repeated SYN itself still gets the SYN,ACK again', () => {
    const r = receiveSegment(tcbInSynReceived(), seg({ seq: 300, flags: ['SYN'] }), ctx);
    expect(r.tcb.state).toBe('SYN-RECEIVED');
    expect(r.outcome.reason).toBe('duplicate-syn-received');
  });
});
