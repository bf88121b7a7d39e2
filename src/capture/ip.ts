/**
 * The network layer: IPv4 (RFC 791 §3.1) and IPv6 (RFC 8200 §3, §4), far
 * enough to find the TCP header, the addresses, and how long the TCP segment
 * is. The IP length fields, not the captured length, bound the segment,
 * because Ethernet pads short frames to 60 octets and may append an FCS.
 */
import { u8, u16 } from './bytes';
import { ipProtocolName } from './protocols';

const PROTOCOL_TCP = 6;

export type IpResult =
  | {
      kind: 'tcp';
      version: 4 | 6;
      src: string;
      dst: string;
      /** Offset in the frame of the TCP header. */
      start: number;
      /** Offset in the frame where the IP payload ends, per the IP header (may pass the captured end). */
      end: number;
    }
  /** Another protocol over IP (UDP, ICMP…), named for the count. */
  | { kind: 'other'; protocol: string }
  | {
      kind: 'problem';
      code: 'truncated-frame' | 'bad-ip-header' | 'ip-fragment';
      at: number;
      explanation: string;
    };

export function decodeIp(frame: Uint8Array, offset: number, version: 4 | 6 | null): IpResult {
  if (frame.length <= offset) return truncated(offset, 'an IP header', 1, 0);
  const nibble = u8(frame, offset) >> 4;
  const wanted = version ?? nibble;
  if (nibble !== wanted || (wanted !== 4 && wanted !== 6)) {
    return problem(
      'bad-ip-header',
      offset,
      `The IP version field is ${nibble}; ${version ? `the link layer said IPv${version}` : 'expected 4 or 6'}.`,
    );
  }
  return wanted === 4 ? ipv4(frame, offset) : ipv6(frame, offset);
}

/** RFC 791 §3.1. */
function ipv4(frame: Uint8Array, at: number): IpResult {
  if (frame.length - at < 20) return truncated(at, 'an IPv4 header', 20, frame.length - at);
  const headerLength = (u8(frame, at) & 0x0f) * 4;
  if (headerLength < 20) {
    return problem(
      'bad-ip-header',
      at,
      `The IPv4 header length is ${headerLength} octets; the minimum is 20 (IHL 5).`,
    );
  }
  if (frame.length - at < headerLength) {
    return truncated(at, 'this IPv4 header', headerLength, frame.length - at);
  }
  let total = u16(frame, at + 2);
  // A total length of 0 is what a capture on the sending host shows when the
  // NIC does the segmentation (TSO): the kernel leaves it to the card.
  if (total === 0) total = frame.length - at;
  if (total < headerLength) {
    return problem(
      'bad-ip-header',
      at + 2,
      `The IPv4 total length ${total} is shorter than its own header (${headerLength}).`,
    );
  }
  const protocol = u8(frame, at + 9);
  if (protocol !== PROTOCOL_TCP) return { kind: 'other', protocol: ipProtocolName(protocol) };
  const fragment = u16(frame, at + 6);
  // More Fragments set, or a non-zero fragment offset: one piece of a larger datagram.
  if (fragment & 0x3fff) {
    return problem(
      'ip-fragment',
      at + 6,
      'This is a fragment of an IPv4 datagram; fragments are not reassembled.',
    );
  }
  return {
    kind: 'tcp',
    version: 4,
    src: ipv4Text(frame, at + 12),
    dst: ipv4Text(frame, at + 16),
    start: at + headerLength,
    end: at + total,
  };
}

// RFC 8200 §4 and the IANA list of IPv6 extension headers: the ones that use
// the common "next header, length in 8-octet units not counting the first" form.
const EXTENSIONS = new Set([0, 43, 60, 135, 139, 140]);
const FRAGMENT = 44;
const AUTHENTICATION = 51;

/** RFC 8200 §3 (fixed header) and §4 (extension headers). */
function ipv6(frame: Uint8Array, at: number): IpResult {
  if (frame.length - at < 40) return truncated(at, 'an IPv6 header', 40, frame.length - at);
  const payloadLength = u16(frame, at + 4);
  // 0 means a jumbogram (RFC 2675) or, on Linux, a BIG TCP packet: trust the capture.
  const end = payloadLength === 0 ? frame.length : at + 40 + payloadLength;
  let next = u8(frame, at + 6);
  let cursor = at + 40;
  // Each extension header is at least 8 octets, so this loop ends.
  while (next !== PROTOCOL_TCP) {
    if (!EXTENSIONS.has(next) && next !== FRAGMENT && next !== AUTHENTICATION) {
      return { kind: 'other', protocol: ipProtocolName(next) };
    }
    if (frame.length - cursor < 8) {
      return truncated(cursor, `IPv6 extension header ${next}`, 8, frame.length - cursor);
    }
    const following = u8(frame, cursor);
    let size: number;
    if (next === FRAGMENT) {
      // §4.5: fixed 8 octets; offset (13 bits), reserved (2), M flag (1).
      if (u16(frame, cursor + 2) & 0xfff9) {
        return following === PROTOCOL_TCP
          ? problem(
              'ip-fragment',
              cursor + 2,
              'This is a fragment of an IPv6 packet; fragments are not reassembled.',
            )
          : { kind: 'other', protocol: ipProtocolName(following) };
      }
      size = 8;
    } else if (next === AUTHENTICATION) {
      // RFC 4302 §2.2: the length is in 4-octet units, minus 2.
      size = (u8(frame, cursor + 1) + 2) * 4;
    } else {
      size = (u8(frame, cursor + 1) + 1) * 8;
    }
    next = following;
    cursor += size;
  }
  if (cursor > end) {
    return problem(
      'bad-ip-header',
      at + 4,
      `The IPv6 extension headers run to octet ${cursor - at}, past the payload length ${payloadLength}.`,
    );
  }
  return {
    kind: 'tcp',
    version: 6,
    src: ipv6Text(frame, at + 8),
    dst: ipv6Text(frame, at + 24),
    start: cursor,
    end,
  };
}

function ipv4Text(bytes: Uint8Array, at: number): string {
  return `${u8(bytes, at)}.${u8(bytes, at + 1)}.${u8(bytes, at + 2)}.${u8(bytes, at + 3)}`;
}

/** RFC 5952 §4: lower case, no leading zeros, the longest run (of 2+) of zero groups as `::`. */
export function ipv6Text(bytes: Uint8Array, at: number): string {
  const groups = Array.from({ length: 8 }, (_, i) => u16(bytes, at + 2 * i));
  // RFC 5952 §5: an IPv4-mapped address keeps the dotted quad.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${ipv4Text(bytes, at + 12)}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    // §4.2.3: the first of equally long runs wins, hence the strict comparison.
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const text = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return text(groups);
  return `${text(groups.slice(0, bestStart))}::${text(groups.slice(bestStart + bestLength))}`;
}

function problem(code: 'bad-ip-header' | 'ip-fragment', at: number, explanation: string): IpResult {
  return { kind: 'problem', code, at, explanation };
}

function truncated(at: number, what: string, needed: number, left: number): IpResult {
  return {
    kind: 'problem',
    code: 'truncated-frame',
    at,
    explanation: `The frame ends ${left} octets into ${what}, which needs ${needed}.`,
  };
}
