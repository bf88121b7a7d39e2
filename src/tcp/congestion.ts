/**
 * Congestion control (RFC 5681 §3.1): the congestion window, cwnd, which a sender keeps beside
 * the peer's window. RFC 5681 §3.1: "The TCP sender MUST NOT send data with a sequence number
 * higher than the sum of the highest acknowledged sequence number and the minimum of cwnd and
 * rwnd." It starts at the initial window (IW) when the connection is established, grows with
 * every ACK of new data (slow start below ssthresh, congestion avoidance above), is halved by
 * fast retransmit and fast recovery on the third duplicate ACK (§3.2), and falls to one segment
 * when the retransmission timer expires. Each function works on the draft of one TCP operation
 * (see tcb.ts); the numbers are octets, as RFC 5681 counts them.
 *
 * Simplifications: fast recovery is RFC 5681's (Reno), not NewReno's (RFC 6582): any ACK of new
 * data ends it, a partial ACK too, so a second segment lost from the same window waits for three
 * more duplicate ACKs or for the retransmission timer. No limited transmit on the first two
 * duplicate ACKs (RFC 3042, §3.2 step 1). No restart after an idle period (§4.1). The linux
 * profile recovers with RFC 5681's rules, where Linux uses the SACK blocks and RACK (RFC 8985)
 * that the simulator never sends, and cuts the window to ssthresh with proportional rate
 * reduction (RFC 6937) rather than at once; and it grows and cuts the window with RFC 5681's
 * arithmetic, where Linux counts whole segments, grows cwnd only while it limits the sender
 * (tcp_is_cwnd_limited), and runs CUBIC (RFC 9438: ssthresh 0.7·cwnd after a loss, a cubic
 * curve in congestion avoidance). None of these changes what the canned scenarios send: none
 * of them has three duplicate ACKs.
 */
import type { TcpConfig } from './config';
import { hasFlag, type TcpSegment } from './segment';
import { seqAdd, seqDiff } from './sequence';
import { type Draft, payloadRoom, type Tcb } from './tcb';

/**
 * How an ACK changed the congestion window (`ack-received` steps say it): `fast-recovery-ended`
 * is RFC 5681 §3.2 step 6, cwnd set to ssthresh.
 */
export type CwndChange =
  | 'slow-start'
  | 'congestion-avoidance'
  | 'fast-recovery-ended'
  | 'unchanged';

/**
 * RFC 5681 §3.1: "IW, the initial value of cwnd, MUST be set using the following guidelines as an
 * upper bound. If SMSS > 2190 bytes: IW = 2 * SMSS bytes and MUST NOT be more than 2 segments.
 * If (SMSS > 1095 bytes) and (SMSS <= 2190 bytes): IW = 3 * SMSS bytes and MUST NOT be more than
 * 3 segments. If SMSS <= 1095 bytes: IW = 4 * SMSS bytes and MUST NOT be more than 4 segments."
 */
function rfc5681Segments(smss: number): number {
  if (smss > 2190) return 2;
  if (smss > 1095) return 3;
  return 4;
}

/**
 * IW in octets for this end: the profile's rule, or one segment after timeouts of its SYN
 * (RFC 5681 §3.1: "if the SYN or SYN/ACK is lost, the initial window used by a sender after a
 * correctly transmitted SYN MUST be one segment consisting of at most SMSS bytes").
 */
export function initialWindow(tcb: Tcb, config: TcpConfig): number {
  const smss = payloadRoom(tcb);
  const { initialWindow: iw, synTimeoutsForOneSegment } = config.congestion;
  if (tcb.synRetransmissions >= synTimeoutsForOneSegment) return smss;
  return (iw === 'rfc5681' ? rfc5681Segments(smss) : iw.segments) * smss;
}

/**
 * The connection is established (the SYNs have told both MSSs): cwnd starts at IW. RFC 5681
 * §3.1: "The initial value of ssthresh SHOULD be set arbitrarily high (e.g., to the size of the
 * largest possible advertised window)": 65535 scaled by the peer's shift (RFC 7323 §2.3). Linux
 * starts at TCP_INFINITE_SSTHRESH, which no window reaches either.
 */
export function openCongestionWindow(tcb: Draft, config: TcpConfig): void {
  tcb.cwnd = initialWindow(tcb, config);
  tcb.ssthresh = 65535 * 2 ** tcb.sndWndShift;
}

/**
 * An ACK acknowledged `acked` new octets of data. RFC 5681 §3.1: "During slow start, a TCP
 * increments cwnd by at most SMSS bytes for each ACK received that cumulatively acknowledges new
 * data. [...] cwnd += min (N, SMSS) (2) where N is the number of previously unacknowledged bytes
 * acknowledged in the incoming ACK." "The slow start algorithm is used when cwnd < ssthresh,
 * while the congestion avoidance algorithm is used when cwnd > ssthresh. When cwnd and ssthresh
 * are equal, the sender may use either" (here congestion avoidance): "cwnd += SMSS*SMSS/cwnd (3)
 * This adjustment is executed on every incoming ACK that acknowledges new data [...] if the
 * above formula yields 0, the result SHOULD be rounded up to 1 byte."
 */
export function growCongestionWindow(tcb: Draft, acked: number, config: TcpConfig): CwndChange {
  if (acked <= 0) return 'unchanged';
  const smss = payloadRoom(tcb);
  if (tcb.cwnd < tcb.ssthresh) {
    tcb.cwnd =
      config.congestion.slowStartGrowth === 'at-most-smss'
        ? tcb.cwnd + Math.min(acked, smss)
        : // Linux (tcp_slow_start): cwnd = min(cwnd + acked, ssthresh).
          Math.min(tcb.cwnd + acked, tcb.ssthresh);
    return 'slow-start';
  }
  tcb.cwnd += Math.max(1, Math.floor((smss * smss) / tcb.cwnd));
  return 'congestion-avoidance';
}

/**
 * The retransmission timer expired on data (or a FIN) of an established connection. RFC 5681
 * §3.1: "When a TCP sender detects segment loss using the retransmission timer and the given
 * segment has not yet been resent by way of the retransmission timer, the value of ssthresh MUST
 * be set to no more than the value given in equation (4): ssthresh = max (FlightSize / 2,
 * 2*SMSS) (4) [...] when [it] has already been retransmitted by way of the retransmission timer
 * at least once, the value of ssthresh is held constant. [...] Furthermore, upon a timeout [...]
 * cwnd MUST be set to no more than the loss window, LW, which equals 1 full-sized segment". A
 * SYN's timeout is answered by the initial window instead (`initialWindow`).
 */
export function onRetransmissionTimeout(tcb: Draft): void {
  if (tcb.retries === 0) tcb.ssthresh = halvedFlight(tcb);
  tcb.cwnd = payloadRoom(tcb);
  // The duplicate ACKs counted so far and fast recovery end: the timer has resent the segment
  // and slow start begins again.
  tcb.dupAcks = 0;
  tcb.fastRecovery = false;
}

/** RFC 5681 equation (4): ssthresh = max (FlightSize / 2, 2*SMSS), FlightSize = SND.NXT − SND.UNA. */
function halvedFlight(tcb: Tcb): number {
  const flightSize = seqDiff(tcb.sndNxt, tcb.sndUna);
  return Math.max(Math.floor(flightSize / 2), 2 * payloadRoom(tcb));
}

/**
 * RFC 5681 §2: "DUPLICATE ACKNOWLEDGMENT: An acknowledgment is considered a "duplicate" in the
 * following algorithms when (a) the receiver of the ACK has outstanding data, (b) the incoming
 * acknowledgment carries no data, (c) the SYN and FIN bits are both off, (d) the acknowledgment
 * number is equal to the greatest acknowledgment received on the given connection (TCP.UNA from
 * [RFC793]) and (e) the advertised window in the incoming acknowledgment equals the advertised
 * window in the last incoming acknowledgment." Asked of the TCB before the ACK is processed.
 * Outstanding data is data octets: a FIN alone outstanding has nothing sent after it to
 * provoke duplicates.
 */
export function isDuplicateAck(tcb: Tcb, seg: TcpSegment): boolean {
  const outstandingData = seqDiff(tcb.finSeq ?? tcb.sndNxt, tcb.sndUna) > 0;
  return (
    outstandingData &&
    seg.payload.length === 0 &&
    !hasFlag(seg, 'SYN') &&
    !hasFlag(seg, 'FIN') &&
    seg.ack === tcb.sndUna &&
    seg.window << tcb.sndWndShift === tcb.sndWnd
  );
}

/**
 * A duplicate ACK arrived (`isDuplicateAck`): count it. Returns true when it is the DupThresh-th,
 * and the segment at SND.UNA must be resent now (fast retransmit). RFC 5681 §3.2:
 * "2. When the third duplicate ACK is received, a TCP MUST set ssthresh to no more than the
 * value given in equation (4). [...] 3. The lost segment starting at SND.UNA MUST be
 * retransmitted and cwnd set to ssthresh plus 3*SMSS. This artificially "inflates" the
 * congestion window by the number of segments (three) that have left the network and which the
 * receiver has buffered. 4. For each additional duplicate ACK received (after the third), cwnd
 * MUST be incremented by SMSS. This artificially inflates the congestion window in order to
 * reflect the additional segment that has left the network. 5. When previously unsent data is
 * available and the new value of cwnd and the receiver's advertised window allow, a TCP SHOULD
 * send 1*SMSS bytes of previously unsent data." Step 5 is the send path that runs after every
 * ACK (`nextDataSegment` within `congestionRoom`).
 */
export function onDuplicateAck(tcb: Draft, config: TcpConfig): boolean {
  const smss = payloadRoom(tcb);
  tcb.dupAcks += 1;
  if (tcb.fastRecovery) {
    tcb.cwnd += smss;
    return false;
  }
  const { dupThresh } = config.congestion;
  if (tcb.dupAcks !== dupThresh) return false;
  tcb.ssthresh = halvedFlight(tcb);
  // The segments that left the network are the DupThresh that the duplicates stand for.
  tcb.cwnd = tcb.ssthresh + dupThresh * smss;
  tcb.fastRecovery = true;
  return true;
}

/**
 * An ACK of new data: RFC 5681 §3.2 "6. When the next ACK arrives that acknowledges previously
 * unacknowledged data, a TCP MUST set cwnd to ssthresh (the value set in step 2). This is termed
 * "deflating" the window." Reno ends fast recovery on any such ACK, one that leaves data of the
 * same window unacknowledged (a partial ACK, RFC 6582) too. Otherwise the window grows
 * (`growCongestionWindow`). Either way the count of duplicate ACKs starts again (§3.2: "3
 * duplicate ACKs [...] without any intervening ACKs which move SND.UNA").
 */
export function onNewDataAcked(tcb: Draft, acked: number, config: TcpConfig): CwndChange {
  tcb.dupAcks = 0;
  if (!tcb.fastRecovery) return growCongestionWindow(tcb, acked, config);
  tcb.cwnd = tcb.ssthresh;
  tcb.fastRecovery = false;
  return 'fast-recovery-ended';
}

/**
 * Octets that may still be sent under the congestion window alone: SND.UNA + cwnd − SND.NXT.
 * The peer's window is the other limit (`send.ts`).
 */
export function congestionRoom(tcb: Tcb): number {
  return seqDiff(seqAdd(tcb.sndUna, tcb.cwnd), tcb.sndNxt);
}
