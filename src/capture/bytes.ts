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

export function failure(
  code: CaptureErrorCode,
  offset: number,
  explanation: string,
): { ok: false; error: CaptureError } {
  return { ok: false, error: { code, offset, explanation } };
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
  data: Uint8Array;
  /** The packet's length on the wire (can exceed `data.length` when the snap length cut it). */
  originalLength: number;
  /** LINKTYPE_* value (https://www.tcpdump.org/linktypes.html). */
  linkType: number;
  time: Timestamp;
}

export type ContainerResult =
  | { ok: true; packets: RawPacket[] }
  | { ok: false; error: CaptureError };
