/**
 * RFC 9293 §3.10.7.4 "Other States": SYN-RECEIVED and the synchronized states
 * (ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK,
 * TIME-WAIT). The RFC's eight checks, in its order: the first four here, the
 * fifth (ACK) in `ack.ts`, the seventh and eighth (text, FIN) in `text-fin.ts`.
 */
import { formSegment, noteSent } from '../emit';
import { hasFlag, segLen, type TcpSegment } from '../segment';
import { seqAdd, seqDiff, seqInHalfOpen } from '../sequence';
import { closedTcb, type Draft, move, type Tcb } from '../tcb';
import { checkAck } from './ack';
import { takeTimestamp } from './options';
import { checkFin, checkText, type InOrder } from './text-fin';
import {
  because,
  checksOutcome,
  finish,
  type ReceiveContext,
  type ReceiveResult,
  sendAck,
  sendInvalidAck,
  startWork,
  type Work,
} from './work';

/**
 * The segment acceptability test of the first check:
 *
 *   Segment Length  Receive Window  Test
 *   0               0               SEG.SEQ = RCV.NXT
 *   0               >0              RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND
 *   >0              0               not acceptable
 *   >0              >0              RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND
 *                                   or RCV.NXT =< SEG.SEQ+SEG.LEN-1 < RCV.NXT+RCV.WND
 */
export function isAcceptable(tcb: Tcb, seg: TcpSegment): boolean {
  const len = segLen(seg);
  const wnd = tcb.rcvWnd;
  const end = seqAdd(tcb.rcvNxt, wnd);
  if (len === 0)
    return wnd === 0 ? seg.seq === tcb.rcvNxt : seqInHalfOpen(tcb.rcvNxt, seg.seq, end);
  if (wnd === 0) return false;
  return (
    seqInHalfOpen(tcb.rcvNxt, seg.seq, end) ||
    seqInHalfOpen(tcb.rcvNxt, seqAdd(seg.seq, len - 1), end)
  );
}

/**
 * "In the following it is assumed that the segment is the idealized segment
 * that begins at RCV.NXT and does not exceed the window. One could tailor
 * actual segments to fit this assumption by trimming off any portions that lie
 * outside the window (including SYN and FIN)". Returns the part of an
 * acceptable segment at and after RCV.NXT.
 */
function trimToRcvNxt(tcb: Tcb, seg: TcpSegment): InOrder {
  let skip = Math.max(0, seqDiff(tcb.rcvNxt, seg.seq));
  if (hasFlag(seg, 'SYN') && skip > 0) skip -= 1;
  const payload = seg.payload.slice(skip, skip + tcb.rcvWnd);
  const fin = hasFlag(seg, 'FIN') && skip <= seg.payload.length;
  return { seq: tcb.rcvNxt, payload, fin };
}

export function receiveInSynchronized(
  before: Tcb,
  seg: TcpSegment,
  ctx: ReceiveContext,
): ReceiveResult {
  const w = startWork(before, seg, ctx, 'RFC 9293 §3.10.7.4');
  const tcb = w.tcb;
  const { config, now } = ctx;

  // TIME-WAIT, §3.10.7.4 fifth and eighth checks and §3.6: "The only thing that can arrive in
  // this state is a retransmission of the remote FIN. Acknowledge it, and restart the 2 MSL
  // timeout." The first check would find the repeated FIN unacceptable (it lies before RCV.NXT)
  // and acknowledge it too; we recognise it first so that the timer restarts, as §3.6 and Linux
  // (tcp_timewait_state_process) do.
  if (
    tcb.state === 'TIME-WAIT' &&
    hasFlag(seg, 'FIN') &&
    !hasFlag(seg, 'RST') &&
    seqAdd(seg.seq, segLen(seg)) === tcb.rcvNxt
  ) {
    move(tcb, w.transitions, 'rcv-fin');
    tcb.timeWaitDeadline = now + 2 * config.mslMs;
    takeTimestamp(tcb, seg);
    sendAck(w);
    return finish(w, { reason: 'time-wait-ack', detail: { timeWaitMs: 2 * config.mslMs } });
  }

  // SYN-RECEIVED: the peer repeats its SYN because our SYN,ACK was lost. The first check would
  // answer with a bare ACK (below: the `textbook` profile); like Linux (tcp_check_req) the
  // `linux` profile answers with the SYN,ACK again, which is the acknowledgement this end owes
  // in SYN-RECEIVED.
  if (
    config.repeatedSynInSynReceived === 'syn-ack' &&
    tcb.state === 'SYN-RECEIVED' &&
    hasFlag(seg, 'SYN') &&
    !hasFlag(seg, 'ACK') &&
    !hasFlag(seg, 'RST') &&
    seg.seq === tcb.irs
  ) {
    const synAck = formSegment(tcb, config, now, tcb.iss, ['SYN', 'ACK']);
    noteSent(tcb, synAck, now, true);
    w.out.push(synAck);
    return finish(w, { reason: 'duplicate-syn-received', detail: {} });
  }

  // Simultaneous open (RFC 9293 Figure 7, line 6): in SYN-RECEIVED the peer's SYN,ACK repeats
  // its SYN (already counted in RCV.NXT) and acknowledges ours. Taken as the ACK of our SYN with
  // the SYN trimmed off, as Linux does (tcp_validate_incoming).
  const simultaneousSynAck =
    tcb.state === 'SYN-RECEIVED' &&
    !tcb.passive &&
    hasFlag(seg, 'SYN') &&
    hasFlag(seg, 'ACK') &&
    seqAdd(seg.seq, 1) === tcb.rcvNxt &&
    seg.ack === tcb.sndNxt;

  // "Fourth, check the SYN bit" (below) applies to a SYN "irrespective of the sequence number"
  // (RFC 5961 §4); Linux (tcp_validate_incoming) sends an out-of-window SYN to the same
  // challenge ACK. In SYN-RECEIVED the first check stands.
  const syn = hasFlag(seg, 'SYN') && !hasFlag(seg, 'RST') && !simultaneousSynAck;
  const synchronized = tcb.state !== 'SYN-RECEIVED';

  // "First, check sequence number: [...] If an incoming segment is not acceptable, an
  // acknowledgment should be sent in reply (unless the RST bit is set, if so drop the segment
  // and return): <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> After sending the acknowledgment, drop the
  // unacceptable segment and return."
  if (!simultaneousSynAck && !isAcceptable(tcb, seg) && !(syn && synchronized)) {
    if (hasFlag(seg, 'RST')) return finish(w, { reason: 'segment-discarded', detail: {} });
    if (!sendInvalidAck(w, 'unacceptable-segment')) {
      because(w, 'ack-throttled');
      return finish(w, checksOutcome(w));
    }
    return finish(w, { reason: 'duplicate-ack-sent', detail: { gap: null } });
  }

  // "Second, check the RST bit: RFC 5961 [...] 1) If the RST bit is set and the sequence number
  // is outside the current receive window, silently drop the segment. 2) If the RST bit is set
  // and the sequence number exactly matches the next expected sequence number (RCV.NXT), then
  // TCP endpoints MUST reset the connection in the manner prescribed below according to the
  // connection state. 3) If the RST bit is set and the sequence number does not exactly match
  // the next expected sequence value, yet is within the current receive window, TCP endpoints
  // MUST send an acknowledgment (challenge ACK)".
  if (hasFlag(seg, 'RST')) return checkRst(w);

  // "Third, check security": Simplification, no security compartments.

  // "Fourth, check the SYN bit: SYN-RECEIVED STATE: If the connection was initiated with a
  // passive OPEN, then return this connection to the LISTEN state and return. Otherwise, handle
  // per the directions for synchronized states below. [...] RFC 5961 recommends that in these
  // synchronized states, if the SYN bit is set, irrespective of the sequence number, TCP
  // endpoints MUST send a 'challenge ACK' to the remote peer: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
  // After sending the acknowledgment, TCP implementations MUST drop the unacceptable segment and
  // stop processing further." The SYN is checked before any data is held, so a SYN is never
  // queued as data.
  // Simplification: Linux (tcp_check_req) also answers that SYN in SYN-RECEIVED with a RST.
  if (syn) {
    if (tcb.state === 'SYN-RECEIVED' && tcb.passive) {
      move(tcb, w.transitions, 'rcv-syn');
      w.tcb = listeningAgain(tcb, w);
      return finish(w, { reason: 'syn-returns-to-listen', detail: {} });
    }
    sendAck(w);
    return finish(w, { reason: 'challenge-ack-sent', detail: {} });
  }

  // "Segments with higher beginning sequence numbers SHOULD be held for later processing."
  // Their ACK field is processed first, as the fifth check does for every acceptable segment and
  // as Linux does (tcp_ack before tcp_data_queue): an acknowledgement does not wait for a hole in
  // the other direction. Zero-length segments (pure ACKs) need no holding.
  const outOfOrder = segLen(seg) > 0 && seqDiff(seg.seq, tcb.rcvNxt) > 0 && !simultaneousSynAck;

  // "Fifth, check the ACK field" (ack.ts).
  const inOrder = trimToRcvNxt(tcb, seg);
  const going = checkAck(w, !outOfOrder && inOrder.fin && segLen(seg) > 0);
  if (going === 'stop') return finish(w, checksOutcome(w));

  if (outOfOrder) {
    // RFC 5681 §4.2: "A TCP receiver SHOULD send an immediate duplicate ACK when an
    // out-of-order segment arrives."
    const held = w.tcb;
    if (!held.held.some((h) => h.seq === seg.seq)) {
      held.held = [...held.held, { seq: seg.seq, payload: seg.payload, fin: hasFlag(seg, 'FIN') }];
    }
    sendAck(w);
    return finish(w, {
      reason: 'duplicate-ack-sent',
      detail: { gap: seqDiff(seg.seq, held.rcvNxt) },
    });
  }
  takeTimestamp(tcb, seg);

  // "Sixth, check the URG bit": Simplification, urgent data is not modelled.

  // "Seventh, process the segment text" and "Eighth, check the FIN bit" (text-fin.ts), then
  // whatever held segments are now in order.
  processInOrder(w, inOrder);
  return finish(w, checksOutcome(w));
}

function processInOrder(w: Work, first: InOrder): void {
  let next: InOrder | null = first;
  let fromHeld = false;
  while (next !== null) {
    checkText(w, next);
    if (next.fin) checkFin(w);
    if (w.tcb.finReceived) break;
    next = takeHeld(w);
    if (next !== null) fromHeld = true;
  }
  // Linux acknowledges at once when a hole is filled (RFC 5681 §4.2: "an immediate ACK SHOULD
  // be generated when an incoming segment fills in all or part of a gap").
  if (fromHeld) w.ackUrgent = true;
}

/** The held segment that now begins at or before RCV.NXT, trimmed, or null. */
function takeHeld(w: Work): InOrder | null {
  const tcb = w.tcb;
  const ready = tcb.held.find((h) => seqDiff(h.seq, tcb.rcvNxt) <= 0);
  if (!ready) return null;
  tcb.held = tcb.held.filter((h) => h !== ready);
  const skip = seqDiff(tcb.rcvNxt, ready.seq);
  if (skip > ready.payload.length) return takeHeld(w);
  return { seq: tcb.rcvNxt, payload: ready.payload.slice(skip), fin: ready.fin };
}

function checkRst(w: Work): ReceiveResult {
  const tcb = w.tcb;
  const seg = w.seg;
  w.rfc = 'RFC 9293 §3.10.7.4';
  if (seg.seq !== tcb.rcvNxt) {
    sendAck(w);
    return finish(w, { reason: 'challenge-ack-sent', detail: {} });
  }
  if (tcb.state === 'SYN-RECEIVED') {
    // "If this connection was initiated with a passive OPEN (i.e., came from the LISTEN state),
    // then return this connection to LISTEN state and return. The user need not be informed.
    if (tcb.passive) {
      move(tcb, w.transitions, 'rcv-rst');
      w.tcb = listeningAgain(tcb, w);
      return finish(w, { reason: 'rst-received', detail: { refused: false } });
    }
    // If this connection was initiated with an active OPEN (i.e., came from SYN-SENT state),
    // then the connection was refused; signal the user "connection refused". In either case,
    // the retransmission queue should be flushed. And in the active OPEN case, enter the CLOSED
    // state and delete the TCB, and return."
    move(tcb, w.transitions, 'rcv-rst-active-open');
    tcb.rtxDeadline = null;
    tcb.delackDeadline = null;
    tcb.held = [];
    w.signals.push('reset');
    return finish(w, { reason: 'rst-received', detail: { refused: true } });
  }
  // ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT: "any outstanding RECEIVEs and SEND should
  // receive 'reset' responses. All segment queues should be flushed. Users should also receive
  // an unsolicited general 'connection reset' signal. Enter the CLOSED state, delete the TCB,
  // and return." CLOSING, LAST-ACK, TIME-WAIT: "enter the CLOSED state, delete the TCB, and
  // return."
  const signal = ['CLOSING', 'LAST-ACK', 'TIME-WAIT'].includes(tcb.state) ? 'closed' : 'reset';
  move(tcb, w.transitions, 'rcv-rst');
  tcb.rtxDeadline = null;
  tcb.timeWaitDeadline = null;
  tcb.delackDeadline = null;
  tcb.held = [];
  w.signals.push(signal);
  return finish(w, { reason: 'rst-received', detail: { refused: false } });
}

/** A passive connection back in LISTEN: a fresh TCB that keeps only its timestamp clock. */
function listeningAgain(tcb: Tcb, w: Work): Draft {
  return {
    ...closedTcb(tcb.iss, tcb.rcvWnd, w.ctx.config.rto.initialMs),
    state: 'LISTEN',
    passive: true,
    tsOffset: tcb.tsOffset,
  };
}
