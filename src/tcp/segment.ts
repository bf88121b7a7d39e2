/**
 * A TCP segment as the state machine sees it: header fields and payload, with
 * no timing and no identity. The simulation wraps it into a timeline
 * `Segment` (with ids, times and relative numbers) when it goes on the wire.
 */

/** The TCP header flags a segment can carry, in the order Wireshark prints them. */
export type TcpFlag = 'SYN' | 'FIN' | 'RST' | 'PSH' | 'ACK';

export interface SegmentOptions {
  /** RFC 9293 §3.7.1: Maximum Segment Size option, only on SYN segments. */
  mss?: number;
  /** RFC 7323 §2: window scale shift count (linux profile only). */
  windowScale?: number;
  /** RFC 2018: SACK permitted (linux profile only). */
  sackPermitted?: boolean;
  /** RFC 7323 §3: timestamps TSval / TSecr (linux profile only). */
  timestamps?: { value: number; echo: number };
}

export interface TcpSegment {
  /** SEG.SEQ */
  readonly seq: number;
  /** SEG.ACK; 0 when the ACK flag is off. */
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  /** SEG.WND as carried in the header (before any window scaling). */
  readonly window: number;
  readonly options: SegmentOptions;
  /** The payload as a binary string (one char per octet). */
  readonly payload: string;
}

/** Header bit order (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10): how Wireshark lists them. */
const FLAG_ORDER: readonly TcpFlag[] = ['FIN', 'SYN', 'RST', 'PSH', 'ACK'];

export function flagsOf(...flags: TcpFlag[]): TcpFlag[] {
  return FLAG_ORDER.filter((f) => flags.includes(f));
}

export function hasFlag(seg: { flags: readonly TcpFlag[] }, flag: TcpFlag): boolean {
  return seg.flags.includes(flag);
}

/**
 * RFC 9293 §3.4: "SEG.LEN = the number of octets occupied by the data in the
 * segment (counting SYN and FIN)".
 */
export function segLen(seg: TcpSegment): number {
  return seg.payload.length + (hasFlag(seg, 'SYN') ? 1 : 0) + (hasFlag(seg, 'FIN') ? 1 : 0);
}

/** Octets of TCP options on the wire, padded to a multiple of four (RFC 9293 §3.1). */
export function optionsLength(options: SegmentOptions): number {
  let n = 0;
  if (options.mss !== undefined) n += 4; // kind 2, length 4
  if (options.sackPermitted) n += 2; // kind 4, length 2
  if (options.timestamps) n += 10; // kind 8, length 10
  if (options.windowScale !== undefined) n += 3; // kind 3, length 3
  return Math.ceil(n / 4) * 4;
}

/** Octets on the wire for the link's serialisation delay: IPv4 header, TCP header, options, payload. */
export function wireLength(seg: TcpSegment): number {
  return 20 + 20 + optionsLength(seg.options) + seg.payload.length;
}

/** A short label such as `SYN,ACK seq=0 ack=1 len=0`, for errors and debugging. */
export function describeSegment(seg: TcpSegment): string {
  return `${seg.flags.join(',')} seq=${seg.seq} ack=${seg.ack} len=${seg.payload.length}`;
}
