/**
 * The user calls (RFC 9293 §3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE) and
 * segmentation: cutting the send buffer into segments of at most one MSS.
 * Each is pure: a TCB in; the next TCB, what to send, the edges taken and a
 * named outcome out (see tcb.ts).
 */
import type { Outcome, StepReason } from '../timeline/reasons';
import { receiveWindowFor, type TcpConfig } from './config';
import { congestionRoom } from './congestion';
import { formSegment, noteSent } from './emit';
import type { TcpSegment } from './segment';
import { seqAdd, seqDiff } from './sequence';
import type { TcpState } from './states';
import { closedTcb, copyTcb, type Draft, move, payloadRoom, type Tcb, unsentOctets } from './tcb';
import type { TcpTransition } from './transitions';

export interface CallResult<R extends StepReason> {
  tcb: Tcb;
  /** Segments sent, in order. */
  out: TcpSegment[];
  /** Edges of TCP_TRANSITIONS taken, in order. */
  transitions: TcpTransition[];
  outcome: Outcome<R>;
  /** The section of RFC 9293 that specifies the call. */
  rfc: string;
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
export function passiveOpen(config: TcpConfig, options: NewTcbOptions): Tcb {
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
export function activeOpen(
  config: TcpConfig,
  options: NewTcbOptions,
  now: number,
): CallResult<'active-open'> {
  const tcb = fresh(config, options);
  const transitions: TcpTransition[] = [];
  move(tcb, transitions, 'active-open');
  tcb.sndUna = tcb.iss;
  tcb.sndNxt = tcb.iss;
  const syn = formSegment(tcb, config, now, tcb.iss, ['SYN']);
  noteSent(tcb, syn, now, false);
  return {
    tcb,
    out: [syn],
    transitions,
    outcome: { reason: 'active-open', detail: {} },
    rfc: 'RFC 9293 §3.10.1',
  };
}

const CAN_QUEUE: readonly TcpState[] = ['SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT'];

/**
 * RFC 9293 §3.10.2 SEND. In SYN-SENT and SYN-RECEIVED: "Queue the data for
 * transmission after entering ESTABLISHED state"; in ESTABLISHED and
 * CLOSE-WAIT: "Segmentize the buffer and send it". Here SEND only queues; the
 * segments go out one per call of `nextDataSegment`, so that each is a step.
 */
export function send(tcb: Tcb, octets: string): Tcb {
  if (!CAN_QUEUE.includes(tcb.state) || tcb.finQueued) {
    // §3.10.2: in the closing states "Return 'error: connection closing' and do not service request."
    throw new Error(`SEND in ${tcb.state}: error: connection closing`);
  }
  return { ...tcb, sendQueue: tcb.sendQueue + octets };
}

/** States where queued octets still go out: before CLOSE, or after it while the FIN waits for them. */
function sendingState(tcb: Tcb): boolean {
  if (tcb.state === 'ESTABLISHED' || tcb.state === 'CLOSE-WAIT') return true;
  return (tcb.state === 'FIN-WAIT-1' || tcb.state === 'LAST-ACK') && tcb.finSeq === null;
}

/** The usable window of RFC 9293 §3.8.6.2.1, what the peer's window allows: SND.UNA + SND.WND − SND.NXT. */
function receiveRoom(tcb: Tcb): number {
  return seqDiff(seqAdd(tcb.sndUna, tcb.sndWnd), tcb.sndNxt);
}

/**
 * The length of the next segment if it may leave now, else 0: at most one MSS, within the peer's
 * window, and within the congestion window (RFC 5681 §3.1: nothing beyond SND.UNA + min(cwnd,
 * rwnd)). The congestion window lets a segment go only whole, as Linux counts cwnd in whole
 * segments (tcp_cwnd_test) and RFC 9293 §3.8.6.2.1 asks of a sender (no silly-window sends):
 * it waits for an ACK rather than cut a segment to fit. Simplification: the peer's window may
 * cut a segment short, where RFC 9293 §3.8.6.2.1 would wait for a full one or a fraction of the
 * largest window; it never does in the canned scenarios, whose receivers offer 64 KB.
 */
function nextLength(tcb: Tcb): number {
  if (!sendingState(tcb)) return 0;
  const length = Math.min(payloadRoom(tcb), receiveRoom(tcb), unsentOctets(tcb));
  return length > 0 && congestionRoom(tcb) >= length ? length : 0;
}

/** Whether `nextDataSegment` would send something now. */
export function canSendData(tcb: Tcb): boolean {
  return nextLength(tcb) > 0;
}

/**
 * Which window keeps the octets still queued after a segment from leaving: the smaller of the
 * congestion window and the peer's window, or 'none' if they may leave or none are left.
 */
function fullWindow(tcb: Tcb): 'none' | 'cwnd' | 'rwnd' {
  if (!sendingState(tcb) || unsentOctets(tcb) === 0 || canSendData(tcb)) return 'none';
  return tcb.cwnd <= tcb.sndWnd ? 'cwnd' : 'rwnd';
}

/**
 * Segmentation (RFC 9293 §3.8.6.2.1 is the sender's side of the window): the
 * next segment of at most one MSS that fits in the usable window and the
 * congestion window (`nextLength`). PSH marks the segment that empties the buffer,
 * as Linux and BSD do (RFC 9293 §3.9.1: "the PUSH flag ... on the last
 * segment of a buffer"). The outcome says whether a window now holds back
 * the rest: the sender waits for ACKs.
 */
export function nextDataSegment(
  before: Tcb,
  config: TcpConfig,
  now: number,
): CallResult<'data-sent'> | null {
  const length = nextLength(before);
  if (length === 0) return null;
  const tcb = copyTcb(before);
  const unsent = unsentOctets(tcb);
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
  const windowFull = fullWindow(tcb);
  return {
    tcb,
    out: [seg],
    transitions: [],
    outcome: { reason: 'data-sent', detail: { windowFull } },
    rfc: windowFull === 'cwnd' ? 'RFC 5681 §3.1' : 'RFC 9293 §3.10.2',
  };
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
export function close(
  before: Tcb,
  config: TcpConfig,
  now: number,
): CallResult<'active-close' | 'passive-close'> {
  const tcb = copyTcb(before);
  const transitions: TcpTransition[] = [];
  const out: TcpSegment[] = [];
  // After the peer's FIN (CLOSE-WAIT) this end's CLOSE is the second of the connection.
  const outcome: Outcome<'active-close' | 'passive-close'> = {
    reason: tcb.state === 'CLOSE-WAIT' ? 'passive-close' : 'active-close',
    detail: {},
  };
  const result = () => ({ tcb, out, transitions, outcome, rfc: 'RFC 9293 §3.10.4' });
  switch (tcb.state) {
    case 'LISTEN':
    case 'SYN-SENT':
      move(tcb, transitions, 'close');
      tcb.rtxDeadline = null;
      return result();
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'CLOSE-WAIT': {
      move(tcb, transitions, 'close');
      tcb.finQueued = true;
      if (unsentOctets(tcb) > 0) return result();
      tcb.finSeq = tcb.sndNxt;
      // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=FIN,ACK>
      const fin = formSegment(tcb, config, now, tcb.sndNxt, ['FIN', 'ACK']);
      noteSent(tcb, fin, now, false);
      out.push(fin);
      return result();
    }
    default:
      // §3.10.4 in FIN-WAIT-1/2, CLOSING, LAST-ACK, TIME-WAIT: "Respond with 'error: connection closing'".
      throw new Error(`CLOSE in ${tcb.state}: error: connection closing`);
  }
}
