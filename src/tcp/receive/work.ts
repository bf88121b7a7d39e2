/**
 * The working state of processing one arriving segment (RFC 9293 §3.10.7):
 * a draft of the TCB, what has been sent and delivered so far, and why. Each
 * per-state function fills one in; `finish` turns it into the result.
 */
import type { StepReason } from '../../timeline/types';
import type { TcpConfig } from '../config';
import { formAck } from '../emit';
import type { TcpSegment } from '../segment';
import type { Draft, Tcb } from '../tcb';
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

export interface ReceiveResult {
  tcb: Tcb;
  /** Segments sent in response, in order. */
  out: TcpSegment[];
  /** Edges of TCP_TRANSITIONS taken, in order. */
  transitions: TcpTransition[];
  /** Octets delivered to the application, in order (RFC 9293 §3.10.7.4, seventh). */
  delivered: string;
  signals: AppSignal[];
  reason: StepReason;
  /** The section of RFC 9293 (or 6298, 5961…) that decided what happened. */
  rfc: string;
  detail: Record<string, string | number | boolean>;
}

export interface Work {
  tcb: Draft;
  readonly seg: TcpSegment;
  readonly ctx: ReceiveContext;
  out: TcpSegment[];
  transitions: TcpTransition[];
  delivered: string;
  signals: AppSignal[];
  reason: StepReason | null;
  rfc: string;
  detail: Record<string, string | number | boolean>;
  /** The segment (or a held one) occupied sequence space that must be acknowledged. */
  ackNeeded: boolean;
  /** ...and the acknowledgement must not be delayed (out of order, duplicate, FIN in FIN-WAIT). */
  ackUrgent: boolean;
}

/** The work on `tcb`, which the step changes in place (receiveSegment hands it a copy). */
export function startWork(tcb: Draft, seg: TcpSegment, ctx: ReceiveContext, rfc: string): Work {
  return {
    tcb,
    seg,
    ctx,
    out: [],
    transitions: [],
    delivered: '',
    signals: [],
    reason: null,
    rfc,
    detail: {},
    ackNeeded: false,
    ackUrgent: false,
  };
}

/** Send `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>` now. */
export function sendAck(w: Work): void {
  w.out.push(formAck(w.tcb, w.ctx.config, w.ctx.now));
  w.ackNeeded = false;
}

/** Set the reason unless an earlier check already explained the step. */
export function because(w: Work, reason: StepReason, rfc?: string): void {
  if (w.reason === null) {
    w.reason = reason;
    if (rfc) w.rfc = rfc;
  }
}

/**
 * Decide when the acknowledgement owed for received data or FIN goes out.
 * RFC 9293 §3.10.7.4 (seventh): the ACK "should be piggybacked on a segment
 * being transmitted if possible without incurring undue delay". RFC 1122
 * §4.2.3.2 / RFC 9293 §3.8.6.3: a delayed ACK waits less than 0.5 s and at
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
  if (tcb.quickAcks > 0 || tcb.unackedReceived >= 2 * tcb.sendMss) {
    if (tcb.quickAcks > 0) tcb.quickAcks -= 1;
    sendAck(w);
    return;
  }
  tcb.delackDeadline ??= w.ctx.now + delayed.timeoutMs;
  w.ackNeeded = false;
}

export function finish(w: Work, fallback: StepReason): ReceiveResult {
  settleAck(w);
  return {
    tcb: w.tcb,
    out: w.out,
    transitions: w.transitions,
    delivered: w.delivered,
    signals: w.signals,
    reason: w.reason ?? fallback,
    rfc: w.rfc,
    detail: w.detail,
  };
}
