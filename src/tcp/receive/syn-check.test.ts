/**
 * RFC 9293 §3.10.7.4, "Fourth, check the SYN bit" (RFC 5961 §4): in a synchronized state a SYN,
 * "irrespective of the sequence number", gets a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
 * and is dropped; it is never queued as data. In SYN-RECEIVED after a passive OPEN, "return this
 * connection to the LISTEN state and return".
 */
import { describe, expect, it } from 'vitest';
import { LINUX, TEXTBOOK } from '../config';
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
});

// The peer repeats the SYN being answered (SEG.SEQ = IRS, before RCV.NXT = IRS+1) because the
// SYN,ACK was lost. RFC 9293 §3.10.7.4's first check finds it not acceptable: "an acknowledgment
// should be sent in reply [...] <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> After sending the
// acknowledgment, drop the unacceptable segment and return." Linux (tcp_check_req) sends the
// SYN,ACK again instead.
describe('the repeated SYN in SYN-RECEIVED (RFC 9293 §3.10.7.4 first check)', () => {
  const repeated = seg({ seq: 300, flags: ['SYN'], options: { mss: 1460 } });

  it('textbook: a bare ACK <SEQ=SND.NXT><ACK=RCV.NXT>, the segment dropped, no state change', () => {
    const before = tcbInSynReceived();
    const r = receiveSegment(before, repeated, ctx);
    expect(r.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
    expect(r.outcome).toEqual({ reason: 'duplicate-ack-sent', detail: { gap: null } });
    expect(r.transitions).toEqual([]);
    expect(r.tcb.state).toBe('SYN-RECEIVED');
    expect(r.tcb.rcvNxt).toBe(before.rcvNxt);
    expect(r.tcb.sndNxt).toBe(before.sndNxt);
    expect(r.tcb.rtxDeadline).toBe(before.rtxDeadline);
  });

  it('linux: the SYN,ACK again <SEQ=ISS><ACK=RCV.NXT>, no state change', () => {
    const before = tcbInSynReceived(LINUX);
    const r = receiveSegment(before, repeated, { ...ctx, config: LINUX });
    expect(r.out.map(brief)).toEqual(['SYN,ACK seq=100 ack=301']);
    expect(r.outcome.reason).toBe('duplicate-syn-received');
    expect(r.transitions).toEqual([]);
    expect(r.tcb.state).toBe('SYN-RECEIVED');
    expect(r.tcb.rcvNxt).toBe(before.rcvNxt);
    expect(r.tcb.sndNxt).toBe(before.sndNxt);
  });
});
