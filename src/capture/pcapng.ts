/**
 * The pcapng format, as described by draft-ietf-opsawg-pcapng ("PCAP Next
 * Generation (pcapng) Capture File Format"). A file is a sequence of blocks
 * (§3.1), each framed the same way so that a reader can skip what it does not
 * know:
 *
 *   block type (4)  block total length (4)  body (padded to 32 bits)  block total length (4)
 *
 * A Section Header Block starts each section and fixes its byte order (§4.1);
 * Interface Description Blocks define the interfaces of the section (§4.2),
 * each with its own link type and timestamp resolution; packets come in
 * Enhanced (§4.3), Simple (§4.4) or the obsolete Packet Blocks (Appendix A).
 * Everything else (name resolution, statistics, custom, decryption
 * secrets…) is skipped. Read one block at a time, so that the file can arrive
 * in chunks.
 */
import {
  type Container,
  type ContainerStep,
  captureError,
  hex,
  MAX_PACKET_OCTETS,
  type Timestamp,
  u16,
  u32,
} from './bytes';
import type { CaptureError, CaptureErrorCode } from './types';

export const SECTION_HEADER = 0x0a0d0d0a;
const INTERFACE_DESCRIPTION = 0x00000001;
const OBSOLETE_PACKET = 0x00000002;
const SIMPLE_PACKET = 0x00000003;
const ENHANCED_PACKET = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const PACKET_BLOCKS = new Set([OBSOLETE_PACKET, SIMPLE_PACKET, ENHANCED_PACKET]);

/**
 * The longest block accepted: a largest packet plus room for its header and
 * options (Wireshark's pcapng reader has a limit of the same kind). A longer
 * total length is damage, not a block to wait for.
 */
const MAX_BLOCK_OCTETS = MAX_PACKET_OCTETS + 131_072;

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

export function isPcapng(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === SECTION_HEADER;
}

interface Block {
  bytes: Uint8Array;
  /** Where the block starts in `bytes`, and in the file. */
  at: number;
  offset: number;
  length: number;
  little: boolean;
}

export function createPcapngContainer(): Container {
  let interfaces: Interface[] = [];
  let little = true;
  let inSection = false;
  let lastTime: Timestamp | null = null;
  let frames = 0;

  function step(view: Uint8Array, at: number, offset: number): ContainerStep {
    if (view.length - at < 12) return { kind: 'more', need: 12 };
    // The Section Header Block's type reads the same in both byte orders.
    const isSection = u32(view, at) === SECTION_HEADER;
    if (isSection) {
      const magic = u32(view, at + 8, false);
      if (magic === BYTE_ORDER_MAGIC) little = false;
      else if (magic === 0x4d3c2b1a) little = true;
      else {
        return error(
          'bad-byte-order-magic',
          offset + 8,
          `A Section Header Block's byte-order magic is 0x1a2b3c4d in either byte order; found ${hex(magic)}.`,
        );
      }
    } else if (!inSection) {
      return error(
        'missing-section-header',
        offset,
        `A pcapng file starts with a Section Header Block (${hex(SECTION_HEADER)}); found block type ${hex(u32(view, at, little))}.`,
      );
    }
    const type = u32(view, at, little);
    const length = u32(view, at + 4, little);
    const frame = PACKET_BLOCKS.has(type) ? frames + 1 : null;
    if (length < 12 || length % 4 !== 0) {
      return error(
        'bad-block-length',
        offset + 4,
        `A block's total length is a multiple of 4 and at least 12 (§3.1); block type ${hex(type)} says ${length}.`,
        frame,
      );
    }
    if (length > MAX_BLOCK_OCTETS) {
      return error(
        'record-too-long',
        offset + 4,
        `Block type ${hex(type)} says it is ${length} octets long; no block may be longer than ${MAX_BLOCK_OCTETS}: the file is damaged here.`,
        frame,
      );
    }
    if (view.length - at < length) return { kind: 'more', need: length };
    const trailing = u32(view, at + length - 4, little);
    if (trailing !== length) {
      return error(
        'block-length-mismatch',
        offset + length - 4,
        `Block type ${hex(type)} starts with total length ${length} but ends with ${trailing} (§3.1: they are equal).`,
        frame,
      );
    }
    const block: Block = { bytes: view, at, offset, length, little };
    if (type === SECTION_HEADER) return section(block);
    if (type === INTERFACE_DESCRIPTION) return describeInterface(block);
    if (type === ENHANCED_PACKET || type === OBSOLETE_PACKET) return packet(block, type);
    if (type === SIMPLE_PACKET) return simplePacket(block);
    // Any other block type: skipped whole, as §3.1 allows.
    return { kind: 'skip', size: length };
  }

  function section({ bytes, at, offset, length }: Block): ContainerStep {
    if (length < 28) return bodyTooShort(SECTION_HEADER, offset, length, 28);
    const major = u16(bytes, at + 12, little);
    const minor = u16(bytes, at + 14, little);
    if (major !== 1) {
      return error(
        'unsupported-version',
        offset + 12,
        `pcapng version ${major}.${minor} is not supported: only version 1.x is.`,
      );
    }
    // §4.1: interfaces are numbered per section.
    interfaces = [];
    inSection = true;
    return { kind: 'skip', size: length };
  }

  function describeInterface(block: Block): ContainerStep {
    const parsed = readInterface(block);
    if ('code' in parsed) return { kind: 'error', error: parsed };
    // An unsupported link type is no error here: its packets are counted and named, the others read.
    interfaces.push(parsed);
    return { kind: 'skip', size: block.length };
  }

  function packet({ bytes, at, offset, length }: Block, type: number): ContainerStep {
    const enhanced = type === ENHANCED_PACKET;
    const frame = frames + 1;
    if (length < 32) return bodyTooShort(type, offset, length, 32, frame);
    // Appendix A: the obsolete block has a 16-bit interface id and a 16-bit drops count.
    const id = enhanced ? u32(bytes, at + 8, little) : u16(bytes, at + 8, little);
    const iface = interfaces[id];
    if (!iface) return unknownInterface(offset + 8, id, interfaces.length, frame);
    const captured = u32(bytes, at + 20, little);
    if (captured > length - 32) {
      return error(
        'bad-block-body',
        offset + 20,
        `Packet ${frame}'s block says ${captured} octets were captured but has room for ${length - 32}.`,
        frame,
      );
    }
    lastTime = timestamp(iface, u32(bytes, at + 12, little), u32(bytes, at + 16, little));
    frames = frame;
    return {
      kind: 'packet',
      size: length,
      packet: {
        frame,
        offset: offset + 28,
        data: bytes.subarray(at + 28, at + 28 + captured),
        originalLength: u32(bytes, at + 24, little),
        linkType: iface.linkType,
        time: lastTime,
      },
    };
  }

  function simplePacket({ bytes, at, offset, length }: Block): ContainerStep {
    const frame = frames + 1;
    if (length < 16) return bodyTooShort(SIMPLE_PACKET, offset, length, 16, frame);
    // §4.4: a Simple Packet Block belongs to the section's first interface.
    const iface = interfaces[0];
    if (!iface) return unknownInterface(offset, 0, 0, frame);
    const original = u32(bytes, at + 8, little);
    // §4.4: the captured length is the smaller of the original length and
    // the room in the block (and the snap length, when there is one).
    let captured = Math.min(original, length - 16);
    if (iface.snapLength > 0) captured = Math.min(captured, iface.snapLength);
    frames = frame;
    return {
      kind: 'packet',
      size: length,
      packet: {
        frame,
        offset: offset + 12,
        data: bytes.subarray(at + 12, at + 12 + captured),
        originalLength: original,
        linkType: iface.linkType,
        // §4.4: it carries no timestamp; the previous packet's is the best guess.
        time: lastTime ?? { seconds: 0, fraction: 0 },
      },
    };
  }

  function readInterface({ bytes, at, offset, length }: Block): Interface | CaptureError {
    if (length < 20) {
      return captureError(
        'bad-block-body',
        offset + 4,
        `Block type ${hex(INTERFACE_DESCRIPTION)} has at least 20 octets; this one says ${length}.`,
      );
    }
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
        return captureError(
          'bad-option',
          offset + (opt - at) + 2,
          `Interface option ${code} says it has ${size} octets; the block has ${end - value} left.`,
        );
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
    return iface;
  }

  return {
    get frames() {
      return frames;
    },
    step,
    cutShort(rest, offset) {
      if (rest.length < 12) {
        return captureError(
          'truncated-block',
          offset,
          `A block needs at least 12 octets (type, length, trailing length); the file ends ${rest.length} octets into one.`,
        );
      }
      const type = u32(rest, 0, little);
      const frame = PACKET_BLOCKS.has(type) ? frames + 1 : null;
      const what = frame ? `Packet ${frame}'s block` : `Block type ${hex(type)}`;
      return captureError(
        'truncated-block',
        offset,
        `${what} says it is ${u32(rest, 4, little)} octets long; the file ends after ${rest.length}.`,
        frame,
      );
    },
  };
}

/**
 * §4.3: the timestamp is a 64-bit count of the interface's units since 1970,
 * divided here into seconds and a fraction exactly. A nanosecond count of
 * today (about 2^60) does not fit a double's 53 bits, so the division is
 * done by hand, 16 bits at a time: each partial remainder times 2^16 stays
 * below 2^53 as long as the units per second are below 2^36 (every
 * resolution in use; BigInt for the rest).
 */
function timestamp(iface: Interface, high: number, low: number): Timestamp {
  const units = iface.unitsPerSecond;
  if (units >= 2n ** 36n) {
    const count = (BigInt(high) << 32n) | BigInt(low);
    return {
      seconds: Number(count / units) + iface.offsetSeconds,
      fraction: Number(count % units) / Number(units),
    };
  }
  const divisor = Number(units);
  let seconds = 0;
  let remainder = 0;
  for (const digit of [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff]) {
    const value = remainder * 65536 + digit;
    const quotient = Math.floor(value / divisor);
    seconds = seconds * 65536 + quotient;
    remainder = value - quotient * divisor;
  }
  return { seconds: seconds + iface.offsetSeconds, fraction: remainder / divisor };
}

function error(
  code: CaptureErrorCode,
  offset: number,
  explanation: string,
  frame: number | null = null,
): ContainerStep {
  return { kind: 'error', error: captureError(code, offset, explanation, frame) };
}

function bodyTooShort(
  type: number,
  offset: number,
  length: number,
  minimum: number,
  frame: number | null = null,
): ContainerStep {
  return error(
    'bad-block-body',
    offset + 4,
    `Block type ${hex(type)} has at least ${minimum} octets; this one says ${length}.`,
    frame,
  );
}

function unknownInterface(offset: number, id: number, count: number, frame: number) {
  return error(
    'unknown-interface',
    offset,
    `Packet ${frame} refers to interface ${id}, but the section has described ${count} interface${count === 1 ? '' : 's'}.`,
    frame,
  );
}
