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
 * resolution of the second timestamp field.
 */
import { type ContainerResult, failure, hex, type RawPacket, u16, u32 } from './bytes';
import { isSupportedLinkType } from './link';

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

export function readPcap(bytes: Uint8Array): ContainerResult {
  const magic = pcapMagic(bytes);
  if (!magic) {
    return failure('unknown-format', 0, `${hex(u32(bytes, 0))} is not a pcap magic number.`);
  }
  if (bytes.length < FILE_HEADER) {
    return failure(
      'truncated-header',
      bytes.length,
      `A pcap file header has ${FILE_HEADER} octets; the file ends after ${bytes.length}.`,
    );
  }
  const { little } = magic;
  const major = u16(bytes, 4, little);
  const minor = u16(bytes, 6, little);
  // §4: version 2.4 since 1998; readers accept any 2.x (2.3 files exist).
  if (major !== 2) {
    return failure(
      'unsupported-version',
      4,
      `pcap version ${major}.${minor} is not supported: only version 2.x is.`,
    );
  }
  // §4: the link type is the lower 16 bits; the upper bits say how long the FCS is.
  const linkType = u32(bytes, 20, little) & 0xffff;
  if (!isSupportedLinkType(linkType)) {
    return failure(
      'unsupported-link-type',
      20,
      `Link type ${linkType} is not supported (Ethernet, Linux cooked, raw IP and BSD loopback are).`,
    );
  }

  const packets: RawPacket[] = [];
  let at = FILE_HEADER;
  while (at < bytes.length) {
    const header = magic.recordHeader;
    if (at + header > bytes.length) {
      return failure(
        'truncated-record',
        at,
        `Packet record ${packets.length + 1} needs a ${header}-octet header; only ${bytes.length - at} octets are left.`,
      );
    }
    const seconds = u32(bytes, at, little);
    const fraction = u32(bytes, at + 4, little);
    const captured = u32(bytes, at + 8, little);
    const original = u32(bytes, at + 12, little);
    const start = at + header;
    if (start + captured > bytes.length) {
      return failure(
        'truncated-record',
        at + 8,
        `Packet record ${packets.length + 1} says ${captured} octets were captured; only ${bytes.length - start} are left.`,
      );
    }
    packets.push({
      frame: packets.length + 1,
      offset: start,
      data: bytes.subarray(start, start + captured),
      originalLength: original,
      linkType,
      time: { seconds, fraction: fraction / magic.unitsPerSecond },
    });
    at = start + captured;
  }
  return { ok: true, packets };
}
