/**
 * The three timers an endpoint runs (RFC 9293 §3.8.6.3, §3.10.8): the
 * retransmission timer (RFC 6298), the TIME-WAIT timer (2×MSL), and the
 * delayed-ACK timer (linux profile). `fireTimer` is pure: TCB in; next TCB,
 * what to send and a named outcome out. The simulation keeps the deadlines in
 * the TCB and fires a timer only if its deadline is still the one it scheduled.
 */
import type { Outcome } from '../timeline/reasons';
import type { TcpConfig } from './config';
import { onRetransmissionTimeout } from './congestion';
import { formAck } from './emit';
import { exhausted, retransmit } from './retransmit';
import type { TcpSegment } from './segment';
import { copyTcb, isSynchronized, move, type Tcb } from './tcb';
import type { TcpTransition } from './transitions';

export type TimerKind = 'retransmission' | 'time-wait' | 'delayed-ack';

export type TimerOutcome = Outcome<
  'time-wait-expired' | 'ack-sent' | 'retransmissions-exhausted' | 'retransmission-timeout'
>;

export interface TimerResult {
  tcb: Tcb;
  out: TcpSegment[];
  transitions: TcpTransition[];
  outcome: TimerOutcome;
  /** The section of the RFC that specifies what the timer does. */
  rfc: string;
  /** The connection ended: 'closed' after TIME-WAIT, 'gave-up' after too many retransmissions. */
  ended: 'closed' | 'gave-up' | null;
}

/** The field of the TCB that holds each timer's deadline. */
const DEADLINE = {
  retransmission: 'rtxDeadline',
  'time-wait': 'timeWaitDeadline',
  'delayed-ack': 'delackDeadline',
} as const satisfies Record<TimerKind, keyof Tcb>;

export function deadlineOf(tcb: Tcb, kind: TimerKind): number | null {
  return tcb[DEADLINE[kind]];
}

export function fireTimer(
  before: Tcb,
  kind: TimerKind,
  config: TcpConfig,
  now: number,
): TimerResult {
  const tcb = copyTcb(before);
  const transitions: TcpTransition[] = [];
  if (kind === 'time-wait') {
    // RFC 9293 §3.10.8: "If the time-wait timeout expires on a connection, delete the TCB,
    // enter the CLOSED state, and return." With an MSL of 0 (what if TIME-WAIT is cut short) it
    // expires at once: no 2 MSL has passed.
    move(tcb, transitions, config.mslMs === 0 ? 'timeout-cut-short' : 'timeout-2msl');
    tcb.timeWaitDeadline = null;
    return {
      tcb,
      out: [],
      transitions,
      outcome: { reason: 'time-wait-expired', detail: { timeWaitMs: 2 * config.mslMs } },
      rfc: 'RFC 9293 §3.10.8',
      ended: 'closed',
    };
  }
  if (kind === 'delayed-ack') {
    // RFC 9293 §3.8.6.3: "an ACK SHOULD be generated for at least every second full-sized
    // segment or 2*RMSS bytes of new data [...] and MUST be generated within 500 ms".
    tcb.delackDeadline = null;
    // Linux (tcp_delack_timer_handler): a delayed ACK that had to be sent by the timer ends
    // ping-pong mode; the exchange is not interactive after all.
    tcb.pingpong = false;
    const ack = formAck(tcb, config, now);
    return {
      tcb,
      out: [ack],
      transitions,
      outcome: { reason: 'ack-sent', detail: { delayMs: config.delayedAck?.timeoutMs ?? 0 } },
      rfc: 'RFC 9293 §3.8.6.3',
      ended: null,
    };
  }
  // RFC 9293 §3.10.8: "For any state if the retransmission timeout expires on a segment in the
  // retransmission queue, send the segment at the front of the retransmission queue again,
  // reinitialize the retransmission timer, and return."
  if (exhausted(tcb, config)) {
    // RFC 9293 §3.8.3: "when R2 is reached, close the connection"; §3.10.8 USER TIMEOUT:
    // "flush all queues, signal the user 'error: connection aborted due to user timeout' [...],
    // enter the CLOSED state".
    move(tcb, transitions, 'user-timeout');
    tcb.rtxDeadline = null;
    tcb.delackDeadline = null;
    return {
      tcb,
      out: [],
      transitions,
      outcome: {
        reason: 'retransmissions-exhausted',
        detail: { retransmissions: tcb.retries },
      },
      rfc: 'RFC 9293 §3.8.3',
      ended: 'gave-up',
    };
  }
  const rtoBefore = tcb.rto;
  // RFC 5681 §3.1: the loss window, before the retransmission counts as one (`retries`).
  if (isSynchronized(tcb) && tcb.sndUna !== tcb.sndNxt) onRetransmissionTimeout(tcb);
  const seg = retransmit(tcb, config, now);
  return {
    tcb,
    out: seg ? [seg] : [],
    transitions,
    outcome: {
      reason: 'retransmission-timeout',
      detail: { rto: rtoBefore, nextRto: tcb.rto, attempt: tcb.retries },
    },
    rfc: 'RFC 6298 §5',
    ended: null,
  };
}
