/**
 * The link layer: where, in a captured frame, the IP packet starts. Link type
 * numbers are the LINKTYPE_* values of https://www.tcpdump.org/linktypes.html
 * (draft-ietf-opsawg-pcaplinktype), shared by pcap and pcapng.
 *
 * Linux's loopback (`tshark -i lo`) is captured as Ethernet with both MAC
 * addresses zero; `-i any` gives Linux cooked headers (SLL, or SLL2 with newer
 * libpcap); macOS and the BSDs give NULL/LOOP on their loopback.
 */
import { u16, u32 } from './bytes';

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

export function isSupportedLinkType(linkType: number): boolean {
  return (Object.values(LINKTYPE) as number[]).includes(linkType);
}

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
// IEEE 802.1Q customer tag, 802.1ad service tag, and the older QinQ value.
const VLAN_TAGS = new Set([0x8100, 0x88a8, 0x9100]);

export type LinkResult =
  /** `version` null: raw IP, decided by the version nibble (RFC 791 §3.1, RFC 8200 §3). */
  | { kind: 'ip'; version: 4 | 6 | null; offset: number }
  /** Not IP (ARP, LLC, …): skipped without a warning. */
  | { kind: 'other' }
  | {
      kind: 'problem';
      code: 'unsupported-link-type' | 'truncated-frame';
      at: number;
      explanation: string;
    };

export function decodeLink(linkType: number, frame: Uint8Array): LinkResult {
  switch (linkType) {
    case LINKTYPE.ETHERNET:
      return ethernet(frame);
    case LINKTYPE.LINUX_SLL:
      // SLL: packet type (2), ARPHRD type (2), address length (2), address (8), protocol (2).
      return needs(frame, 16, 'Linux cooked (SLL)') ?? byEtherType(u16(frame, 14), 16);
    case LINKTYPE.LINUX_SLL2:
      // SLL2: protocol (2), reserved (2), interface index (4), ARPHRD type (2),
      // packet type (1), address length (1), address (8).
      return needs(frame, 20, 'Linux cooked v2 (SLL2)') ?? byEtherType(u16(frame, 0), 20);
    case LINKTYPE.RAW:
      return { kind: 'ip', version: null, offset: 0 };
    case LINKTYPE.IPV4:
      return { kind: 'ip', version: 4, offset: 0 };
    case LINKTYPE.IPV6:
      return { kind: 'ip', version: 6, offset: 0 };
    case LINKTYPE.NULL:
    case LINKTYPE.LOOP:
      return loopback(linkType, frame);
    default:
      return {
        kind: 'problem',
        code: 'unsupported-link-type',
        at: 0,
        explanation: `Link type ${linkType} is not supported (Ethernet, Linux cooked, raw IP and BSD loopback are).`,
      };
  }
}

function needs(frame: Uint8Array, length: number, what: string): LinkResult | null {
  if (frame.length >= length) return null;
  return {
    kind: 'problem',
    code: 'truncated-frame',
    at: frame.length,
    explanation: `A ${what} header has ${length} octets; the frame has ${frame.length}.`,
  };
}

function byEtherType(type: number, offset: number): LinkResult {
  if (type === ETHERTYPE_IPV4) return { kind: 'ip', version: 4, offset };
  if (type === ETHERTYPE_IPV6) return { kind: 'ip', version: 6, offset };
  return { kind: 'other' };
}

/** Ethernet II (IEEE 802.3 with an EtherType): destination (6), source (6), type (2), VLAN tags between. */
function ethernet(frame: Uint8Array): LinkResult {
  let at = 12;
  for (;;) {
    const short = needs(frame, at + 2, 'Ethernet');
    if (short) return short;
    const type = u16(frame, at);
    if (!VLAN_TAGS.has(type)) {
      // A value up to 1500 is an 802.3 length with an LLC header, not an EtherType.
      return type <= 1500 ? { kind: 'other' } : byEtherType(type, at + 2);
    }
    // A tag is the TPID just read and a 2-octet TCI; the real type follows.
    at += 4;
  }
}

/**
 * NULL: a 4-octet address family in the byte order of the machine that
 * captured; LOOP: the same in network byte order. AF_INET is 2 everywhere,
 * AF_INET6 is 10 on Linux, 24 on NetBSD/OpenBSD, 28 on FreeBSD, 30 on macOS.
 */
function loopback(linkType: number, frame: Uint8Array): LinkResult {
  const short = needs(frame, 4, 'loopback');
  if (short) return short;
  const big = u32(frame, 0, false);
  const family = linkType === LINKTYPE.LOOP || big < 0x10000 ? big : u32(frame, 0, true);
  if (family === 2) return { kind: 'ip', version: 4, offset: 4 };
  if (family === 10 || family === 24 || family === 28 || family === 30) {
    return { kind: 'ip', version: 6, offset: 4 };
  }
  return { kind: 'other' };
}
