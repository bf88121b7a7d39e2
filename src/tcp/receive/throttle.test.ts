/**
 * The throttle on the ACKs that answer unacceptable segments (`TcpConfig.invalidAckIntervalMs`),
 * as Linux's tcp_oow_rate_limited applies it: a segment that occupies no sequence space (a bare
 * ACK) or carries a SYN may go unanswered; a segment with data or a FIN is always answered, since
 * no ACK loop sends data. An ACK of something never sent is answered by a challenge ACK, which
 * is throttled whatever the segment carries (RFC 5961 §5.2 and §7; tcp_send_challenge_ack).
 * Local ISS 100, peer ISS 300 (test-support/fixtures); the peer's five octets take RCV.NXT to 306.
 */
import { describe, expect, it } from 'vitest';
import { LINUX, type TcpConfig, TEXTBOOK } from '../config';
import type { TcpSegment } from '../segment';
import type { Tcb } from '../tcb';
import { brief, seg, tcbEstablished, tcbInSynReceived } from '../test-support/fixtures';
import { receiveSegment } from '.';

/** ESTABLISHED, with the peer's `hello` received: RCV.NXT = 306. */
function afterHello(config: TcpConfig): Tcb {
  const hello = seg({ seq: 301, ack: 101, flags: ['PSH', 'ACK'], payload: 'hello' });
  return receiveSegment(tcbEstablished(config), hello, { now: 0, config, iss: 100 }).tcb;
}

/** Bare ACKs from before RCV.NXT: what two ends that disagree on the numbers send each other. */
const oldAck = seg({ seq: 301, ack: 101, flags: ['ACK'] });
/** `hello` again: every octet of it already received. */
const oldData = seg({ seq: 301, ack: 101, flags: ['PSH', 'ACK'], payload: 'hello' });
/** A FIN that lies before RCV.NXT: one octet of sequence space, no data. */
const oldFin = seg({ seq: 301, ack: 101, flags: ['FIN', 'ACK'] });
/** Data beyond the receive window. */
const beyond = seg({ seq: 306 + 70_000, ack: 101, flags: ['PSH', 'ACK'], payload: 'later' });
/** In order, but acknowledging octet 150, which this end never sent (SND.NXT = 101). */
const unsentAck = seg({ seq: 306, ack: 150, flags: ['PSH', 'ACK'], payload: 'more!' });

/** Feed the segments at the given times, one after another; what each sent, and why. */
function run(config: TcpConfig, arrivals: [number, TcpSegment][]): string[] {
  let tcb = afterHello(config);
  return arrivals.map(([now, s]) => {
    const r = receiveSegment(tcb, s, { now, config, iss: 100 });
    tcb = r.tcb;
    return `${r.outcome.reason}: ${r.out.map(brief).join(' ') || '-'}`;
  });
}

describe.each([TEXTBOOK, LINUX])('ACKs to unacceptable segments ($profile)', (config) => {
  it('a data segment out of the window is answered even within the interval; a bare ACK is not', () => {
    expect(
      run(config, [
        [1000, oldAck],
        [1100, oldData],
        [1200, beyond],
        [1300, oldAck],
      ]),
    ).toEqual([
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'ack-throttled: -',
    ]);
  });

  it('a FIN counts as sequence space (end_seq = seq + SYN + FIN + len): always answered', () => {
    expect(
      run(config, [
        [1000, oldAck],
        [1100, oldFin],
      ]),
    ).toEqual([
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'duplicate-ack-sent: ACK seq=101 ack=306',
    ]);
  });

  it('an answer to data does not restart the interval: the next bare ACK is measured from the last bare one', () => {
    expect(
      run(config, [
        [1000, oldAck],
        [1400, oldData],
        [1600, oldAck],
      ]),
    ).toEqual([
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'duplicate-ack-sent: ACK seq=101 ack=306',
      'duplicate-ack-sent: ACK seq=101 ack=306',
    ]);
  });

  it('a SYN is throttled although it takes a sequence number: in SYN-RECEIVED, out of the window', () => {
    const far = seg({ seq: 301 + 100_000, flags: ['SYN'] });
    let tcb = tcbInSynReceived(config);
    const answers = [1000, 1100].map((now) => {
      const r = receiveSegment(tcb, far, { now, config, iss: 100 });
      tcb = r.tcb;
      return `${r.outcome.reason}: ${r.out.map(brief).join(' ') || '-'}`;
    });
    expect(answers).toEqual(['duplicate-ack-sent: ACK seq=101 ack=301', 'ack-throttled: -']);
  });

  it('the challenge ACK to an acknowledgement of something never sent is throttled, data or not', () => {
    expect(
      run(config, [
        [1000, oldAck],
        [1100, unsentAck],
      ]),
    ).toEqual(['duplicate-ack-sent: ACK seq=101 ack=306', 'ack-throttled: -']);
  });
});
