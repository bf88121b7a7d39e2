/**
 * Forming segments from a TCB: the header fields every segment carries
 * (acknowledgement, window, options) and the bookkeeping that sending does
 * (RFC 6298 §5.1 starts the retransmission timer; an ACK sent cancels a
 * pending delayed ACK).
 */
import type { TcpConfig } from './config';
import { flagsOf, type SegmentOptions, segLen, type TcpFlag, type TcpSegment } from './segment';
import { seqAdd } from './sequence';
import type { Draft, Tcb } from './tcb';

/** Our timestamp clock (RFC 7323 §5.4: "a virtual clock" of 1 ms here, as Linux uses). */
export function tsValue(tcb: Tcb, now: number): number {
  return (tcb.tsOffset + Math.floor(now)) >>> 0;
}

function synOptions(tcb: Tcb, config: TcpConfig, now: number, isSynAck: boolean): SegmentOptions {
  // RFC 9293 §3.7.1: "TCP implementations SHOULD send an MSS Option in every SYN segment".
  const options: SegmentOptions = { mss: config.mss };
  // A SYN,ACK only carries an option the peer's SYN offered (RFC 2018 §2, RFC 7323 §2.2 and §3.2).
  if (config.sackPermitted && (!isSynAck || tcb.sackOffered)) options.sackPermitted = true;
  if (config.timestamps && (!isSynAck || tcb.timestampsOk)) {
    options.timestamps = { value: tsValue(tcb, now), echo: isSynAck ? tcb.tsRecent : 0 };
  }
  if (config.windowScale !== null && (!isSynAck || tcb.windowScaleOffered)) {
    options.windowScale = config.windowScale;
  }
  return options;
}

/**
 * SEG.WND for a non-SYN segment: RCV.WND shifted right by our scale (RFC 7323 §2.3). Linux
 * rounds the window up to a multiple of 2^shift (tcp_select_window), which is why the captures
 * show 63 for 64240 with a shift of 10.
 */
function windowField(tcb: Tcb, config: TcpConfig): number {
  const unit = 2 ** tcb.rcvWndShift;
  const scaled =
    config.receiveWindow === 'linux' ? Math.ceil(tcb.rcvWnd / unit) : Math.floor(tcb.rcvWnd / unit);
  return Math.min(scaled, 65535);
}

/**
 * Form a segment `<SEQ=seq><ACK=RCV.NXT><CTL=flags>` from the TCB. The ACK
 * field is filled only when ACK is among the flags (RFC 9293 §3.1).
 */
export function formSegment(
  tcb: Tcb,
  config: TcpConfig,
  now: number,
  seq: number,
  flags: TcpFlag[],
  payload = '',
): TcpSegment {
  const ordered = flagsOf(...flags);
  const syn = ordered.includes('SYN');
  const ack = ordered.includes('ACK');
  let options: SegmentOptions = {};
  if (syn) options = synOptions(tcb, config, now, ack);
  else if (tcb.timestampsOk && !ordered.includes('RST')) {
    options = { timestamps: { value: tsValue(tcb, now), echo: tcb.tsRecent } };
  }
  // RFC 7323 §2.2: "The window field in a segment where the SYN bit is set (i.e., a <SYN> or
  // <SYN,ACK>) MUST NOT be scaled."
  const window = syn ? Math.min(tcb.rcvWnd, 65535) : windowField(tcb, config);
  return { seq, ack: ack ? tcb.rcvNxt : 0, flags: ordered, window, options, payload };
}

/**
 * What sending `seg` does to the TCB: the ACK it carries settles any pending
 * acknowledgement, and a segment occupying sequence space starts the
 * retransmission timer if it is not running (RFC 6298 §5.1) and may be timed
 * for an RTT sample (Karn's algorithm: never a retransmission).
 */
export function noteSent(
  tcb: Draft,
  seg: TcpSegment,
  now: number,
  retransmission: boolean,
  config?: TcpConfig,
): void {
  // Linux (tcp_event_data_sent): sending data within the delayed-ACK timeout of receiving some
  // means the exchange is interactive; enter ping-pong mode, where ACKs wait to ride on data.
  const delayed = config?.delayedAck;
  if (delayed && seg.payload.length > 0 && tcb.lastDataAt !== null) {
    if (now - tcb.lastDataAt < delayed.timeoutMs) tcb.pingpong = true;
  }
  if (seg.flags.includes('ACK')) {
    tcb.delackDeadline = null;
    tcb.unackedReceived = 0;
  }
  const len = segLen(seg);
  if (len === 0) return;
  const end = seqAdd(seg.seq, len);
  if (((end - tcb.sndNxt) | 0) > 0) tcb.sndNxt = end;
  // RFC 6298 §5.1: "Every time a packet containing data is sent (including a retransmission),
  // if the timer is not running, start it running so that it will expire after RTO seconds".
  if (tcb.rtxDeadline === null) tcb.rtxDeadline = now + tcb.rto;
  if (!retransmission && tcb.rttProbe === null) tcb.rttProbe = { seq: end, sentAt: now };
}

/** `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>`: the acknowledgement the RFC sends everywhere. */
export function formAck(tcb: Draft, config: TcpConfig, now: number): TcpSegment {
  const seg = formSegment(tcb, config, now, tcb.sndNxt, ['ACK']);
  noteSent(tcb, seg, now, false);
  return seg;
}

/**
 * A reset formed without a TCB (RFC 9293 §3.10.7.1 and the "send a reset"
 * cases of §3.10.7.2–3): `<SEQ=seq><CTL=RST>`, or with `ack` given
 * `<SEQ=seq><ACK=ack><CTL=RST,ACK>`. No options, window 0.
 */
export function formReset(seq: number, ack: number | null): TcpSegment {
  return {
    seq: seq >>> 0,
    ack: ack === null ? 0 : ack >>> 0,
    flags: ack === null ? ['RST'] : flagsOf('RST', 'ACK'),
    window: 0,
    options: {},
    payload: '',
  };
}
