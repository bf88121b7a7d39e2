/**
 * The TCP header, RFC 9293 §3.1:
 *
 *   source port (16)  destination port (16)
 *   sequence number (32)
 *   acknowledgment number (32)
 *   data offset (4)  reserved (3) AE (1)  CWR ECE URG ACK PSH RST SYN FIN  window (16)
 *   checksum (16)  urgent pointer (16)
 *   options (data offset × 4 − 20 octets)
 *
 * and its options (RFC 9293 §3.2): EOL, NOP, MSS (§3.7.1), window scale and
 * timestamps (RFC 7323 §2.2, §3.2), SACK-permitted and SACK (RFC 2018 §2, §3).
 */

import { bytesToBinary } from '../timeline/bytes';
import type { TcpFlag } from '../timeline/types';
import { u8, u16, u32 } from './bytes';
import type { CapturedOptions, OtherTcpFlag } from './types';

export interface TcpHeader {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: TcpFlag[];
  otherFlags: OtherTcpFlag[];
  window: number;
  checksum: number;
  urgentPointer: number;
  headerLength: number;
  options: CapturedOptions;
}

export type TcpResult =
  | { kind: 'tcp'; header: TcpHeader }
  | {
      kind: 'problem';
      code: 'truncated-frame' | 'bad-tcp-header';
      at: number;
      explanation: string;
    };

// The flag bits of octet 13, in the order the timeline lists them (types.ts: TcpFlag).
const FLAG_BITS: [TcpFlag, number][] = [
  ['SYN', 0x02],
  ['FIN', 0x01],
  ['RST', 0x04],
  ['PSH', 0x08],
  ['ACK', 0x10],
];
const OTHER_BITS: [OtherTcpFlag, number][] = [
  ['URG', 0x20],
  ['ECE', 0x40],
  ['CWR', 0x80],
];

/**
 * Decodes the header at `start`; `end` is where the IP payload ends by the IP
 * header (the segment may have been captured only in part).
 */
export function decodeTcp(frame: Uint8Array, start: number, end: number): TcpResult {
  if (end - start < 20) {
    return problem(
      'bad-tcp-header',
      start,
      `The IP header leaves ${end - start} octets for TCP; its header alone has at least 20.`,
    );
  }
  if (frame.length - start < 20) {
    return problem(
      'truncated-frame',
      start,
      `The frame ends ${frame.length - start} octets into the TCP header, which has at least 20.`,
    );
  }
  const headerLength = (u8(frame, start + 12) >> 4) * 4;
  if (headerLength < 20) {
    return problem(
      'bad-tcp-header',
      start + 12,
      `The TCP data offset is ${headerLength / 4}; the minimum is 5 (20 octets).`,
    );
  }
  if (headerLength > end - start) {
    return problem(
      'bad-tcp-header',
      start + 12,
      `The TCP header says it has ${headerLength} octets; the IP header leaves ${end - start}.`,
    );
  }
  if (headerLength > frame.length - start) {
    return problem(
      'truncated-frame',
      start + 12,
      `The TCP header has ${headerLength} octets; the frame ends after ${frame.length - start}.`,
    );
  }
  const bits = u8(frame, start + 13);
  const otherFlags = namesOf(OTHER_BITS, bits);
  // The AE bit (AccECN; RFC 3540's NS before) is the last bit of octet 12.
  if (u8(frame, start + 12) & 0x01) otherFlags.push('AE');
  return {
    kind: 'tcp',
    header: {
      srcPort: u16(frame, start),
      dstPort: u16(frame, start + 2),
      seq: u32(frame, start + 4),
      ack: u32(frame, start + 8),
      flags: namesOf(FLAG_BITS, bits),
      otherFlags,
      window: u16(frame, start + 14),
      checksum: u16(frame, start + 16),
      urgentPointer: u16(frame, start + 18),
      headerLength,
      options: decodeOptions(frame.subarray(start + 20, start + headerLength)),
    },
  };
}

/** The names of the bits set in `bits`, in the table's order. */
function namesOf<T>(table: [T, number][], bits: number): T[] {
  const names: T[] = [];
  for (const [name, bit] of table) if (bits & bit) names.push(name);
  return names;
}

/** The length each known option must have (RFC 9293 §3.2, RFC 7323, RFC 2018). */
const OPTION_LENGTH: Record<number, number> = { 2: 4, 3: 3, 4: 2, 8: 10 };

export function decodeOptions(bytes: Uint8Array): CapturedOptions {
  const options: CapturedOptions = { kinds: [] };
  let at = 0;
  while (at < bytes.length) {
    const kind = u8(bytes, at);
    options.kinds.push(kind);
    // §3.2: End of Option List; what follows is padding.
    if (kind === 0) break;
    if (kind === 1) {
      at++;
      continue;
    }
    const length = u8(bytes, at + 1);
    // A length below 2 or past the header leaves no way to find the next option.
    if (at + 1 >= bytes.length || length < 2 || at + length > bytes.length) {
      options.malformed = true;
      break;
    }
    // The option's data starts after its kind and length octets.
    const data = at + 2;
    const expected = OPTION_LENGTH[kind];
    if (expected !== undefined && length !== expected) {
      options.malformed = true;
    } else if (kind === 2) {
      options.mss = u16(bytes, data);
    } else if (kind === 3) {
      options.windowScale = u8(bytes, data);
    } else if (kind === 4) {
      options.sackPermitted = true;
    } else if (kind === 8) {
      options.timestamps = { value: u32(bytes, data), echo: u32(bytes, data + 4) };
    } else if (kind === 5 && (length - 2) % 8 === 0) {
      options.sack = [];
      for (let i = data; i < at + length; i += 8) {
        options.sack.push({ left: u32(bytes, i), right: u32(bytes, i + 4) });
      }
    } else {
      if (kind === 5) options.malformed = true;
      options.unknown ??= [];
      options.unknown.push({ kind, data: bytesToBinary(bytes.subarray(data, at + length)) });
    }
    at += length;
  }
  return options;
}

function problem(
  code: 'truncated-frame' | 'bad-tcp-header',
  at: number,
  explanation: string,
): TcpResult {
  return { kind: 'problem', code, at, explanation };
}
