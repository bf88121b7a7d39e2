/**
 * RFC 9293's figures, with their numbers, as tests. Two TCBs (Peer A and
 * Peer B) are driven by hand: each line of a figure is a segment leaving one
 * and arriving at the other, and the test checks the segment and both states.
 * Figure 8 is also the `why-three-way` scenario, checked through simulate().
 */
import { describe, expect, it } from 'vitest';
import { whyThreeWay } from '../scenarios/why-three-way';
import { simulate } from '../session/simulate';
import { TEXTBOOK } from './config';
import { receiveSegment } from './receive';
import type { TcpSegment } from './segment';
import { activeOpen, close, nextDataSegment, passiveOpen, send } from './send';
import type { Tcb } from './tcb';
import { brief } from './test-support/fixtures';
import { fireTimer } from './timers';

const config = TEXTBOOK;

function rcv(tcb: Tcb, s: TcpSegment | undefined, iss = 0) {
  if (!s) throw new Error('no segment');
  return receiveSegment(tcb, s, { now: 0, config, iss });
}

/** Figure 6 up to line 4: A (ISS aIss) opens actively to B (ISS bIss), which listens. */
function handshake(aIss: number, bIss: number) {
  const a1 = activeOpen(config, { iss: aIss, tsOffset: 0 }, 0);
  const b2 = rcv(passiveOpen(config, { iss: 0, tsOffset: 0 }), a1.out[0], bIss);
  const a3 = rcv(a1.tcb, b2.out[0]);
  const b4 = rcv(b2.tcb, a3.out[0]);
  return { a1, b2, a3, b4 };
}

describe('RFC 9293 Figure 6: basic three-way handshake for connection synchronization', () => {
  const { a1, b2, a3, b4 } = handshake(100, 300);

  it('2. SYN-SENT --> <SEQ=100><CTL=SYN> --> SYN-RECEIVED', () => {
    expect(a1.out.map(brief)).toEqual(['SYN seq=100']);
    expect(a1.tcb.state).toBe('SYN-SENT');
    expect(b2.tcb.state).toBe('SYN-RECEIVED');
  });

  it('3. ESTABLISHED <-- <SEQ=300><ACK=101><CTL=SYN,ACK> <-- SYN-RECEIVED', () => {
    expect(b2.out.map(brief)).toEqual(['SYN,ACK seq=300 ack=101']);
    expect(a3.tcb.state).toBe('ESTABLISHED');
  });

  it('4. ESTABLISHED --> <SEQ=101><ACK=301><CTL=ACK> --> ESTABLISHED', () => {
    expect(a3.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
    expect(b4.tcb.state).toBe('ESTABLISHED');
    expect(b4.out).toEqual([]);
  });

  it('5. ESTABLISHED --> <SEQ=101><ACK=301><CTL=ACK><DATA> --> ESTABLISHED', () => {
    const data = nextDataSegment(send(a3.tcb, 'DATA'), config, 0);
    expect(data?.out.map(brief)).toEqual(['PSH,ACK seq=101 ack=301 len=4']);
    const b5 = rcv(b4.tcb, data?.out[0]);
    expect(b5.tcb.state).toBe('ESTABLISHED');
    expect(b5.delivered).toBe('DATA');
  });
});

describe('RFC 9293 Figure 7: simultaneous connection synchronization', () => {
  const a2 = activeOpen(config, { iss: 100, tsOffset: 0 }, 0);
  const b3 = activeOpen(config, { iss: 300, tsOffset: 0 }, 0);
  const a3 = rcv(a2.tcb, b3.out[0]);
  const b4 = rcv(b3.tcb, a2.out[0]);
  const a6 = rcv(a3.tcb, b4.out[0]);
  const b7 = rcv(b4.tcb, a3.out[0]);

  it('2–3. both send SYN; A gets <SEQ=300><CTL=SYN> in SYN-SENT and goes to SYN-RECEIVED', () => {
    expect(a2.out.map(brief)).toEqual(['SYN seq=100']);
    expect(b3.out.map(brief)).toEqual(['SYN seq=300']);
    expect(a3.tcb.state).toBe('SYN-RECEIVED');
  });

  it('4–5. B gets <SEQ=100><CTL=SYN>; each answers <SEQ=ISS><ACK=peer+1><CTL=SYN,ACK>', () => {
    expect(b4.tcb.state).toBe('SYN-RECEIVED');
    expect(a3.out.map(brief)).toEqual(['SYN,ACK seq=100 ack=301']);
    expect(b4.out.map(brief)).toEqual(['SYN,ACK seq=300 ack=101']);
  });

  it('6–7. each SYN,ACK establishes its receiver, and nothing more is sent', () => {
    expect(a6.tcb.state).toBe('ESTABLISHED');
    expect(b7.tcb.state).toBe('ESTABLISHED');
    expect(a6.out).toEqual([]);
    expect(b7.out).toEqual([]);
    expect(a6.transitions.map((edge) => edge.id)).toEqual(['SYN-RECEIVED--rcv-ack-of-syn']);
  });
});

describe('RFC 9293 Figure 8: recovery from old duplicate SYN (the why-three-way scenario)', () => {
  const timeline = simulate(whyThreeWay);
  const lines = timeline.segments.map(
    (s) =>
      `${s.from === 'client' ? 'A→B' : 'B→A'} ${s.flags.join(',')} SEQ=${s.seq}${s.flags.includes('ACK') ? ` ACK=${s.ack}` : ''}`,
  );

  it('has the figure’s segments and numbers, the real SYN sent first but arriving last', () => {
    expect(lines.slice(0, 6)).toEqual([
      'A→B SYN SEQ=90', // 3. (duplicate) ... <SEQ=90><CTL=SYN>
      'A→B SYN SEQ=100', // 2. SYN-SENT --> <SEQ=100><CTL=SYN> ...
      'B→A SYN,ACK SEQ=300 ACK=91', // 4.
      'A→B RST SEQ=91', // 5.
      'B→A SYN,ACK SEQ=400 ACK=101', // 7.
      'A→B ACK SEQ=101 ACK=401', // 8.
    ]);
  });

  it('walks the figure’s states: SYN-RECEIVED for the old SYN, back to LISTEN on the RST', () => {
    const states = timeline.steps.slice(0, 7).map((s) => `${s.states.client}/${s.states.server}`);
    expect(states).toEqual([
      'CLOSED/LISTEN',
      'SYN-SENT/LISTEN',
      'SYN-SENT/SYN-RECEIVED',
      'SYN-SENT/SYN-RECEIVED',
      'SYN-SENT/LISTEN',
      'SYN-SENT/SYN-RECEIVED',
      'ESTABLISHED/SYN-RECEIVED',
    ]);
    expect(timeline.steps[2]?.reason).toBe('old-duplicate-syn');
    expect(timeline.steps[4]?.changes.map((c) => c.transition)).toEqual(['SYN-RECEIVED--rcv-rst']);
  });
});

/** Two established ends whose SND.NXT are 100 (A) and 300 (B), as Figures 12 and 13 have them. */
function established() {
  const { a3, b4 } = handshake(99, 299);
  return { a: a3.tcb, b: b4.tcb };
}

describe('RFC 9293 Figure 12: normal close sequence', () => {
  const { a, b } = established();
  const a2 = close(a, config, 0);
  const b2 = rcv(b, a2.out[0]);
  const a3 = rcv(a2.tcb, b2.out[0]);
  const b4 = close(b2.tcb, config, 0);
  const a4 = rcv(a3.tcb, b4.out[0]);
  const b5 = rcv(b4.tcb, a4.out[0]);
  const a6 = fireTimer(a4.tcb, 'time-wait', config, 2 * config.mslMs);

  it('2. (Close) FIN-WAIT-1 --> <SEQ=100><ACK=300><CTL=FIN,ACK> --> CLOSE-WAIT', () => {
    expect(a2.out.map(brief)).toEqual(['FIN,ACK seq=100 ack=300']);
    expect(a2.tcb.state).toBe('FIN-WAIT-1');
    expect(b2.tcb.state).toBe('CLOSE-WAIT');
  });

  it('3. FIN-WAIT-2 <-- <SEQ=300><ACK=101><CTL=ACK> <-- CLOSE-WAIT', () => {
    expect(b2.out.map(brief)).toEqual(['ACK seq=300 ack=101']);
    expect(a3.tcb.state).toBe('FIN-WAIT-2');
  });

  it('4. (Close) TIME-WAIT <-- <SEQ=300><ACK=101><CTL=FIN,ACK> <-- LAST-ACK', () => {
    expect(b4.out.map(brief)).toEqual(['FIN,ACK seq=300 ack=101']);
    expect(b4.tcb.state).toBe('LAST-ACK');
    expect(a4.tcb.state).toBe('TIME-WAIT');
  });

  it('5. TIME-WAIT --> <SEQ=101><ACK=301><CTL=ACK> --> CLOSED', () => {
    expect(a4.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
    expect(b5.tcb.state).toBe('CLOSED');
  });

  it('6. (2 MSL) CLOSED', () => {
    expect(a4.tcb.timeWaitDeadline).toBe(2 * config.mslMs);
    expect(a6.tcb.state).toBe('CLOSED');
  });
});

describe('RFC 9293 Figure 13: simultaneous close sequence', () => {
  const { a, b } = established();
  const a2 = close(a, config, 0);
  const b2 = close(b, config, 0);
  const a3 = rcv(a2.tcb, b2.out[0]);
  const b3 = rcv(b2.tcb, a2.out[0]);
  const a4 = rcv(a3.tcb, b3.out[0]);
  const b4 = rcv(b3.tcb, a3.out[0]);

  it('2. both (Close): <SEQ=100><ACK=300><CTL=FIN,ACK> and <SEQ=300><ACK=100><CTL=FIN,ACK> cross', () => {
    expect(a2.out.map(brief)).toEqual(['FIN,ACK seq=100 ack=300']);
    expect(b2.out.map(brief)).toEqual(['FIN,ACK seq=300 ack=100']);
  });

  it('3. CLOSING --> <SEQ=101><ACK=301><CTL=ACK> and <-- <SEQ=301><ACK=101><CTL=ACK>', () => {
    expect(a3.tcb.state).toBe('CLOSING');
    expect(b3.tcb.state).toBe('CLOSING');
    expect(a3.out.map(brief)).toEqual(['ACK seq=101 ack=301']);
    expect(b3.out.map(brief)).toEqual(['ACK seq=301 ack=101']);
  });

  it('4. TIME-WAIT at both ends, then (2 MSL) CLOSED', () => {
    expect(a4.tcb.state).toBe('TIME-WAIT');
    expect(b4.tcb.state).toBe('TIME-WAIT');
    expect(fireTimer(a4.tcb, 'time-wait', config, 0).tcb.state).toBe('CLOSED');
    expect(fireTimer(b4.tcb, 'time-wait', config, 0).tcb.state).toBe('CLOSED');
  });
});
