/**
 * What a SYN's options set up (RFC 9293 §3.7.1 MSS, RFC 7323 window scale and
 * timestamps, RFC 2018 SACK-permitted), recorded in the TCB of the end that
 * receives it.
 */
import type { TcpConfig } from '../config';
import type { TcpSegment } from '../segment';
import type { Draft } from '../tcb';

/**
 * RFC 9293 §3.7.1: "If an MSS Option is not received at connection setup, TCP
 * implementations MUST assume a default send MSS of 536 (576 - 40) for IPv4".
 * The effective send MSS is also bounded by our own (the same link MTU).
 */
export function takeSynOptions(tcb: Draft, seg: TcpSegment, config: TcpConfig): void {
  tcb.sendMss = Math.min(seg.options.mss ?? 536, config.mss);
  tcb.sackOffered = config.sackPermitted && seg.options.sackPermitted === true;
  // RFC 7323 §2.2: scaling is in effect only if both SYNs carry the option.
  const peerShift = seg.options.windowScale;
  if (config.windowScale !== null && peerShift !== undefined) {
    tcb.windowScaleOffered = true;
    // RFC 7323 §2.3: a shift count above 14 is used as 14.
    tcb.sndWndShift = Math.min(peerShift, 14);
    tcb.rcvWndShift = config.windowScale;
  } else {
    tcb.windowScaleOffered = false;
    tcb.sndWndShift = 0;
    tcb.rcvWndShift = 0;
  }
  const ts = seg.options.timestamps;
  tcb.timestampsOk = config.timestamps && ts !== undefined;
  if (ts !== undefined) tcb.tsRecent = ts.value;
}

/** RFC 7323 §4.3: remember the peer's TSval to echo it back. */
export function takeTimestamp(tcb: Draft, seg: TcpSegment): void {
  if (tcb.timestampsOk && seg.options.timestamps) tcb.tsRecent = seg.options.timestamps.value;
}
