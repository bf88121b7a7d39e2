/**
 * RFC 9293 §3.10.7.4: a segment that arrives out of order is acceptable, and its ACK field is
 * processed (the fifth check) before its data is held for later, as Linux does (tcp_ack before
 * tcp_data_queue): an acknowledgement never waits for a hole in the other direction to fill.
 */
import { describe, expect, it } from 'vitest';
import { TEXTBOOK } from '../config';
import { nextDataSegment, send } from '../send';
import { brief, seg, tcbEstablished, tcbInFinWait1 } from '../test-support/fixtures';
import { receiveSegment } from '.';

const ctx = { now: 10, config: TEXTBOOK, iss: 0 };

describe('the ACK field of an out-of-order segment (RFC 9293 §3.10.7.4, fifth check)', () => {
  it('moves SND.UNA and stops the retransmission timer before the data is held', () => {
    // Local has sent 5 octets (101–105); the peer acknowledges them on a segment that arrives
    // before an earlier one of its own (RCV.NXT is 301, this one starts at 311).
    const sent = nextDataSegment(send(tcbEstablished(), 'hello'), TEXTBOOK, 5);
    if (sent === null) throw new Error('nothing sent');
    expect(sent.tcb.rtxDeadline).not.toBeNull();
    const r = receiveSegment(
      sent.tcb,
      seg({ seq: 311, ack: 106, flags: ['ACK'], payload: 'later' }),
      ctx,
    );
    expect(r.tcb.sndUna).toBe(106);
    expect(r.tcb.rtxDeadline).toBeNull();
    expect(r.tcb.held).toEqual([{ seq: 311, payload: 'later', fin: false }]);
    expect(r.out.map(brief)).toEqual(['ACK seq=106 ack=301']);
    expect(r.outcome).toEqual({ reason: 'duplicate-ack-sent', detail: { gap: 10 } });
  });

  it('takes the state change the ACK causes: FIN-WAIT-1 to FIN-WAIT-2', () => {
    const r = receiveSegment(
      tcbInFinWait1(),
      seg({ seq: 311, ack: 102, flags: ['ACK'], payload: 'later' }),
      ctx,
    );
    expect(r.tcb.state).toBe('FIN-WAIT-2');
    expect(r.transitions.map((edge) => edge.id)).toEqual(['FIN-WAIT-1--rcv-ack-of-fin']);
    expect(r.tcb.held).toHaveLength(1);
  });

  it('an ACK of something never sent: ACK and drop, nothing held', () => {
    const r = receiveSegment(
      tcbEstablished(),
      seg({ seq: 311, ack: 900, flags: ['ACK'], payload: 'later' }),
      ctx,
    );
    expect(r.tcb.held).toEqual([]);
    expect(r.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
  });
});
