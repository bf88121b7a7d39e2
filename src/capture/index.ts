/**
 * Reads a packet capture (pcap or pcapng) into TCP segments, without Node,
 * the DOM or any library: bytes in, plain data out. Bad input never throws:
 * a file that cannot be read gives `{ ok: false, error }` naming the byte
 * offset and what is wrong there; a packet that cannot be decoded inside a
 * sound file is skipped and gets a warning.
 *
 * The layers, each in its own file: pcap.ts / pcapng.ts (the container),
 * link.ts (Ethernet, Linux cooked, raw IP, BSD loopback), ip.ts (IPv4, IPv6),
 * tcp-header.ts (TCP and its options), conversation.ts (connections and
 * Wireshark's relative sequence numbers).
 */
import { bytesToBinary } from '../timeline/bytes';
import { failure, type RawPacket, type Timestamp, u32 } from './bytes';
import { decodeIp } from './ip';
import { decodeLink } from './link';
import { pcapMagic, readPcap } from './pcap';
import { isPcapng, readPcapng } from './pcapng';
import { decodeTcp } from './tcp-header';
import type { CapturedSegment, CaptureResult, CaptureWarning } from './types';

export type { Conversation, ConversationSegment } from './conversation';
export { summarizeConversation } from './conversation';
export type {
  CapturedOptions,
  CapturedSegment,
  CaptureError,
  CaptureErrorCode,
  CaptureResult,
  CaptureWarning,
  CaptureWarningCode,
  OtherTcpFlag,
} from './types';

export function readCapture(bytes: Uint8Array): CaptureResult {
  if (bytes.length === 0) return failure('empty', 0, 'The file is empty.');
  let format: 'pcap' | 'pcapng';
  let container: ReturnType<typeof readPcap>;
  if (isPcapng(bytes)) {
    format = 'pcapng';
    container = readPcapng(bytes);
  } else if (pcapMagic(bytes)) {
    format = 'pcap';
    container = readPcap(bytes);
  } else if (bytes.length < 4) {
    return failure(
      'truncated-header',
      bytes.length,
      `A capture file starts with a 4-octet magic number; this file has ${bytes.length} octets.`,
    );
  } else {
    return failure('unknown-format', 0, unknownFormat(bytes));
  }
  if (!container.ok) return container;

  const warnings: CaptureWarning[] = [];
  const unsupported = new Set<number>();
  const packets: CapturedSegment[] = [];
  const first = container.packets[0]?.time ?? { seconds: 0, fraction: 0 };
  for (const raw of container.packets) {
    const segment = decodePacket(raw, first, (code, at, explanation) => {
      // One warning per unsupported link type is enough; the rest are counted as skipped.
      if (code === 'unsupported-link-type') {
        if (unsupported.has(raw.linkType)) return;
        unsupported.add(raw.linkType);
      }
      warnings.push({ code, frame: raw.frame, offset: raw.offset + at, explanation });
    });
    if (segment) packets.push(segment);
  }
  return {
    ok: true,
    format,
    packets,
    skipped: container.packets.length - packets.length,
    warnings,
  };
}

type Warn = (code: CaptureWarning['code'], at: number, explanation: string) => void;

function decodePacket(raw: RawPacket, first: Timestamp, warn: Warn): CapturedSegment | null {
  const frame = raw.data;
  const link = decodeLink(raw.linkType, frame);
  if (link.kind === 'other') return null;
  if (link.kind === 'problem') {
    warn(link.code, link.at, link.explanation);
    return null;
  }
  const ip = decodeIp(frame, link.offset, link.version);
  if (ip.kind === 'other') return null;
  if (ip.kind === 'problem') {
    warn(ip.code, ip.at, ip.explanation);
    return null;
  }
  const tcp = decodeTcp(frame, ip.start, ip.end);
  if (tcp.kind === 'problem') {
    warn(tcp.code, tcp.at, tcp.explanation);
    return null;
  }
  const { header } = tcp;
  const payloadStart = ip.start + header.headerLength;
  const length = ip.end - payloadStart;
  const payload = frame.subarray(payloadStart, Math.min(ip.end, frame.length));
  return {
    frame: raw.frame,
    time: relativeMs(raw.time, first),
    ipVersion: ip.version,
    src: ip.src,
    dst: ip.dst,
    srcPort: header.srcPort,
    dstPort: header.dstPort,
    flags: header.flags,
    otherFlags: header.otherFlags,
    seq: header.seq,
    ack: header.ack,
    window: header.window,
    urgentPointer: header.urgentPointer,
    checksum: header.checksum,
    headerLength: header.headerLength,
    options: header.options,
    length,
    payload: bytesToBinary(payload),
    truncated: payload.length < length,
  };
}

/** Milliseconds from `first` to `time`, rounded to the nanosecond to shed floating-point dust. */
function relativeMs(time: Timestamp, first: Timestamp): number {
  const seconds = time.seconds - first.seconds + (time.fraction - first.fraction);
  return Math.round(seconds * 1e9) / 1e6;
}

/** Says what the file seems to be instead, when that is easy to tell. */
function unknownFormat(bytes: Uint8Array): string {
  const start = String.fromCharCode(...bytes.subarray(0, 16)).trimStart();
  const magic = `0x${u32(bytes, 0).toString(16).padStart(8, '0')}`;
  if (start.startsWith('{') || start.startsWith('[')) {
    return `The file starts like JSON (a HAR file?), not with a pcap or pcapng magic number.`;
  }
  return `The first four octets, ${magic}, are neither a pcap magic number (0xa1b2c3d4, 0xa1b23c4d, either byte order) nor a pcapng Section Header Block (0x0a0d0d0a).`;
}
