/**
 * What the capture reader returns: plain data (no classes). A segment's
 * payload is a view of the octets as read, not a string: making 100,000
 * strings of a capture's payloads, most of which nobody looks at, was half
 * the time of reading it. The timeline (timeline.ts) turns the payloads of
 * the one conversation shown into binary strings, as the simulator's are.
 */
import type { SegmentOptions, TcpFlag } from '../timeline/types';

/** The TCP header bits other than the five in `TcpFlag` (RFC 9293 §3.1, RFC 3168 §6.1). */
export type OtherTcpFlag = 'URG' | 'ECE' | 'CWR' | 'AE';

export interface CapturedOptions extends SegmentOptions {
  /** RFC 2018 §3: SACK blocks, absolute sequence numbers, right edge exclusive. */
  sack?: { left: number; right: number }[];
  /**
   * Every option kind in header order, NOP (1) and EOL (0) included, the way
   * Wireshark's `tcp.option_kind` lists them.
   */
  kinds: number[];
  /** Options this reader does not interpret, with their data as a binary string. */
  unknown?: { kind: number; data: string }[];
  /** Set when an option's length byte was below 2 or ran past the header: parsing stopped there. */
  malformed?: boolean;
}

export interface CapturedSegment {
  /** 1-based position of the packet record in the file, counting every record (Wireshark's frame number). */
  frame: number;
  /** Milliseconds since the first packet record of the file (Wireshark's frame.time_relative × 1000). */
  time: number;
  /** The frame's length on the wire (Wireshark's frame.len), which conversations count as bytes. */
  frameLength: number;
  /** 802.1Q VLAN identifiers of the frame, outermost first; absent when untagged. */
  vlans?: number[];
  ipVersion: 4 | 6;
  /** Dotted quad, or RFC 5952 text for IPv6. */
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  /** The flags that are set, in the order SYN FIN RST PSH ACK. */
  flags: TcpFlag[];
  /** The other flag bits that are set, in the order URG ECE CWR AE. */
  otherFlags: OtherTcpFlag[];
  /** SEG.SEQ as carried, absolute. */
  seq: number;
  /** The acknowledgment field as carried, even when the ACK flag is off. */
  ack: number;
  /** The window field as carried, not scaled. */
  window: number;
  urgentPointer: number;
  /** Not verified: on loopback and with checksum offload the kernel leaves it unfinished. */
  checksum: number;
  /** Data offset × 4: the TCP header's length in octets, options included. */
  headerLength: number;
  options: CapturedOptions;
  /** Payload octets according to the IP header (what Wireshark calls Len). */
  length: number;
  /** The payload octets that were captured: a view into the file as read (never changed). */
  payload: Uint8Array;
  /** True when the capture kept fewer payload octets than `length` (snap length). */
  truncated: boolean;
}

export type CaptureErrorCode =
  | 'empty'
  | 'unknown-format'
  | 'truncated-header'
  | 'unsupported-version'
  | 'unsupported-link-type'
  | 'truncated-record'
  | 'record-too-long'
  | 'truncated-block'
  | 'bad-block-length'
  | 'block-length-mismatch'
  | 'bad-byte-order-magic'
  | 'missing-section-header'
  | 'unknown-interface'
  | 'bad-block-body'
  | 'bad-option'
  | 'too-large';

export interface CaptureError {
  code: CaptureErrorCode;
  /** Byte offset in the file where the problem is. */
  offset: number;
  /** The packet (frame number) the problem is in, when it is in one. */
  frame: number | null;
  /** One sentence for people: what was expected and what was found. */
  explanation: string;
}

/** Something worth saying about a file that is read anyway. */
export type CaptureWarningCode =
  /** One packet could not be decoded and was skipped: */
  | 'truncated-frame'
  | 'bad-ip-header'
  | 'ip-fragment'
  | 'bad-tcp-header'
  /** About the file as a whole: */
  | 'huge-snaplen'
  | 'no-packets'
  | 'no-tcp';

export interface CaptureWarning {
  code: CaptureWarningCode;
  /** The packet it concerns; null for a warning about the whole file. */
  frame: number | null;
  offset: number;
  explanation: string;
}

/** Packets that are not TCP, counted under a protocol's name (`UDP`, `ARP`, `EtherType 0x88b5`…). */
export interface OtherTraffic {
  protocol: string;
  packets: number;
  /** The first packet of this protocol, so that it can be found in Wireshark. */
  firstFrame: number;
}

export interface CaptureSummary {
  format: 'pcap' | 'pcapng';
  /** Packet records read: Wireshark's frame count. */
  frames: number;
  /** Of those, the TCP segments read (a packet that could not be decoded is a warning instead). */
  tcpPackets: number;
  /** Everything else, by protocol, in order of first appearance. */
  other: OtherTraffic[];
  /** The first warnings (at most MAX_WARNINGS); `warningCount` counts them all. */
  warnings: CaptureWarning[];
  warningCount: number;
  /**
   * Why reading stopped before the end of the file, when it did (a record cut
   * short, a length no record can have, a file too large): the packets before
   * are kept, as tshark keeps them, and this says where the damage starts.
   */
  damage: CaptureError | null;
  /** Seconds since 1970 of the first packet record (frame 1), null when there is none. */
  startedAt: number | null;
}

export type CaptureResult =
  | ({ ok: true; packets: CapturedSegment[] } & CaptureSummary)
  /** Nothing could be read: not a capture, or broken before its first packet. */
  | { ok: false; error: CaptureError };
