/**
 * The pcapng format, as described by draft-ietf-opsawg-pcapng ("PCAP Next
 * Generation (pcapng) Capture File Format"). A file is a sequence of blocks
 * (§3.1), each framed the same way so that a reader can skip what it does not
 * know:
 *
 *   block type (4)  block total length (4)  body (padded to 32 bits)  block total length (4)
 *
 * A Section Header Block starts each section and fixes its byte order (§4.1);
 * Interface Description Blocks define the interfaces of the section (§4.2);
 * packets come in Enhanced (§4.3), Simple (§4.4) or the obsolete Packet
 * Blocks (Appendix A). Everything else (name resolution, statistics, custom,
 * decryption secrets…) is skipped.
 */
import {
  type ContainerResult,
  failure,
  hex,
  type RawPacket,
  type Timestamp,
  u16,
  u32,
} from './bytes';
import type { CaptureError } from './types';

export const SECTION_HEADER = 0x0a0d0d0a;
const INTERFACE_DESCRIPTION = 0x00000001;
const OBSOLETE_PACKET = 0x00000002;
const SIMPLE_PACKET = 0x00000003;
const ENHANCED_PACKET = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

// §4.2: interface options that change how timestamps are read.
const OPT_END = 0;
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

interface Interface {
  linkType: number;
  snapLength: number;
  /** Timestamp units per second (if_tsresol; 10^6 when absent). */
  unitsPerSecond: bigint;
  /** Seconds to add to every timestamp (if_tsoffset). */
  offsetSeconds: number;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: CaptureError };

export function isPcapng(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === SECTION_HEADER;
}

export function readPcapng(bytes: Uint8Array): ContainerResult {
  const packets: RawPacket[] = [];
  let interfaces: Interface[] = [];
  let little = true;
  let inSection = false;
  let lastTime: Timestamp | null = null;
  let at = 0;

  while (at < bytes.length) {
    if (bytes.length - at < 12) {
      return failure(
        'truncated-block',
        at,
        `A block needs at least 12 octets (type, length, trailing length); only ${bytes.length - at} are left.`,
      );
    }
    // The Section Header Block's type reads the same in both byte orders.
    const isSection = u32(bytes, at) === SECTION_HEADER;
    if (isSection) {
      const magic = u32(bytes, at + 8, false);
      if (magic === BYTE_ORDER_MAGIC) little = false;
      else if (magic === 0x4d3c2b1a) little = true;
      else {
        return failure(
          'bad-byte-order-magic',
          at + 8,
          `A Section Header Block's byte-order magic is 0x1a2b3c4d in either byte order; found ${hex(magic)}.`,
        );
      }
    } else if (!inSection) {
      return failure(
        'missing-section-header',
        at,
        `A pcapng file starts with a Section Header Block (${hex(SECTION_HEADER)}); found block type ${hex(u32(bytes, at, little))}.`,
      );
    }
    const type = u32(bytes, at, little);
    const length = u32(bytes, at + 4, little);
    if (length < 12 || length % 4 !== 0) {
      return failure(
        'bad-block-length',
        at + 4,
        `A block's total length is a multiple of 4 and at least 12 (§3.1); block type ${hex(type)} says ${length}.`,
      );
    }
    if (length > bytes.length - at) {
      return failure(
        'truncated-block',
        at,
        `Block type ${hex(type)} says it is ${length} octets long; only ${bytes.length - at} are left.`,
      );
    }
    const trailing = u32(bytes, at + length - 4, little);
    if (trailing !== length) {
      return failure(
        'block-length-mismatch',
        at + length - 4,
        `Block type ${hex(type)} starts with total length ${length} but ends with ${trailing} (§3.1: they are equal).`,
      );
    }
    const block = { bytes, at, length, little };

    if (type === SECTION_HEADER) {
      if (length < 28) return bodyTooShort(type, at, length, 28);
      const major = u16(bytes, at + 12, little);
      const minor = u16(bytes, at + 14, little);
      if (major !== 1) {
        return failure(
          'unsupported-version',
          at + 12,
          `pcapng version ${major}.${minor} is not supported: only version 1.x is.`,
        );
      }
      // §4.1: interfaces are numbered per section.
      interfaces = [];
      inSection = true;
    } else if (type === INTERFACE_DESCRIPTION) {
      const parsed = readInterface(block);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      interfaces.push(parsed.value);
    } else if (type === ENHANCED_PACKET || type === OBSOLETE_PACKET) {
      const enhanced = type === ENHANCED_PACKET;
      if (length < 32) return bodyTooShort(type, at, length, 32);
      // Appendix A: the obsolete block has a 16-bit interface id and a 16-bit drops count.
      const id = enhanced ? u32(bytes, at + 8, little) : u16(bytes, at + 8, little);
      const iface = interfaces[id];
      if (!iface) return unknownInterface(at + 8, id, interfaces.length);
      const captured = u32(bytes, at + 20, little);
      const original = u32(bytes, at + 24, little);
      if (captured > length - 32) {
        return failure(
          'bad-block-body',
          at + 20,
          `The packet block says ${captured} octets were captured but has room for ${length - 32}.`,
        );
      }
      lastTime = timestamp(iface, u32(bytes, at + 12, little), u32(bytes, at + 16, little));
      packets.push({
        frame: packets.length + 1,
        offset: at + 28,
        data: bytes.subarray(at + 28, at + 28 + captured),
        originalLength: original,
        linkType: iface.linkType,
        time: lastTime,
      });
    } else if (type === SIMPLE_PACKET) {
      if (length < 16) return bodyTooShort(type, at, length, 16);
      // §4.4: a Simple Packet Block belongs to the section's first interface.
      const iface = interfaces[0];
      if (!iface) return unknownInterface(at, 0, 0);
      const original = u32(bytes, at + 8, little);
      // §4.4: the captured length is the smaller of the original length and
      // the room in the block (and the snap length, when there is one).
      let captured = Math.min(original, length - 16);
      if (iface.snapLength > 0) captured = Math.min(captured, iface.snapLength);
      packets.push({
        frame: packets.length + 1,
        offset: at + 12,
        data: bytes.subarray(at + 12, at + 12 + captured),
        originalLength: original,
        linkType: iface.linkType,
        // §4.4: it carries no timestamp; reuse the previous packet's.
        time: lastTime ?? { seconds: 0, fraction: 0 },
      });
    }
    // Any other block type: skipped whole, as §3.1 allows.
    at += length;
  }
  return { ok: true, packets };
}

interface Block {
  bytes: Uint8Array;
  at: number;
  length: number;
  little: boolean;
}

function readInterface({ bytes, at, length, little }: Block): Step<Interface> {
  if (length < 20) return bodyTooShort(INTERFACE_DESCRIPTION, at, length, 20);
  const iface: Interface = {
    linkType: u16(bytes, at + 8, little),
    snapLength: u32(bytes, at + 12, little),
    unitsPerSecond: 1_000_000n,
    offsetSeconds: 0,
  };
  // §3.5: options are code (2), length (2), value padded to 32 bits.
  const end = at + length - 4;
  let opt = at + 16;
  while (opt + 4 <= end) {
    const code = u16(bytes, opt, little);
    const size = u16(bytes, opt + 2, little);
    if (code === OPT_END) break;
    const value = opt + 4;
    if (value + size > end) {
      return {
        ok: false,
        error: {
          code: 'bad-option',
          offset: opt + 2,
          explanation: `Interface option ${code} says it has ${size} octets; the block has ${end - value} left.`,
        },
      };
    }
    if (code === IF_TSRESOL && size >= 1) {
      const resolution = bytes[value] ?? 6;
      // §4.2: the top bit chooses a power of 2, otherwise a power of 10.
      const exponent = BigInt(resolution & 0x7f);
      iface.unitsPerSecond = resolution & 0x80 ? 2n ** exponent : 10n ** exponent;
    } else if (code === IF_TSOFFSET && size >= 8) {
      const high = u32(bytes, value + (little ? 4 : 0), little) | 0;
      const low = u32(bytes, value + (little ? 0 : 4), little);
      iface.offsetSeconds = high * 2 ** 32 + low;
    }
    opt = value + Math.ceil(size / 4) * 4;
  }
  return { ok: true, value: iface };
}

/** §4.3: the timestamp is a 64-bit count of the interface's units since 1970. */
function timestamp(iface: Interface, high: number, low: number): Timestamp {
  const count = (BigInt(high) << 32n) | BigInt(low);
  const units = iface.unitsPerSecond;
  return {
    seconds: Number(count / units) + iface.offsetSeconds,
    fraction: Number(count % units) / Number(units),
  };
}

function bodyTooShort(type: number, at: number, length: number, minimum: number) {
  return failure(
    'bad-block-body',
    at + 4,
    `Block type ${hex(type)} has at least ${minimum} octets; this one says ${length}.`,
  );
}

function unknownInterface(offset: number, id: number, count: number) {
  return failure(
    'unknown-interface',
    offset,
    `A packet refers to interface ${id}, but the section has described ${count} interface${count === 1 ? '' : 's'}.`,
  );
}
