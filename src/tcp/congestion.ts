/**
 * Congestion control (RFC 5681 §3.1): the congestion window, cwnd, which a sender keeps beside
 * the peer's window. RFC 5681 §3.1: "The TCP sender MUST NOT send data with a sequence number
 * higher than the sum of the highest acknowledged sequence number and the minimum of cwnd and
 * rwnd." It starts at the initial window (IW) when the connection is established, grows with
 * every ACK of new data (slow start below ssthresh, congestion avoidance above), and falls to one
 * segment when the retransmission timer expires. Each function works on the draft of one TCP
 * operation (see tcb.ts); the numbers are octets, as RFC 5681 counts them.
 *
 * Simplifications: no fast retransmit and fast recovery (RFC 5681 §3.2: no canned scenario loses
 * a segment with others sent after it, and no SACK blocks are sent); no restart after an idle
 * period (§4.1); and the linux profile grows and cuts the window with RFC 5681's arithmetic,
 * where Linux counts whole segments, grows cwnd only while it limits the sender
 * (tcp_is_cwnd_limited), and runs CUBIC (RFC 9438: ssthresh 0.7·cwnd after a loss, a cubic
 * curve in congestion avoidance). None of these changes what the canned scenarios send.
 */
import type { TcpConfig } from './config';
import { seqAdd, seqDiff } from './sequence';
import { type Draft, payloadRoom, type Tcb } from './tcb';

/** How an ACK changed the congestion window (`ack-received` steps say it). */
export type CwndChange = 'slow-start' | 'congestion-avoidance' | 'unchanged';

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
  const smss = payloadRoom(tcb);
  if (tcb.retries === 0) {
    const flightSize = seqDiff(tcb.sndNxt, tcb.sndUna);
    tcb.ssthresh = Math.max(Math.floor(flightSize / 2), 2 * smss);
  }
  tcb.cwnd = smss;
}

/**
 * Octets that may still be sent under the congestion window alone: SND.UNA + cwnd − SND.NXT.
 * The peer's window is the other limit (`send.ts`).
 */
export function congestionRoom(tcb: Tcb): number {
  return seqDiff(seqAdd(tcb.sndUna, tcb.cwnd), tcb.sndNxt);
}
