/**
 * The working state of processing one arriving segment (RFC 9293 §3.10.7):
 * a copy of the TCB, what has been sent and delivered so far, and why. Each
 * per-state function fills one in; `finish` turns it into the result.
 */
import type { Outcome } from '../../timeline/reasons';
import type { TcpConfig } from '../config';
import type { CwndChange } from '../congestion';
import { formAck } from '../emit';
import { hasFlag, segLen, type TcpSegment } from '../segment';
import { copyTcb, type Draft, type Tcb } from '../tcb';
import type { TcpTransition } from '../transitions';

export interface ReceiveContext {
  /** Virtual time of the arrival. */
  now: number;
  config: TcpConfig;
  /** The ISS to select if this segment is a SYN that opens the connection (RFC 9293 §3.4.1). */
  iss: number;
}

/** What the application hears from TCP (RFC 9293 §3.9.2, "TCP-to-user messages"). */
export type AppSignal =
  /** The connection is ESTABLISHED: the application may send. */
  | 'established'
  /** "connection closing": the peer's FIN arrived; no more data will come. */
  | 'fin'
  /** "connection reset" (or "connection refused" in SYN-SENT). */
  | 'reset'
  /** The TCB is deleted after an orderly close. */
  | 'closed';

/** What the arrival of a segment can come to, each a reason of `src/timeline/reasons.ts`. */
export type ReceiveOutcome = Outcome<
  | 'syn-received'
  | 'syn-ack-received'
  | 'handshake-ack-received'
  | 'data-received'
  | 'ack-received'
  | 'duplicate-ack-received'
  | 'fast-retransmit'
  | 'duplicate-ack-sent'
  | 'fin-received'
  | 'fin-acked'
  | 'simultaneous-fin'
  | 'time-wait-ack'
  | 'last-ack-received'
  | 'rst-received'
  | 'rst-sent'
  | 'challenge-ack-sent'
  | 'duplicate-syn-received'
  | 'syn-returns-to-listen'
  | 'segment-discarded'
  | 'ack-throttled'
>;

export interface ReceiveResult {
  tcb: Tcb;
  /** Segments sent in response, in order. */
  out: TcpSegment[];
  /** Edges of TCP_TRANSITIONS taken, in order. */
  transitions: TcpTransition[];
  /** Octets delivered to the application, in order (RFC 9293 §3.10.7.4, seventh). */
  delivered: string;
  signals: AppSignal[];
  outcome: ReceiveOutcome;
  /** The section of RFC 9293 (or 6298, 5961…) that decided what happened. */
  rfc: string;
}

/** What the fifth to eighth checks can find (`because`); `checksOutcome` adds the detail. */
type CheckReason =
  | 'handshake-ack-received'
  | 'ack-received'
  | 'duplicate-ack-received'
  | 'fast-retransmit'
  | 'data-received'
  | 'fin-received'
  | 'fin-acked'
  | 'simultaneous-fin'
  | 'last-ack-received'
  | 'rst-sent'
  | 'segment-discarded'
  | 'ack-throttled';

export interface Work {
  tcb: Draft;
  readonly seg: TcpSegment;
  readonly ctx: ReceiveContext;
  out: TcpSegment[];
  transitions: TcpTransition[];
  delivered: string;
  signals: AppSignal[];
  /** What the fifth to eighth checks found; the first explanation stands (`because`). */
  reason: CheckReason | null;
  rfc: string;
  /** Sequence numbers this segment newly acknowledged (the fifth check). */
  acked: number;
  /** What that acknowledgement did to our congestion window (RFC 5681 §3.1). */
  cwnd: CwndChange;
  /** The segment is a duplicate ACK in RFC 5681 §2's sense, counted in `dupAcks`. */
  duplicateAck: boolean;
  /** The 2×MSL timer this segment started by leading to TIME-WAIT, or null. */
  timeWaitMs: number | null;
  /** The segment (or a held one) occupied sequence space that must be acknowledged. */
  ackNeeded: boolean;
  /** ...and the acknowledgement must not be delayed (out of order, duplicate, FIN in FIN-WAIT). */
  ackUrgent: boolean;
}

/** The work of receiving `seg`, on a copy of `tcb`. */
export function startWork(tcb: Tcb, seg: TcpSegment, ctx: ReceiveContext, rfc: string): Work {
  return {
    tcb: copyTcb(tcb),
    seg,
    ctx,
    out: [],
    transitions: [],
    delivered: '',
    signals: [],
    reason: null,
    rfc,
    acked: 0,
    cwnd: 'unchanged',
    duplicateAck: false,
    timeWaitMs: null,
    ackNeeded: false,
    ackUrgent: false,
  };
}

/** Send `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>` now. */
export function sendAck(w: Work): void {
  w.out.push(formAck(w.tcb, w.ctx.config, w.ctx.now));
  w.ackNeeded = false;
}

/**
 * What an ACK that goes out just before its segment is dropped answers: a segment the first
 * check finds unacceptable (RFC 9293 §3.10.7.4: "If an incoming segment is not acceptable, an
 * acknowledgment should be sent in reply (unless the RST bit is set [...])"), or, in the fifth
 * check, one that acknowledges something never sent (SEG.ACK > SND.NXT: "send an ACK, drop the
 * segment, and return"), which RFC 5961 §5.2 makes a challenge ACK.
 */
export type InvalidAck = 'unacceptable-segment' | 'unsent-ack';

/**
 * Which segments the throttle may leave unanswered, for each. RFC 5961 §7 throttles challenge
 * ACKs ("In order to alleviate multiple RSTs/SYNs from triggering multiple challenge ACKs, an
 * ACK throttling mechanism is suggested"; "An implementation SHOULD include an ACK throttling
 * mechanism to be conservative"), whatever the segment carries: so does Linux, whose
 * tcp_send_challenge_ack asks __tcp_oow_rate_limited. Linux extends the throttle to the first
 * check's answers (tcp_validate_incoming → tcp_send_dupack, and TIME-WAIT's), where two ends
 * that disagree on the numbers bounce bare ACKs for ever, but not to data: tcp_oow_rate_limited
 * (commit f2b2c582e824, "tcp: mitigate ACK loops for connections as tcp_sock") begins with
 * "Data packets without SYNs are not likely part of an ACK loop." and does not limit a segment
 * with `TCP_SKB_CB(skb)->seq != TCP_SKB_CB(skb)->end_seq && !tcp_hdr(skb)->syn`, where end_seq
 * = seq + syn + fin + len (tcp_v4_fill_cb): SEG.LEN, so a FIN alone is answered too. Both
 * profiles follow it: nothing in RFC 9293 or RFC 5961 throttles the answer to a segment outside
 * the window that carries data. (An old data segment that Linux's window test lets through is
 * answered from tcp_data_queue, at once and with a D-SACK block: the same ACK, less the SACK
 * blocks that `TcpConfig.sackPermitted` says the simulator never sends.)
 */
const THROTTLED: Record<InvalidAck, (seg: TcpSegment) => boolean> = {
  'unacceptable-segment': (seg) => segLen(seg) === 0 || hasFlag(seg, 'SYN'),
  'unsent-ack': () => true,
};

/**
 * The ACK that answers an invalid segment, throttled (`TcpConfig.invalidAckIntervalMs`): false
 * when the segment is one the throttle may leave unanswered and such an ACK went out too
 * recently. An ACK sent whatever the throttle says does not restart its interval, as in Linux,
 * where only __tcp_oow_rate_limited, which an answer to data never reaches, stamps
 * last_oow_ack_time.
 */
export function sendInvalidAck(w: Work, answering: InvalidAck): boolean {
  if (!THROTTLED[answering](w.seg)) {
    sendAck(w);
    return true;
  }
  const last = w.tcb.invalidAckAt;
  const { now, config } = w.ctx;
  if (last !== null && now - last < config.invalidAckIntervalMs) return false;
  sendAck(w);
  w.tcb.invalidAckAt = now;
  return true;
}

/** Set the reason unless an earlier check already explained the step. */
export function because(w: Work, reason: CheckReason): void {
  if (w.reason === null) w.reason = reason;
}

/**
 * Decide when the acknowledgement owed for received data or FIN goes out.
 * RFC 9293 §3.10.7.4 (seventh): the ACK "should be piggybacked on a segment
 * being transmitted if possible without incurring undue delay". RFC 1122
 * §4.2.3.2 / RFC 9293 §3.8.6.3 / RFC 5681 §4.2: a delayed ACK waits less than 0.5 s and at
 * least every second full-sized segment is acknowledged.
 * - textbook: no delay, ever.
 * - linux: quick-ACK credit first, then delayed by 40 ms; the ACK of a FIN
 *   that moves us to CLOSE-WAIT is delayed (ping-pong mode), so that a FIN
 *   sent by the application at once carries it.
 */
function settleAck(w: Work): void {
  if (!w.ackNeeded) return;
  const tcb = w.tcb;
  const delayed = w.ctx.config.delayedAck;
  if (delayed === null || w.ackUrgent) {
    sendAck(w);
    return;
  }
  if (tcb.pingpong) {
    tcb.delackDeadline ??= w.ctx.now + delayed.timeoutMs;
    w.ackNeeded = false;
    return;
  }
  // RFC 5681 §4.2: "an ACK SHOULD be generated for at least every second full-sized segment".
  // Linux (__tcp_ack_snd_check) acknowledges at once as soon as more than one full segment,
  // rcv_mss, is unacknowledged: the second full segment, or two smaller ones that add up to more.
  // Simplification: rcv_mss is the full payload of the connection's segments (MSS less the
  // timestamps option), where Linux measures the largest segment received.
  const rcvMss = tcb.sendMss - (tcb.timestampsOk ? 12 : 0);
  if (tcb.quickAcks > 0 || tcb.unackedReceived > rcvMss) {
    if (tcb.quickAcks > 0) tcb.quickAcks -= 1;
    sendAck(w);
    return;
  }
  tcb.delackDeadline ??= w.ctx.now + delayed.timeoutMs;
  w.ackNeeded = false;
}

/** The result of the work, with its outcome. */
export function finish(w: Work, outcome: ReceiveOutcome): ReceiveResult {
  settleAck(w);
  return {
    tcb: w.tcb,
    out: w.out,
    transitions: w.transitions,
    delivered: w.delivered,
    signals: w.signals,
    outcome,
    rfc: w.rfc,
  };
}

/**
 * The outcome of a segment that went through to the fifth check or beyond: what the checks
 * found, with its detail. A segment they find nothing to say about (an ACK of something never
 * sent, answered with an ACK) counts as an ACK received.
 */
export function checksOutcome(w: Work): ReceiveOutcome {
  const reason = w.reason ?? 'ack-received';
  switch (reason) {
    case 'ack-received':
      return { reason, detail: { acked: w.acked, cwnd: w.cwnd } };
    case 'fin-received':
    case 'fin-acked':
      return { reason, detail: { timeWaitMs: w.timeWaitMs } };
    case 'rst-sent':
      return { reason, detail: { refusing: 'unacceptable-ack' } };
    case 'ack-throttled':
      return { reason, detail: { intervalMs: w.ctx.config.invalidAckIntervalMs } };
    case 'duplicate-ack-received':
      return {
        reason,
        detail: {
          duplicateAcks: w.duplicateAck ? w.tcb.dupAcks : 0,
          fastRecovery: w.duplicateAck && w.tcb.fastRecovery,
        },
      };
    case 'fast-retransmit':
      return {
        reason,
        detail: { duplicateAcks: w.tcb.dupAcks, cwnd: w.tcb.cwnd, ssthresh: w.tcb.ssthresh },
      };
    default:
      return { reason, detail: {} };
  }
}
