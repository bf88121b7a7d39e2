/**
 * What the capture reader returns. Plain, JSON-serialisable data like the
 * timeline (binary strings for bytes, no classes), so that a capture can be
 * handed to the same views as a simulated session.
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
  /** The payload octets that were captured, as a binary string. */
  payload: string;
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
  | 'truncated-block'
  | 'bad-block-length'
  | 'block-length-mismatch'
  | 'bad-byte-order-magic'
  | 'missing-section-header'
  | 'unknown-interface'
  | 'bad-block-body'
  | 'bad-option';

export interface CaptureError {
  code: CaptureErrorCode;
  /** Byte offset in the input where the problem is. */
  offset: number;
  /** One sentence for people: what was expected and what was found. */
  explanation: string;
}

/** Why one packet was skipped although the file around it is sound. */
export type CaptureWarningCode =
  | 'unsupported-link-type'
  | 'truncated-frame'
  | 'bad-ip-header'
  | 'ip-fragment'
  | 'bad-tcp-header';

export interface CaptureWarning {
  code: CaptureWarningCode;
  frame: number;
  offset: number;
  explanation: string;
}

export type CaptureResult =
  | {
      ok: true;
      format: 'pcap' | 'pcapng';
      packets: CapturedSegment[];
      /** Packet records that are not TCP, or that could not be decoded (see `warnings`). */
      skipped: number;
      warnings: CaptureWarning[];
    }
  | { ok: false; error: CaptureError };
