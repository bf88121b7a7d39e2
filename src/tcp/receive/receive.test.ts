/**
 * RFC 9293 §3.10.7, state by state: a table of (segment in → next state,
 * segments out, reason). Local ISS 100, peer ISS 300 (test-support/fixtures).
 * Absolute numbers: the local side's next sequence number is 101 after its SYN,
 * 102 after its FIN; the peer's 301 and 302.
 */
import { describe, expect, it } from 'vitest';
import type { StepReason } from '../../timeline/reasons';
import { TEXTBOOK } from '../config';
import type { TcpSegment } from '../segment';
import type { TcpState } from '../states';
import type { Tcb } from '../tcb';
import {
  brief,
  seg,
  tcbClosed,
  tcbEstablished,
  tcbInCloseWait,
  tcbInClosing,
  tcbInFinWait1,
  tcbInFinWait2,
  tcbInLastAck,
  tcbInListen,
  tcbInSynReceived,
  tcbInSynReceivedActive,
  tcbInSynSent,
  tcbInTimeWait,
} from '../test-support/fixtures';
import { receiveSegment } from '.';

type Case = [what: string, segment: TcpSegment, state: TcpState, out: string[], reason: StepReason];

function run(fixture: () => Tcb, cases: Case[]) {
  it.each(cases)('%s', (_what, segment, state, out, reason) => {
    const r = receiveSegment(fixture(), segment, { now: 0, config: TEXTBOOK, iss: 100 });
    expect(r.tcb.state).toBe(state);
    expect(r.out.map(brief)).toEqual(out);
    expect(r.outcome.reason).toBe(reason);
  });
}

describe('CLOSED (§3.10.7.1)', () => {
  run(tcbClosed, [
    ['a RST is discarded', seg({ seq: 5, flags: ['RST'] }), 'CLOSED', [], 'segment-discarded'],
    [
      'a SYN is refused with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>',
      seg({ seq: 5, flags: ['SYN'] }),
      'CLOSED',
      ['RST,ACK seq=0 ack=6'],
      'rst-sent',
    ],
    [
      'data with ACK gets <SEQ=SEG.ACK><CTL=RST>',
      seg({ seq: 5, ack: 77, flags: ['PSH', 'ACK'], payload: 'hi' }),
      'CLOSED',
      ['RST seq=77'],
      'rst-sent',
    ],
  ]);
});

describe('LISTEN (§3.10.7.2)', () => {
  run(tcbInListen, [
    ['a RST is ignored', seg({ seq: 5, flags: ['RST'] }), 'LISTEN', [], 'segment-discarded'],
    [
      'an ACK gets <SEQ=SEG.ACK><CTL=RST>',
      seg({ seq: 5, ack: 9, flags: ['ACK'] }),
      'LISTEN',
      ['RST seq=9'],
      'rst-sent',
    ],
    [
      'a SYN gets <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>',
      seg({ seq: 300, flags: ['SYN'] }),
      'SYN-RECEIVED',
      ['SYN,ACK seq=100 ack=301'],
      'syn-received',
    ],
    [
      'anything else is dropped',
      seg({ seq: 5, flags: ['FIN'] }),
      'LISTEN',
      [],
      'segment-discarded',
    ],
  ]);
});

describe('SYN-SENT (§3.10.7.3)', () => {
  run(tcbInSynSent, [
    [
      'a SYN,ACK of our SYN establishes, with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>',
      seg({ seq: 300, ack: 101, flags: ['SYN', 'ACK'] }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'syn-ack-received',
    ],
    [
      'a SYN,ACK acking an old SYN (SEG.ACK =< ISS) gets <SEQ=SEG.ACK><CTL=RST>',
      seg({ seq: 300, ack: 91, flags: ['SYN', 'ACK'] }),
      'SYN-SENT',
      ['RST seq=91'],
      'rst-sent',
    ],
    [
      'an ACK beyond SND.NXT gets a RST',
      seg({ seq: 300, ack: 500, flags: ['ACK'] }),
      'SYN-SENT',
      ['RST seq=500'],
      'rst-sent',
    ],
    [
      'a RST with an acceptable ACK resets (connection refused)',
      seg({ seq: 0, ack: 101, flags: ['RST', 'ACK'] }),
      'CLOSED',
      [],
      'rst-received',
    ],
    [
      'a RST without ACK is dropped',
      seg({ seq: 0, flags: ['RST'] }),
      'SYN-SENT',
      [],
      'segment-discarded',
    ],
    [
      'a bad ACK with RST is dropped',
      seg({ seq: 0, ack: 50, flags: ['RST', 'ACK'] }),
      'SYN-SENT',
      [],
      'segment-discarded',
    ],
    [
      'a SYN alone: simultaneous open, SYN,ACK <SEQ=ISS><ACK=RCV.NXT>',
      seg({ seq: 300, flags: ['SYN'] }),
      'SYN-RECEIVED',
      ['SYN,ACK seq=100 ack=301'],
      'syn-received',
    ],
    [
      'neither SYN nor RST: dropped',
      seg({ seq: 300, ack: 101, flags: ['ACK'] }),
      'SYN-SENT',
      [],
      'segment-discarded',
    ],
  ]);
});

describe('SYN-RECEIVED (§3.10.7.4)', () => {
  run(tcbInSynReceived, [
    [
      'the ACK of our SYN establishes',
      seg({ seq: 301, ack: 101, flags: ['ACK'] }),
      'ESTABLISHED',
      [],
      'handshake-ack-received',
    ],
    [
      'data riding on the ACK of our SYN is delivered and acknowledged',
      seg({ seq: 301, ack: 101, flags: ['PSH', 'ACK'], payload: 'GET' }),
      'ESTABLISHED',
      ['ACK seq=101 ack=304'],
      'handshake-ack-received',
    ],
    [
      'an unacceptable ACK gets <SEQ=SEG.ACK><CTL=RST>',
      seg({ seq: 301, ack: 999, flags: ['ACK'] }),
      'SYN-RECEIVED',
      ['RST seq=999'],
      'rst-sent',
    ],
    [
      'a RST at RCV.NXT returns a passive connection to LISTEN',
      seg({ seq: 301, flags: ['RST'] }),
      'LISTEN',
      [],
      'rst-received',
    ],
    [
      'a repeated SYN is not acceptable: a bare ACK (first check; Linux resends the SYN,ACK)',
      seg({ seq: 300, flags: ['SYN'] }),
      'SYN-RECEIVED',
      ['ACK seq=101 ack=301'],
      'duplicate-ack-sent',
    ],
    [
      'a segment without ACK is dropped',
      seg({ seq: 301, flags: ['PSH'], payload: 'x' }),
      'SYN-RECEIVED',
      [],
      'segment-discarded',
    ],
  ]);
});

describe('SYN-RECEIVED after a simultaneous open (§3.10.7.4)', () => {
  run(tcbInSynReceivedActive, [
    [
      'a RST at RCV.NXT: the connection was refused, CLOSED',
      seg({ seq: 301, flags: ['RST'] }),
      'CLOSED',
      [],
      'rst-received',
    ],
    [
      'a RST in the window but not at RCV.NXT gets a challenge ACK (RFC 5961)',
      seg({ seq: 9000, flags: ['RST'] }),
      'SYN-RECEIVED',
      ['ACK seq=101 ack=301'],
      'challenge-ack-sent',
    ],
  ]);

  it('takes the active-OPEN edge, signals "connection refused" and stops the timers', () => {
    const before = tcbInSynReceivedActive();
    expect(before.passive).toBe(false);
    const r = receiveSegment(before, seg({ seq: 301, flags: ['RST'] }), {
      now: 0,
      config: TEXTBOOK,
      iss: 100,
    });
    expect(r.transitions.map((edge) => edge.id)).toEqual(['SYN-RECEIVED--rcv-rst-active-open']);
    expect(r.signals).toEqual(['reset']);
    expect(r.outcome).toEqual({ reason: 'rst-received', detail: { refused: true } });
    expect(r.tcb.rtxDeadline).toBeNull();
  });
});

describe('ESTABLISHED (§3.10.7.4)', () => {
  run(tcbEstablished, [
    [
      'in-order data is delivered and acknowledged',
      seg({ seq: 301, ack: 101, flags: ['PSH', 'ACK'], payload: 'hello' }),
      'ESTABLISHED',
      ['ACK seq=101 ack=306'],
      'data-received',
    ],
    [
      'a duplicate (before RCV.NXT) is not acceptable: ACK and drop',
      seg({ seq: 296, ack: 101, flags: ['PSH', 'ACK'], payload: 'hello' }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'duplicate-ack-sent',
    ],
    [
      'out-of-order data is held; a duplicate ACK at once',
      seg({ seq: 311, ack: 101, flags: ['PSH', 'ACK'], payload: 'later' }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'duplicate-ack-sent',
    ],
    [
      'a FIN moves to CLOSE-WAIT and is acknowledged',
      seg({ seq: 301, ack: 101, flags: ['FIN', 'ACK'] }),
      'CLOSE-WAIT',
      ['ACK seq=101 ack=302'],
      'fin-received',
    ],
    ['a RST at RCV.NXT resets', seg({ seq: 301, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
    [
      'a RST inside the window but not at RCV.NXT gets a challenge ACK',
      seg({ seq: 400, flags: ['RST'] }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'challenge-ack-sent',
    ],
    [
      'a RST outside the window is dropped silently',
      seg({ seq: 200, flags: ['RST'] }),
      'ESTABLISHED',
      [],
      'segment-discarded',
    ],
    [
      'a SYN gets a challenge ACK (RFC 5961)',
      seg({ seq: 301, flags: ['SYN'] }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'challenge-ack-sent',
    ],
    [
      'an ACK of data never sent is answered with an ACK',
      seg({ seq: 301, ack: 900, flags: ['ACK'] }),
      'ESTABLISHED',
      ['ACK seq=101 ack=301'],
      'ack-received',
    ],
    [
      'a bare duplicate ACK changes nothing',
      seg({ seq: 301, ack: 101, flags: ['ACK'] }),
      'ESTABLISHED',
      [],
      'duplicate-ack-received',
    ],
  ]);
});

describe('FIN-WAIT-1 (§3.10.7.4)', () => {
  run(tcbInFinWait1, [
    [
      'the ACK of our FIN moves to FIN-WAIT-2',
      seg({ seq: 301, ack: 102, flags: ['ACK'] }),
      'FIN-WAIT-2',
      [],
      'fin-acked',
    ],
    [
      'a FIN without the ACK of ours: CLOSING (simultaneous close)',
      seg({ seq: 301, ack: 101, flags: ['FIN', 'ACK'] }),
      'CLOSING',
      ['ACK seq=102 ack=302'],
      'simultaneous-fin',
    ],
    [
      'a FIN that also acks ours: straight to TIME-WAIT',
      seg({ seq: 301, ack: 102, flags: ['FIN', 'ACK'] }),
      'TIME-WAIT',
      ['ACK seq=102 ack=302'],
      'fin-received',
    ],
    [
      'data is still received',
      seg({ seq: 301, ack: 101, flags: ['PSH', 'ACK'], payload: 'more' }),
      'FIN-WAIT-1',
      ['ACK seq=102 ack=305'],
      'data-received',
    ],
  ]);
});

describe('FIN-WAIT-2 (§3.10.7.4)', () => {
  run(tcbInFinWait2, [
    [
      'a FIN moves to TIME-WAIT',
      seg({ seq: 301, ack: 102, flags: ['FIN', 'ACK'] }),
      'TIME-WAIT',
      ['ACK seq=102 ack=302'],
      'fin-received',
    ],
    [
      'data is still received',
      seg({ seq: 301, ack: 102, flags: ['PSH', 'ACK'], payload: 'tail' }),
      'FIN-WAIT-2',
      ['ACK seq=102 ack=305'],
      'data-received',
    ],
    ['a RST resets', seg({ seq: 301, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
  ]);
});

describe('CLOSE-WAIT (§3.10.7.4)', () => {
  run(tcbInCloseWait, [
    [
      'an ACK is processed as in ESTABLISHED',
      seg({ seq: 302, ack: 101, flags: ['ACK'] }),
      'CLOSE-WAIT',
      [],
      'duplicate-ack-received',
    ],
    [
      'a repeated FIN is before RCV.NXT: acknowledged again',
      seg({ seq: 301, ack: 101, flags: ['FIN', 'ACK'] }),
      'CLOSE-WAIT',
      ['ACK seq=101 ack=302'],
      'duplicate-ack-sent',
    ],
    ['a RST resets', seg({ seq: 302, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
  ]);
});

describe('CLOSING (§3.10.7.4)', () => {
  run(tcbInClosing, [
    [
      'the ACK of our FIN moves to TIME-WAIT',
      seg({ seq: 302, ack: 102, flags: ['ACK'] }),
      'TIME-WAIT',
      [],
      'fin-acked',
    ],
    [
      'an ACK that does not cover our FIN is ignored',
      seg({ seq: 302, ack: 101, flags: ['ACK'] }),
      'CLOSING',
      [],
      'duplicate-ack-received',
    ],
    ['a RST closes', seg({ seq: 302, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
  ]);
});

describe('LAST-ACK (§3.10.7.4)', () => {
  run(tcbInLastAck, [
    [
      'the ACK of our FIN closes',
      seg({ seq: 302, ack: 102, flags: ['ACK'] }),
      'CLOSED',
      [],
      'last-ack-received',
    ],
    [
      'an ACK short of our FIN changes nothing',
      seg({ seq: 302, ack: 101, flags: ['ACK'] }),
      'LAST-ACK',
      [],
      'duplicate-ack-received',
    ],
    ['a RST closes', seg({ seq: 302, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
  ]);
});

describe('TIME-WAIT (§3.10.7.4, §3.6)', () => {
  run(tcbInTimeWait, [
    [
      'the peer’s FIN again: ACK it and restart 2 MSL',
      seg({ seq: 301, ack: 102, flags: ['FIN', 'ACK'] }),
      'TIME-WAIT',
      ['ACK seq=102 ack=302'],
      'time-wait-ack',
    ],
    ['a RST closes', seg({ seq: 302, flags: ['RST'] }), 'CLOSED', [], 'rst-received'],
  ]);

  it('restarts the 2×MSL timer when the FIN comes again', () => {
    const r = receiveSegment(tcbInTimeWait(), seg({ seq: 301, ack: 102, flags: ['FIN', 'ACK'] }), {
      now: 5000,
      config: TEXTBOOK,
      iss: 0,
    });
    expect(r.tcb.timeWaitDeadline).toBe(5000 + 2 * TEXTBOOK.mslMs);
    expect(r.transitions.map((edge) => edge.id)).toEqual(['TIME-WAIT--rcv-fin']);
  });
});

describe('out-of-order segments', () => {
  it('are delivered once the gap is filled, in order, exactly once', () => {
    const ctx = { now: 0, config: TEXTBOOK, iss: 0 };
    let tcb = tcbEstablished();
    tcb = receiveSegment(
      tcb,
      seg({ seq: 306, ack: 101, flags: ['ACK'], payload: 'world' }),
      ctx,
    ).tcb;
    const r = receiveSegment(
      tcb,
      seg({ seq: 301, ack: 101, flags: ['ACK'], payload: 'hello' }),
      ctx,
    );
    expect(r.delivered).toBe('helloworld');
    expect(r.out.map(brief)).toEqual(['ACK seq=101 ack=311']);
  });
});
