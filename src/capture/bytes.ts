/**
 * Small helpers shared by the container readers (pcap, pcapng) and the
 * protocol decoders. Every read is bounds-safe: past the end it yields 0
 * rather than throwing, and callers check lengths first so that such a 0 is
 * never taken for data.
 */
import type { CaptureError, CaptureErrorCode } from './types';

export function u8(bytes: Uint8Array, at: number): number {
  return bytes[at] ?? 0;
}

export function u16(bytes: Uint8Array, at: number, little = false): number {
  const a = u8(bytes, at);
  const b = u8(bytes, at + 1);
  return little ? a | (b << 8) : (a << 8) | b;
}

export function u32(bytes: Uint8Array, at: number, little = false): number {
  const a = u8(bytes, at);
  const b = u8(bytes, at + 1);
  const c = u8(bytes, at + 2);
  const d = u8(bytes, at + 3);
  // `>>> 0` keeps the result unsigned (bitwise operators work on int32).
  return little
    ? (a | (b << 8) | (c << 16) | (d << 24)) >>> 0
    : ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

export function hex(value: number, digits = 8): string {
  return `0x${value.toString(16).padStart(digits, '0')}`;
}

export function captureError(
  code: CaptureErrorCode,
  offset: number,
  explanation: string,
  frame: number | null = null,
): CaptureError {
  return { code, offset, frame, explanation };
}

/**
 * A point in time as whole seconds plus a fraction of a second. Kept apart
 * because a nanosecond count since 1970 does not fit a double exactly, while
 * differences between packets of one capture do.
 */
export interface Timestamp {
  seconds: number;
  fraction: number;
}

/** One packet record as the container gives it, before any protocol is decoded. */
export interface RawPacket {
  /** 1-based position among the file's packet records. */
  frame: number;
  /** Byte offset in the file of the packet's first captured octet. */
  offset: number;
  /** The captured octets: a view of the reader's own copy of the file, never changed. */
  data: Uint8Array;
  /** The packet's length on the wire (can exceed `data.length` when the snap length cut it). */
  originalLength: number;
  /** LINKTYPE_* value (https://www.tcpdump.org/linktypes.html). */
  linkType: number;
  time: Timestamp;
}

/**
 * What a container reader makes of the octets at the read position: one
 * unit (the file header, a packet record, a block) at a time, so that the
 * file can be fed in chunks and never has to be in memory whole.
 */
export type ContainerStep =
  /** The unit at the read position is not complete yet: it needs `need` octets in all. */
  | { kind: 'more'; need: number }
  /** A packet, `size` octets of file consumed. */
  | { kind: 'packet'; size: number; packet: RawPacket }
  /** A unit that carries no packet (file header, interface, statistics…), `size` octets consumed. */
  | { kind: 'skip'; size: number; warning?: { code: 'huge-snaplen'; explanation: string } }
  /** The file cannot be read on from here. */
  | { kind: 'error'; error: CaptureError };

export interface Container {
  /**
   * Reads the unit that starts at `at` in `view`; `offset` is the file offset
   * of `view[at]`, so that errors and packets can say where they are.
   */
  step(view: Uint8Array, at: number, offset: number): ContainerStep;
  /**
   * Why the file cannot end here: `rest` is the incomplete unit the file
   * ends in, starting at file offset `offset`.
   */
  cutShort(rest: Uint8Array, offset: number): CaptureError;
  /** The number of packet records read so far. */
  readonly frames: number;
}

/**
 * The largest packet record a reader accepts: Wireshark's
 * WTAP_MAX_PACKET_SIZE_STANDARD (262144). A length field above it is damage,
 * not a packet to wait for: without this limit a corrupted length of 2³² − 1
 * would make the reader wait for four gigabytes.
 */
export const MAX_PACKET_OCTETS = 262_144;
