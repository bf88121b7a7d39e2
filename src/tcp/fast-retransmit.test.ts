/**
 * Fast retransmit and fast recovery (RFC 5681 §3.2): the third duplicate ACK (§2) resends the
 * segment at SND.UNA with ssthresh = max(FlightSize / 2, 2·SMSS) (equation 4) and cwnd =
 * ssthresh + 3·SMSS; each further duplicate inflates cwnd by SMSS; the next ACK of new data
 * deflates it to ssthresh. The sender is the client of the fixtures, SMSS 1460, with six
 * segments in flight of which the first is lost.
 */
import { describe, expect, it } from 'vitest';
import { LINUX, type TcpConfig, TEXTBOOK } from './config';
import { receiveSegment } from './receive';
import type { TcpSegment } from './segment';
import { nextDataSegment, send } from './send';
import { seqAdd } from './sequence';
import { payloadRoom, type Tcb } from './tcb';
import { LOCAL_ISS, PEER_ISS, seg, tcbInSynSent } from './test-support/fixtures';
import { fireTimer } from './timers';

/** What a Linux peer's SYN,ACK offers (the captures' options). */
const LINUX_SYN_OPTIONS = {
  sackPermitted: true,
  timestamps: { value: 1, echo: 0 },
  windowScale: 10,
};

function arrive(tcb: Tcb, s: TcpSegment, config: TcpConfig) {
  return receiveSegment(tcb, s, { now: 0, config, iss: 0 });
}

/** Sends every segment the windows allow now; returns the next TCB and what it sent. */
function sendAllowed(tcb: Tcb, config: TcpConfig): { tcb: Tcb; sent: TcpSegment[] } {
  const sent: TcpSegment[] = [];
  for (let r = nextDataSegment(tcb, config, 0); r; r = nextDataSegment(tcb, config, 0)) {
    tcb = r.tcb;
    sent.push(...r.out);
  }
  return { tcb, sent };
}

/** An ACK from the peer of everything before `ack`, with the window it always advertises. */
function ackOf(tcb: Tcb, ack: number, config: TcpConfig): TcpSegment {
  const window = config.profile === 'linux' ? 64 : 65535;
  return seg({ seq: tcb.rcvNxt, ack, flags: ['ACK'], window });
}

/** Six segments in flight: IW (3), then the three ACKs of them let six go. */
function sixInFlight(config: TcpConfig): Tcb {
  const options = config.profile === 'linux' ? { ...LINUX_SYN_OPTIONS, mss: 1460 } : { mss: 1460 };
  const synAck = seg({ seq: PEER_ISS, ack: LOCAL_ISS + 1, flags: ['SYN', 'ACK'], options });
  let tcb = arrive(tcbInSynSent(config), synAck, config).tcb;
  tcb = send(tcb, 'x'.repeat(40_000));
  // Linux's IW is 10 segments: acknowledge down to six in flight instead.
  const first = sendAllowed(tcb, config);
  tcb = first.tcb;
  const smss = payloadRoom(tcb);
  while (((tcb.sndNxt - tcb.sndUna) | 0) !== 6 * smss) {
    tcb = arrive(tcb, ackOf(tcb, seqAdd(tcb.sndUna, smss), config), config).tcb;
    if (config.profile === 'textbook') tcb = sendAllowed(tcb, config).tcb;
  }
  return tcb;
}

/** `n` duplicate ACKs of SND.UNA; the result of each. */
function duplicates(tcb: Tcb, n: number, config: TcpConfig) {
  const results = [];
  for (let i = 0; i < n; i++) {
    const r = arrive(tcb, ackOf(tcb, tcb.sndUna, config), config);
    results.push(r);
    tcb = r.tcb;
  }
  return results;
}

describe('the third duplicate ACK: fast retransmit (RFC 5681 §3.2 steps 2–3)', () => {
  it.each([
    ['textbook', TEXTBOOK],
    ['linux', LINUX],
  ] as const)('%s resends the segment at SND.UNA at once, and no sooner', (_, config) => {
    const tcb = sixInFlight(config);
    const smss = payloadRoom(tcb);
    const [one, two, three] = duplicates(tcb, 3, config);
    for (const r of [one, two]) {
      expect(r?.outcome.reason).toBe('duplicate-ack-received');
      expect(r?.out).toEqual([]);
      expect(r?.tcb.cwnd).toBe(tcb.cwnd);
    }
    expect(two?.tcb.dupAcks).toBe(2);
    expect(three?.outcome.reason).toBe('fast-retransmit');
    expect(three?.rfc).toBe('RFC 5681 §3.2');
    expect(three?.out).toHaveLength(1);
    expect(three?.out[0]?.seq).toBe(tcb.sndUna);
    expect(three?.out[0]?.payload).toHaveLength(smss);
    // SND.NXT stays: the segment is sent again, not new.
    expect(three?.tcb.sndNxt).toBe(tcb.sndNxt);
  });

  it('ssthresh = max(FlightSize / 2, 2·SMSS) (eq. 4), cwnd = ssthresh + 3·SMSS', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const three = duplicates(tcb, 3, TEXTBOOK)[2];
    // FlightSize was 6·1460: half is 3·1460, more than 2·SMSS.
    expect(three?.tcb.ssthresh).toBe(3 * 1460);
    expect(three?.tcb.cwnd).toBe(6 * 1460);
    expect(three?.tcb.fastRecovery).toBe(true);
    expect(three?.outcome).toEqual({
      reason: 'fast-retransmit',
      detail: { duplicateAcks: 3, cwnd: 6 * 1460, ssthresh: 3 * 1460 },
    });
  });

  it('leaves the retransmission timer running, not backed off, and takes no RTT sample', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const three = duplicates(tcb, 3, TEXTBOOK)[2]?.tcb as Tcb;
    expect(three.rtxDeadline).toBe(tcb.rtxDeadline);
    expect(three.rto).toBe(tcb.rto);
    expect(three.retries).toBe(0);
    // Karn's algorithm: nothing is timed across the resent segment.
    expect(tcb.rttProbe).not.toBeNull();
    expect(three.rttProbe).toBeNull();
  });
});

describe('fast recovery (RFC 5681 §3.2 steps 4–6)', () => {
  it('each further duplicate ACK adds SMSS to cwnd, and lets a new segment go when it fits', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const [, , three, four, five] = duplicates(tcb, 5, TEXTBOOK);
    expect(four?.outcome.reason).toBe('duplicate-ack-received');
    expect(four?.out).toEqual([]);
    expect(four?.tcb.cwnd).toBe(7 * 1460);
    expect(five?.tcb.cwnd).toBe(8 * 1460);
    // cwnd 6·1460 covers the six in flight: nothing new after the third; the fourth makes room
    // for one segment (step 5).
    expect(sendAllowed(three?.tcb as Tcb, TEXTBOOK).sent).toHaveLength(0);
    const after = sendAllowed(four?.tcb as Tcb, TEXTBOOK).sent;
    expect(after).toHaveLength(1);
    expect(after[0]?.seq).toBe(tcb.sndNxt);
  });

  it('the next ACK of new data deflates cwnd to ssthresh and ends it', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const inRecovery = duplicates(tcb, 4, TEXTBOOK)[3]?.tcb as Tcb;
    // The resent segment filled the hole: everything sent is acknowledged.
    const r = arrive(inRecovery, ackOf(inRecovery, inRecovery.sndNxt, TEXTBOOK), TEXTBOOK);
    expect(r.outcome).toEqual({
      reason: 'ack-received',
      detail: { acked: 6 * 1460, cwnd: 'fast-recovery-ended' },
    });
    expect(r.tcb.cwnd).toBe(3 * 1460);
    expect(r.tcb.fastRecovery).toBe(false);
    expect(r.tcb.dupAcks).toBe(0);
  });

  it('a partial ACK ends it too (Reno, not NewReno): a second hole waits for three more', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const inRecovery = duplicates(tcb, 3, TEXTBOOK)[2]?.tcb as Tcb;
    const partial = arrive(
      inRecovery,
      ackOf(inRecovery, seqAdd(inRecovery.sndUna, 1460), TEXTBOOK),
      TEXTBOOK,
    );
    expect(partial.outcome.detail).toEqual({ acked: 1460, cwnd: 'fast-recovery-ended' });
    expect(partial.out).toEqual([]);
    const again = duplicates(partial.tcb, 3, TEXTBOOK);
    expect(again.map((r) => r.outcome.reason)).toEqual([
      'duplicate-ack-received',
      'duplicate-ack-received',
      'fast-retransmit',
    ]);
    expect(again[2]?.out[0]?.seq).toBe(partial.tcb.sndUna);
  });
});

describe('what counts as a duplicate ACK (RFC 5681 §2)', () => {
  it('a retransmission timeout resets the count', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const two = duplicates(tcb, 2, TEXTBOOK)[1]?.tcb as Tcb;
    const timedOut = fireTimer(two, 'retransmission', TEXTBOOK, two.rtxDeadline ?? 0).tcb;
    expect(timedOut.dupAcks).toBe(0);
    const next = duplicates(timedOut, 1, TEXTBOOK)[0];
    expect(next?.outcome.reason).toBe('duplicate-ack-received');
    expect(next?.out).toEqual([]);
    expect(next?.tcb.dupAcks).toBe(1);
  });

  it('a timeout during fast recovery ends it: the loss window, and slow start again', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const inRecovery = duplicates(tcb, 3, TEXTBOOK)[2]?.tcb as Tcb;
    const at = inRecovery.rtxDeadline ?? 0;
    const timedOut = fireTimer(inRecovery, 'retransmission', TEXTBOOK, at).tcb;
    expect(timedOut.fastRecovery).toBe(false);
    expect(timedOut.cwnd).toBe(1460);
    const r = arrive(timedOut, ackOf(timedOut, timedOut.sndNxt, TEXTBOOK), TEXTBOOK);
    expect(r.outcome.detail).toEqual({ acked: 6 * 1460, cwnd: 'slow-start' });
  });

  it('an ACK that changes the window, or carries data, is not counted', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const two = duplicates(tcb, 2, TEXTBOOK)[1]?.tcb as Tcb;
    const update = arrive(
      two,
      seg({ seq: two.rcvNxt, ack: two.sndUna, flags: ['ACK'], window: 60000 }),
      TEXTBOOK,
    );
    expect(update.out).toEqual([]);
    expect(update.tcb.dupAcks).toBe(2);
    const data = arrive(
      two,
      seg({ seq: two.rcvNxt, ack: two.sndUna, flags: ['ACK'], payload: 'hi' }),
      TEXTBOOK,
    );
    expect(data.outcome.reason).not.toBe('fast-retransmit');
    expect(data.tcb.dupAcks).toBe(2);
  });

  it('with nothing outstanding an ACK repeated three times resends nothing', () => {
    const tcb = sixInFlight(TEXTBOOK);
    const all = arrive(tcb, ackOf(tcb, tcb.sndNxt, TEXTBOOK), TEXTBOOK).tcb;
    // Nothing queued is sent here: SND.NXT = SND.UNA.
    const results = duplicates(all, 3, TEXTBOOK);
    expect(results.map((r) => r.out)).toEqual([[], [], []]);
    expect(results[2]?.tcb.dupAcks).toBe(0);
  });
});
