/**
 * The working state of processing one arriving segment (RFC 9293 §3.10.7):
 * a copy of the TCB, what has been sent and delivered so far, and why. Each
 * per-state function fills one in; `finish` turns it into the result.
 */
import type { Outcome } from '../../timeline/reasons';
import type { TcpConfig } from '../config';
import type { CwndChange } from '../congestion';
import { formAck } from '../emit';
import type { TcpSegment } from '../segment';
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
 * The ACK that answers an unacceptable segment, throttled as RFC 5961 §7 asks
 * (`TcpConfig.invalidAckIntervalMs`): false when one went out too recently and this one is not
 * sent.
 */
export function sendInvalidAck(w: Work): boolean {
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
    default:
      return { reason, detail: {} };
  }
}
