/**
 * The user calls (RFC 9293 §3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE) and
 * segmentation: cutting the send buffer into segments of at most one MSS.
 * Each function is pure: a TCB in, the next TCB and what to send out; the
 * `…InPlace` forms change a TCB the caller owns instead (see tcb.ts).
 */
import { receiveWindowFor, type TcpConfig } from './config';
import { formSegment, noteSent } from './emit';
import type { TcpSegment } from './segment';
import { seqAdd, seqDiff } from './sequence';
import type { TcpState } from './states';
import { closedTcb, type Draft, draftOf, move, type Tcb, unsentOctets } from './tcb';
import type { TcpTransition } from './transitions';

export interface CallResult {
  tcb: Tcb;
  out: TcpSegment[];
  transitions: TcpTransition[];
}

export interface NewTcbOptions {
  iss: number;
  tsOffset: number;
}

function fresh(config: TcpConfig, { iss, tsOffset }: NewTcbOptions): Draft {
  // Before a SYN is exchanged nobody knows whether timestamps will be used: the full MSS.
  const window = receiveWindowFor(config, config.mss);
  const tcb = closedTcb(iss, window, config.rto.initialMs);
  tcb.tsOffset = tsOffset;
  return tcb;
}

/**
 * RFC 9293 §3.10.1 OPEN, passive: "enter LISTEN". The simulator does this
 * before step 0, so the edge is taken (and checked) but not recorded.
 */
export function passiveOpen(config: TcpConfig, options: NewTcbOptions): Draft {
  const tcb = fresh(config, options);
  move(tcb, [], 'passive-open');
  tcb.passive = true;
  return tcb;
}

/**
 * RFC 9293 §3.10.1 OPEN, active, in CLOSED: "A SYN segment of the form
 * <SEQ=ISS><CTL=SYN> is sent. Set SND.UNA to ISS, SND.NXT to ISS+1, enter
 * SYN-SENT state, and return."
 */
export function activeOpen(config: TcpConfig, options: NewTcbOptions, now: number): CallResult {
  const tcb = fresh(config, options);
  const transitions: TcpTransition[] = [];
  move(tcb, transitions, 'active-open');
  tcb.sndUna = tcb.iss;
  tcb.sndNxt = tcb.iss;
  const syn = formSegment(tcb, config, now, tcb.iss, ['SYN']);
  noteSent(tcb, syn, now, false);
  return { tcb, out: [syn], transitions };
}

const CAN_QUEUE: readonly TcpState[] = ['SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT'];

/**
 * RFC 9293 §3.10.2 SEND. In SYN-SENT and SYN-RECEIVED: "Queue the data for
 * transmission after entering ESTABLISHED state"; in ESTABLISHED and
 * CLOSE-WAIT: "Segmentize the buffer and send it". Here SEND only queues; the
 * segments go out one per call of `nextDataSegment`, so that each is a step.
 */
export function send(tcb: Tcb, octets: string): Tcb {
  const draft = draftOf(tcb);
  sendInPlace(draft, octets);
  return draft;
}

/** `send` on a TCB the caller owns (see tcb.ts). */
export function sendInPlace(tcb: Draft, octets: string): void {
  if (!CAN_QUEUE.includes(tcb.state) || tcb.finQueued) {
    // §3.10.2: in the closing states "Return 'error: connection closing' and do not service request."
    throw new Error(`SEND in ${tcb.state}: error: connection closing`);
  }
  tcb.sendQueue += octets;
}

/** The largest payload of one segment: the peer's MSS less our TCP options (RFC 9293 §3.7.1). */
export function payloadRoom(tcb: Tcb): number {
  return tcb.sendMss - (tcb.timestampsOk ? 12 : 0);
}

/** States where queued octets still go out: before CLOSE, or after it while the FIN waits for them. */
function sendingState(tcb: Tcb): boolean {
  if (tcb.state === 'ESTABLISHED' || tcb.state === 'CLOSE-WAIT') return true;
  return (tcb.state === 'FIN-WAIT-1' || tcb.state === 'LAST-ACK') && tcb.finSeq === null;
}

/** Whether `nextDataSegment` would send something now. */
export function canSendData(tcb: Tcb): boolean {
  if (!sendingState(tcb)) return false;
  const usable = seqDiff(seqAdd(tcb.sndUna, tcb.sndWnd), tcb.sndNxt);
  return unsentOctets(tcb) > 0 && usable > 0;
}

/**
 * Segmentation (RFC 9293 §3.8.6.2.1 is the sender's side of the window): the
 * next segment of at most one MSS that fits in the usable window
 * SND.UNA + SND.WND − SND.NXT. PSH marks the segment that empties the buffer,
 * as Linux and BSD do (RFC 9293 §3.9.1: "the PUSH flag ... on the last
 * segment of a buffer"). Simplification: no congestion control (RFC 5681);
 * only the peer's window limits the sender.
 */
export function nextDataSegment(tcb: Tcb, config: TcpConfig, now: number): CallResult | null {
  return canSendData(tcb) ? nextDataSegmentInPlace(draftOf(tcb), config, now) : null;
}

/** `nextDataSegment` on a TCB the caller owns: `tcb` is the result's TCB (see tcb.ts). */
export function nextDataSegmentInPlace(
  tcb: Draft,
  config: TcpConfig,
  now: number,
): CallResult | null {
  if (!canSendData(tcb)) return null;
  const usable = seqDiff(seqAdd(tcb.sndUna, tcb.sndWnd), tcb.sndNxt);
  const unsent = unsentOctets(tcb);
  const length = Math.min(payloadRoom(tcb), usable, unsent);
  const offset = seqDiff(tcb.sndNxt, tcb.sendQueueSeq);
  const payload = tcb.sendQueue.slice(offset, offset + length);
  const last = length === unsent;
  // §3.10.4: the FIN queued by CLOSE goes with the last octets (Linux: tcp_send_fin sets FIN on
  // the last queued segment when it has not left yet).
  const withFin = last && tcb.finQueued;
  const flags: ('FIN' | 'PSH' | 'ACK')[] = last ? ['PSH', 'ACK'] : ['ACK'];
  const seq = tcb.sndNxt;
  if (withFin) {
    flags.push('FIN');
    tcb.finSeq = seqAdd(seq, length);
  }
  const seg = formSegment(tcb, config, now, seq, flags, payload);
  noteSent(tcb, seg, now, false, config);
  return { tcb, out: [seg], transitions: [] };
}

/**
 * RFC 9293 §3.10.4 CLOSE.
 * - LISTEN: "Any outstanding RECEIVEs are returned ... Delete TCB, enter CLOSED state".
 * - SYN-SENT: "Delete the TCB and return 'error: closing' responses to any queued SENDs".
 * - SYN-RECEIVED, ESTABLISHED: "Queue this until all preceding SENDs have been segmentized,
 *   then form a FIN segment and send it. In any case, enter FIN-WAIT-1 state."
 * - CLOSE-WAIT: "Queue this request until all preceding SENDs have been segmentized; then send
 *   a FIN segment, enter LAST-ACK state."
 * If octets are still queued, the state changes now and the FIN rides on the last of them
 * (`nextDataSegment`); otherwise the FIN goes out here, on its own.
 */
export function close(tcb: Tcb, config: TcpConfig, now: number): CallResult {
  return closeInPlace(draftOf(tcb), config, now);
}

/** `close` on a TCB the caller owns: `draft` is the result's TCB (see tcb.ts). */
export function closeInPlace(draft: Draft, config: TcpConfig, now: number): CallResult {
  const transitions: TcpTransition[] = [];
  const out: TcpSegment[] = [];
  switch (draft.state) {
    case 'LISTEN':
    case 'SYN-SENT':
      move(draft, transitions, 'close');
      draft.rtxDeadline = null;
      return { tcb: draft, out, transitions };
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'CLOSE-WAIT': {
      move(draft, transitions, 'close');
      draft.finQueued = true;
      if (unsentOctets(draft) > 0) return { tcb: draft, out, transitions };
      draft.finSeq = draft.sndNxt;
      // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=FIN,ACK>
      const fin = formSegment(draft, config, now, draft.sndNxt, ['FIN', 'ACK']);
      noteSent(draft, fin, now, false);
      out.push(fin);
      return { tcb: draft, out, transitions };
    }
    default:
      // §3.10.4 in FIN-WAIT-1/2, CLOSING, LAST-ACK, TIME-WAIT: "Respond with 'error: connection closing'".
      throw new Error(`CLOSE in ${draft.state}: error: connection closing`);
  }
}
