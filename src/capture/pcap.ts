/**
 * The classic libpcap file format, as described by draft-ietf-opsawg-pcap
 * ("PCAP Capture File Format") and pcap-savefile(5):
 *
 *   file header (24 octets)          §4
 *     magic (4)  version major (2) minor (2)  reserved (4) reserved (4)
 *     snap length (4)  link type and additional information (4)
 *   packet records                   §5
 *     timestamp seconds (4)  timestamp microseconds or nanoseconds (4)
 *     captured length (4)  original length (4)  packet data (captured length)
 *
 * The magic number says both the byte order the writer used and the
 * resolution of the second timestamp field. Read one unit at a time (the
 * header, then each record), so that the file can arrive in chunks.
 */
import {
  type Container,
  type ContainerStep,
  captureError,
  hex,
  MAX_PACKET_OCTETS,
  u16,
  u32,
} from './bytes';
import { isSupportedLinkType, SUPPORTED_LINK_TYPES } from './link';

const FILE_HEADER = 24;

interface Magic {
  little: boolean;
  /** Units of the timestamp's fraction field per second. */
  unitsPerSecond: number;
  /** Octets of record header: 16, or 24 in Alexey Kuznetzov's modified format. */
  recordHeader: number;
  name: string;
}

/** The magic numbers as they read in big-endian order (draft-ietf-opsawg-pcap §4). */
const MAGICS: Record<number, Omit<Magic, 'little'>> = {
  2712847316: { unitsPerSecond: 1e6, recordHeader: 16, name: 'pcap (microseconds)' },
  2712812621: { unitsPerSecond: 1e9, recordHeader: 16, name: 'pcap (nanoseconds)' },
  // Kuznetzov's patched libpcap added ifindex, protocol, pkt_type and padding.
  2712849716: { unitsPerSecond: 1e6, recordHeader: 24, name: 'modified pcap (Kuznetzov)' },
};

/** The pcap magic at the start of `bytes`, in whichever byte order, or null. */
export function pcapMagic(bytes: Uint8Array): Magic | null {
  if (bytes.length < 4) return null;
  const big = MAGICS[u32(bytes, 0, false)];
  if (big) return { ...big, little: false };
  const little = MAGICS[u32(bytes, 0, true)];
  if (little) return { ...little, little: true };
  return null;
}

export function createPcapContainer(): Container {
  let magic: Magic | null = null;
  let linkType = 0;
  let frames = 0;

  function header(view: Uint8Array, at: number): ContainerStep {
    if (view.length - at < FILE_HEADER) return { kind: 'more', need: FILE_HEADER };
    const bytes = view.subarray(at, at + FILE_HEADER);
    const found = pcapMagic(bytes);
    if (!found) {
      return error('unknown-format', 0, `${hex(u32(bytes, 0))} is not a pcap magic number.`);
    }
    const { little } = found;
    const major = u16(bytes, 4, little);
    const minor = u16(bytes, 6, little);
    // §4: version 2.4 since 1998; readers accept any 2.x (2.3 files exist).
    if (major !== 2) {
      return error(
        'unsupported-version',
        4,
        `pcap version ${major}.${minor} is not supported: only version 2.x is.`,
      );
    }
    // §4: the link type is the lower 16 bits; the upper bits say how long the FCS is.
    linkType = u32(bytes, 20, little) & 0xffff;
    if (!isSupportedLinkType(linkType)) {
      return error(
        'unsupported-link-type',
        20,
        `Link type ${linkType} is not supported (${SUPPORTED_LINK_TYPES} are).`,
      );
    }
    magic = found;
    const snapLength = u32(bytes, 16, little);
    if (snapLength > MAX_PACKET_OCTETS) {
      return {
        kind: 'skip',
        size: FILE_HEADER,
        warning: {
          code: 'huge-snaplen',
          explanation: `The file header's snap length is ${snapLength} octets, more than any packet record may hold (${MAX_PACKET_OCTETS}); each record's own length is used.`,
        },
      };
    }
    return { kind: 'skip', size: FILE_HEADER };
  }

  function record(found: Magic, view: Uint8Array, at: number, offset: number): ContainerStep {
    const { little, recordHeader } = found;
    const frame = frames + 1;
    if (view.length - at < recordHeader) return { kind: 'more', need: recordHeader };
    const captured = u32(view, at + 8, little);
    if (captured > MAX_PACKET_OCTETS) {
      return error(
        'record-too-long',
        offset + 8,
        `Packet record ${frame} says ${captured} octets were captured; no record may hold more than ${MAX_PACKET_OCTETS}: the file is damaged here.`,
        frame,
      );
    }
    const size = recordHeader + captured;
    if (view.length - at < size) return { kind: 'more', need: size };
    frames = frame;
    return {
      kind: 'packet',
      size,
      packet: {
        frame,
        offset: offset + recordHeader,
        data: view.subarray(at + recordHeader, at + size),
        originalLength: u32(view, at + 12, little),
        linkType,
        time: {
          seconds: u32(view, at, little),
          fraction: u32(view, at + 4, little) / found.unitsPerSecond,
        },
      },
    };
  }

  return {
    get frames() {
      return frames;
    },
    step(view, at, offset) {
      return magic ? record(magic, view, at, offset) : header(view, at);
    },
    cutShort(rest, offset) {
      if (!magic) {
        return captureError(
          'truncated-header',
          offset + rest.length,
          `A pcap file header has ${FILE_HEADER} octets; the file ends after ${rest.length}.`,
        );
      }
      const frame = frames + 1;
      if (rest.length < magic.recordHeader) {
        return captureError(
          'truncated-record',
          offset,
          `Packet record ${frame} needs a ${magic.recordHeader}-octet header; the file ends ${rest.length} octets into it.`,
          frame,
        );
      }
      const captured = u32(rest, 8, magic.little);
      return captureError(
        'truncated-record',
        offset + 8,
        `Packet record ${frame} says ${captured} octets were captured; the file ends after ${rest.length - magic.recordHeader} of them.`,
        frame,
      );
    },
  };
}

function error(
  code: Parameters<typeof captureError>[0],
  offset: number,
  explanation: string,
  frame: number | null = null,
): ContainerStep {
  return { kind: 'error', error: captureError(code, offset, explanation, frame) };
}
