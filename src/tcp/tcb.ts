/**
 * The Transmission Control Block (RFC 9293 §3.3.1): the variables one end of a
 * connection keeps. Names follow the RFC: `sndUna` is SND.UNA, `rcvNxt` is
 * RCV.NXT, and so on.
 *
 * A TCB is plain readonly data. Each TCP operation (`send.ts`, `receive/`,
 * `timers.ts`) takes one and returns the next, with what it sent and a named
 * outcome; it never changes the TCB it was given. Inside, an operation works
 * on a copy (`Draft`), and its code reads like the RFC's prose: "set SND.UNA
 * <- SEG.ACK" is `tcb.sndUna = seg.ack`.
 */
import type { TcpState } from './states';
import { type TcpEvent, type TcpTransition, takeTransition } from './transitions';

/** A segment that arrived ahead of RCV.NXT, held for later (RFC 9293 §3.10.7.4, seventh). */
export interface HeldSegment {
  readonly seq: number;
  readonly payload: string;
  readonly fin: boolean;
}

export interface Tcb {
  readonly state: TcpState;
  /** Opened by a passive OPEN: a RST in SYN-RECEIVED returns it to LISTEN (§3.10.7.4). */
  readonly passive: boolean;
  /** ISS, initial send sequence number. */
  readonly iss: number;
  /** IRS, initial receive sequence number (0 until a SYN is received). */
  readonly irs: number;
  /** SND.UNA, oldest unacknowledged sequence number. */
  readonly sndUna: number;
  /** SND.NXT, next sequence number to be sent. */
  readonly sndNxt: number;
  /** SND.WND, the peer's window in octets (already scaled). */
  readonly sndWnd: number;
  /** SND.WL1, segment sequence number used for last window update. */
  readonly sndWl1: number;
  /** SND.WL2, segment acknowledgment number used for last window update. */
  readonly sndWl2: number;
  /** RCV.NXT, next sequence number expected on an incoming segment. */
  readonly rcvNxt: number;
  /** RCV.WND, our receive window in octets. */
  readonly rcvWnd: number;
  /** The largest payload we may put in one segment: the peer's MSS (RFC 9293 §3.7.1, default 536). */
  readonly sendMss: number;
  /**
   * RFC 5681 §2: cwnd, the congestion window, "a TCP state variable that limits the amount of
   * data a TCP can send"; in octets, set when the connection is established (`congestion.ts`).
   */
  readonly cwnd: number;
  /** RFC 5681 §3.1: ssthresh, the slow start threshold: slow start below it, congestion avoidance above. */
  readonly ssthresh: number;
  /**
   * Duplicate ACKs (RFC 5681 §2) received since the last ACK of new data or retransmission
   * timeout; the DupThresh-th starts fast retransmit (§3.2, `congestion.ts`).
   */
  readonly dupAcks: number;
  /** RFC 5681 §3.2: in fast recovery, from the fast retransmit to the next ACK of new data. */
  readonly fastRecovery: boolean;
  /**
   * The send buffer: octets the user passed to SEND, starting at sequence
   * number `sendQueueSeq` (= SND.UNA once the SYN is acknowledged). The first
   * SND.NXT − sendQueueSeq of them have been sent, the rest wait.
   */
  readonly sendQueue: string;
  readonly sendQueueSeq: number;
  /** The user called CLOSE: a FIN follows the queued octets. */
  readonly finQueued: boolean;
  /** Sequence number of our FIN once sent (it occupies one number), else null. */
  readonly finSeq: number | null;
  /** Out-of-order segments held until the gap before them is filled. */
  readonly held: readonly HeldSegment[];
  /** Whether the peer's FIN has been received (RCV.NXT is past it). */
  readonly finReceived: boolean;
  /** RFC 7323 §2.3: shift applied to windows the peer sends us (0 if not negotiated). */
  readonly sndWndShift: number;
  /** RFC 7323 §2.3: shift we apply to the windows we send (0 if not negotiated). */
  readonly rcvWndShift: number;
  /** The peer's SYN offered SACK (RFC 2018) / Window Scale (RFC 7323 §2.2). */
  readonly sackOffered: boolean;
  readonly windowScaleOffered: boolean;
  /** RFC 7323 §3: both ends sent Timestamps on their SYNs. */
  readonly timestampsOk: boolean;
  /** RFC 7323 §4.3: TS.Recent, the last TSval to echo. */
  readonly tsRecent: number;
  /** Our timestamp clock's offset (Linux draws one per connection). */
  readonly tsOffset: number;
  /** Retransmission timer (RFC 6298): deadline in virtual ms, or null when stopped. */
  readonly rtxDeadline: number | null;
  /** RFC 6298: the current RTO, SRTT and RTTVAR (null SRTT before the first measurement). */
  readonly rto: number;
  readonly srtt: number | null;
  readonly rttvar: number;
  /** Retransmissions of the current oldest segment so far. */
  readonly retries: number;
  /** Karn's algorithm: one segment being timed, or null (never a retransmitted one). */
  readonly rttProbe: { readonly seq: number; readonly sentAt: number } | null;
  /**
   * Timeouts of our SYN (or SYN,ACK): RFC 6298 §5.7 makes the RTO 3 s when data begins after
   * one, and RFC 5681 §3.1 the initial window one segment.
   */
  readonly synRetransmissions: number;
  /** TIME-WAIT's 2×MSL timer deadline, or null. */
  readonly timeWaitDeadline: number | null;
  /** Delayed-ACK timer deadline (linux profile), or null. */
  readonly delackDeadline: number | null;
  /** When this end last answered an unacceptable segment with an ACK (`TcpConfig.invalidAckIntervalMs`), or null. */
  readonly invalidAckAt: number | null;
  /** Octets received and not yet acknowledged (for the delayed-ACK rules). */
  readonly unackedReceived: number;
  /** Linux quick-ACK credit left (see `DelayedAckConfig.quickAcks`). */
  readonly quickAcks: number;
  /** Linux ping-pong mode: ACKs wait for data to ride on. */
  readonly pingpong: boolean;
  /** When data last arrived (for Linux's ping-pong rule), or null if none yet. */
  readonly lastDataAt: number | null;
}

/** A TCB being changed by one TCP operation: its own copy, returned as the next TCB. */
export type Draft = { -readonly [K in keyof Tcb]: Tcb[K] };

/** A copy of `tcb` for one operation to change. */
export function copyTcb(tcb: Tcb): Draft {
  return { ...tcb };
}

/** The TCB of a fresh connection in CLOSED, before any OPEN. */
export function closedTcb(iss: number, receiveWindow: number, rto: number): Draft {
  return {
    state: 'CLOSED',
    passive: false,
    iss,
    irs: 0,
    sndUna: iss,
    sndNxt: iss,
    sndWnd: 0,
    sndWl1: 0,
    sndWl2: 0,
    rcvNxt: 0,
    rcvWnd: receiveWindow,
    sendMss: 536,
    // No window until the connection is established (`openCongestionWindow`).
    cwnd: 0,
    ssthresh: 0,
    dupAcks: 0,
    fastRecovery: false,
    sendQueue: '',
    sendQueueSeq: (iss + 1) >>> 0,
    finQueued: false,
    finSeq: null,
    held: [],
    finReceived: false,
    sndWndShift: 0,
    rcvWndShift: 0,
    sackOffered: false,
    windowScaleOffered: false,
    timestampsOk: false,
    tsRecent: 0,
    tsOffset: 0,
    rtxDeadline: null,
    rto,
    srtt: null,
    rttvar: 0,
    retries: 0,
    rttProbe: null,
    synRetransmissions: 0,
    timeWaitDeadline: null,
    delackDeadline: null,
    invalidAckAt: null,
    unackedReceived: 0,
    quickAcks: 0,
    pingpong: false,
    lastDataAt: null,
  };
}

/**
 * Take the edge of TCP_TRANSITIONS for `event` from the draft's state, record
 * it, and move the draft. Every state change in the simulator goes through here.
 */
export function move(tcb: Draft, transitions: TcpTransition[], event: TcpEvent): void {
  const edge = takeTransition(tcb.state, event);
  transitions.push(edge);
  tcb.state = edge.to;
}

/**
 * The largest payload of one segment: the peer's MSS less our TCP options (RFC 9293 §3.7.1).
 * RFC 5681 calls it SMSS, "the size of the largest segment that the sender can transmit [...]
 * The size does not include the TCP/IP headers and options."
 */
export function payloadRoom(tcb: Tcb): number {
  return tcb.sendMss - (tcb.timestampsOk ? 12 : 0);
}

/** Octets queued by the user that have not been sent yet. */
export function unsentOctets(tcb: Tcb): number {
  const sentData = Math.max(0, (tcb.sndNxt - tcb.sendQueueSeq) | 0) - (tcb.finSeq === null ? 0 : 1);
  return tcb.sendQueue.length - Math.max(0, sentData);
}

/** Sequence space sent and not yet acknowledged (SND.NXT − SND.UNA). */
export function inFlight(tcb: Tcb): number {
  return (tcb.sndNxt - tcb.sndUna) | 0;
}

/** RFC 9293 §3.3.2: the synchronized states, where both ISNs are known. */
export function isSynchronized(tcb: Tcb): boolean {
  return !['CLOSED', 'LISTEN', 'SYN-SENT', 'SYN-RECEIVED'].includes(tcb.state);
}
