/**
 * One packet record, decoded layer by layer: link (link.ts), IP (ip.ts), TCP
 * (tcp-header.ts). The result is a TCP segment, another protocol named for
 * the count, or a reason why the packet could not be decoded.
 */
import type { RawPacket, Timestamp } from './bytes';
import { decodeIp } from './ip';
import { decodeLink } from './link';
import { decodeTcp } from './tcp-header';
import type { CapturedSegment, CaptureWarningCode } from './types';

export type DecodedFrame =
  | { kind: 'tcp'; segment: CapturedSegment }
  | { kind: 'other'; protocol: string }
  /** `at` is an offset in the frame. */
  | { kind: 'problem'; code: CaptureWarningCode; at: number; explanation: string };

export function decodeFrame(raw: RawPacket, first: Timestamp): DecodedFrame {
  const frame = raw.data;
  const link = decodeLink(raw.linkType, frame);
  if (link.kind !== 'ip') return link;
  const ip = decodeIp(frame, link.offset, link.version);
  if (ip.kind !== 'tcp') return ip;
  const tcp = decodeTcp(frame, ip.start, ip.end);
  if (tcp.kind === 'problem') return tcp;
  const { header } = tcp;
  const payloadStart = ip.start + header.headerLength;
  const length = ip.end - payloadStart;
  const payload = frame.subarray(payloadStart, Math.min(ip.end, frame.length));
  const segment: CapturedSegment = {
    frame: raw.frame,
    time: relativeMs(raw.time, first),
    frameLength: raw.originalLength,
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
    payload,
    truncated: payload.length < length,
  };
  if (link.vlans.length > 0) segment.vlans = [...link.vlans];
  return { kind: 'tcp', segment };
}

/** Milliseconds from `first` to `time`, rounded to the nanosecond to shed floating-point dust. */
function relativeMs(time: Timestamp, first: Timestamp): number {
  const seconds = time.seconds - first.seconds + (time.fraction - first.fraction);
  return Math.round(seconds * 1e9) / 1e6;
}
