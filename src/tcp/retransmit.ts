/**
 * The retransmission timer (RFC 6298) and what a timeout resends.
 *
 * RFC 6298 §2: "(2.1) Until a round-trip time (RTT) measurement has been made
 * for a segment sent between the sender and receiver, the sender SHOULD set
 * RTO <- 1 second ... (2.2) When the first RTT measurement R is made, the host
 * MUST set SRTT <- R, RTTVAR <- R/2, RTO <- SRTT + max (G, K*RTTVAR) where
 * K = 4. (2.3) When a subsequent RTT measurement R' is made, a host MUST set
 * RTTVAR <- (1 - beta) * RTTVAR + beta * |SRTT - R'|, SRTT <- (1 - alpha) *
 * SRTT + alpha * R' ... using alpha=1/8 and beta=1/4 ... (2.4) Whenever RTO
 * is computed, if it is less than 1 second, then the RTO SHOULD be rounded up
 * to 1 second."
 */
import type { TcpConfig } from './config';
import { formSegment, noteSent } from './emit';
import type { TcpSegment } from './segment';
import { seqAdd, seqDiff, seqGe } from './sequence';
import type { Draft } from './tcb';

/** Clock granularity G: the simulator's clock ticks in microseconds. */
const G_MS = 0.001;

export function computeRto(srtt: number, rttvar: number, config: TcpConfig): number {
  const { minMs, maxMs, minAppliesTo } = config.rto;
  const rto =
    minAppliesTo === 'rto'
      ? Math.max(minMs, srtt + Math.max(G_MS, 4 * rttvar))
      : // Linux (tcp_set_rto): SRTT + max(4·RTTVAR, TCP_RTO_MIN).
        srtt + Math.max(minMs, 4 * rttvar);
  return Math.min(maxMs, Math.round(rto * 1000) / 1000);
}

/** RFC 6298 (2.2) and (2.3): fold one RTT measurement `r` into SRTT, RTTVAR and RTO. */
export function sampleRtt(tcb: Draft, r: number, config: TcpConfig): void {
  if (tcb.srtt === null) {
    tcb.srtt = r;
    tcb.rttvar = r / 2;
  } else {
    tcb.rttvar = (3 / 4) * tcb.rttvar + (1 / 4) * Math.abs(tcb.srtt - r);
    tcb.srtt = (7 / 8) * tcb.srtt + (1 / 8) * r;
  }
  tcb.rto = computeRto(tcb.srtt, tcb.rttvar, config);
}

/**
 * An acknowledgement advanced SND.UNA. RFC 6298 §5: "(5.2) When all
 * outstanding data has been acknowledged, turn off the retransmission timer.
 * (5.3) When an ACK is received that acknowledges new data, restart the
 * retransmission timer so that it will expire after RTO seconds".
 */
export function onNewAck(tcb: Draft, now: number, config: TcpConfig): void {
  if (tcb.rttProbe !== null && seqGe(tcb.sndUna, tcb.rttProbe.seq)) {
    sampleRtt(tcb, now - tcb.rttProbe.sentAt, config);
    tcb.rttProbe = null;
  }
  tcb.retries = 0;
  tcb.rtxDeadline = tcb.sndUna === tcb.sndNxt ? null : now + tcb.rto;
}

/**
 * The handshake is complete and data transmission begins, at either end. RFC 6298 §5.7: "If the
 * timer expires awaiting the ACK of a SYN segment and the TCP implementation is using an RTO less
 * than 3 seconds, the RTO MUST be re-initialized to 3 seconds when data transmission begins
 * (i.e., after the three-way handshake completes)." The SYN is the client's SYN or the server's
 * SYN,ACK; re-initialized, not left backed off. Karn's algorithm left no RTT sample; one taken
 * since (a SYN sent once) would stand. Linux (tcp_init_metrics) likewise starts at
 * TCP_TIMEOUT_FALLBACK, 3 s, without a sample.
 */
export function onHandshakeComplete(tcb: Draft, config: TcpConfig): void {
  const fallbackMs = 3000;
  if (tcb.synRetransmissions > 0 && tcb.srtt === null && config.rto.initialMs < fallbackMs) {
    tcb.rto = fallbackMs;
  }
}

/**
 * RFC 6298 §5.4: "Retransmit the earliest segment that has not been
 * acknowledged by the TCP receiver." Returns that segment, formed afresh (it
 * carries the current ACK and window), or null if nothing is outstanding.
 */
export function earliestUnacked(tcb: Draft, config: TcpConfig, now: number): TcpSegment | null {
  if (tcb.sndUna === tcb.sndNxt) return null;
  // The SYN (SYN-SENT) or SYN,ACK (SYN-RECEIVED) is still unacknowledged.
  if (tcb.sndUna === tcb.iss) {
    const flags: ('SYN' | 'ACK')[] = tcb.state === 'SYN-RECEIVED' ? ['SYN', 'ACK'] : ['SYN'];
    return formSegment(tcb, config, now, tcb.iss, flags);
  }
  const dataEnd = tcb.finSeq ?? tcb.sndNxt;
  const unackedData = seqDiff(dataEnd, tcb.sndUna);
  if (unackedData > 0) {
    const offset = seqDiff(tcb.sndUna, tcb.sendQueueSeq);
    const room = tcb.sendMss - (tcb.timestampsOk ? 12 : 0);
    const length = Math.min(room, unackedData);
    const payload = tcb.sendQueue.slice(offset, offset + length);
    const flags: ('FIN' | 'PSH' | 'ACK')[] = length === unackedData ? ['PSH', 'ACK'] : ['ACK'];
    // The FIN follows the last octets; when they are resent together it rides along.
    if (length === unackedData && tcb.finSeq !== null) flags.push('FIN');
    return formSegment(tcb, config, now, tcb.sndUna, flags, payload);
  }
  // Only our FIN is outstanding.
  return formSegment(tcb, config, now, tcb.finSeq ?? seqAdd(tcb.sndNxt, -1), ['FIN', 'ACK']);
}

/**
 * The retransmission timer expired. RFC 6298 §5: "(5.4) Retransmit the
 * earliest segment that has not been acknowledged ... (5.5) The host MUST set
 * RTO <- RTO * 2 ("back off the timer") ... (5.6) Start the retransmission
 * timer, such that it expires after RTO seconds". Returns the segment resent.
 */
export function retransmit(tcb: Draft, config: TcpConfig, now: number): TcpSegment | null {
  const seg = earliestUnacked(tcb, config, now);
  if (seg === null) {
    tcb.rtxDeadline = null;
    return null;
  }
  if (seg.flags.includes('SYN')) tcb.synRetransmissions += 1;
  tcb.retries += 1;
  tcb.rto = Math.min(tcb.rto * 2, config.rto.maxMs);
  // Karn's algorithm: a retransmitted segment gives no RTT sample.
  tcb.rttProbe = null;
  tcb.rtxDeadline = null;
  noteSent(tcb, seg, now, true);
  return seg;
}

/** RFC 9293 §3.8.3: give up after R2, counted here as a number of retransmissions. */
export function exhausted(tcb: Draft, config: TcpConfig): boolean {
  const limit =
    tcb.state === 'SYN-SENT' || tcb.state === 'SYN-RECEIVED'
      ? config.maxRetransmissions.syn
      : config.maxRetransmissions.data;
  return tcb.retries >= limit;
}
