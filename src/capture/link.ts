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
import { addressFamilyName, etherTypeName } from './protocols';

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

export const SUPPORTED_LINK_TYPES = 'Ethernet, Linux cooked (SLL, SLL2), raw IP and BSD loopback';

export function isSupportedLinkType(linkType: number): boolean {
  return (Object.values(LINKTYPE) as number[]).includes(linkType);
}

/** A few link types people meet, for the count of what could not be read. */
const LINK_TYPE_NAMES: Record<number, string> = {
  9: 'PPP',
  105: 'IEEE 802.11',
  127: 'IEEE 802.11 radiotap',
  189: 'USB (Linux)',
  195: 'IEEE 802.15.4',
  201: 'Bluetooth HCI',
  220: 'USB (Linux, mmapped)',
  253: 'Netlink',
};

export function linkTypeName(linkType: number): string {
  const name = LINK_TYPE_NAMES[linkType];
  return name ? `${name} (link type ${linkType})` : `link type ${linkType}`;
}

/** One empty list for every untagged frame: most frames are, and nothing adds to it. */
const UNTAGGED: readonly number[] = Object.freeze([]);

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
// IEEE 802.1Q customer tag, 802.1ad service tag, and the older QinQ value.
const VLAN_TAGS = new Set([0x8100, 0x88a8, 0x9100]);
// Linux ARPHRD_NETLINK: an SLL header whose protocol field is a netlink family, not an EtherType.
const ARPHRD_NETLINK = 824;

export type LinkResult =
  /**
   * `version` null: raw IP, decided by the version nibble (RFC 791 §3.1, RFC 8200 §3).
   * `vlans`: the 802.1Q VLAN identifiers, outermost first (empty when untagged).
   */
  | { kind: 'ip'; version: 4 | 6 | null; offset: number; vlans: readonly number[] }
  /** Not IP (ARP, LLDP, …): counted under `protocol`. */
  | { kind: 'other'; protocol: string }
  | { kind: 'problem'; code: 'truncated-frame'; at: number; explanation: string };

export function decodeLink(linkType: number, frame: Uint8Array): LinkResult {
  switch (linkType) {
    case LINKTYPE.ETHERNET:
      return ethernet(frame);
    case LINKTYPE.LINUX_SLL:
      // SLL: packet type (2), ARPHRD type (2), address length (2), address (8), protocol (2).
      if (frame.length >= 16 && u16(frame, 2) === ARPHRD_NETLINK) {
        return { kind: 'other', protocol: 'Netlink' };
      }
      return needs(frame, 16, 'Linux cooked (SLL)') ?? byEtherType(frame, 14, 16, 'SLL');
    case LINKTYPE.LINUX_SLL2:
      // SLL2: protocol (2), reserved (2), interface index (4), ARPHRD type (2),
      // packet type (1), address length (1), address (8).
      if (frame.length >= 20 && u16(frame, 8) === ARPHRD_NETLINK) {
        return { kind: 'other', protocol: 'Netlink' };
      }
      return needs(frame, 20, 'Linux cooked v2 (SLL2)') ?? byEtherType(frame, 0, 20, 'SLL2');
    case LINKTYPE.RAW:
      return { kind: 'ip', version: null, offset: 0, vlans: UNTAGGED };
    case LINKTYPE.IPV4:
      return { kind: 'ip', version: 4, offset: 0, vlans: UNTAGGED };
    case LINKTYPE.IPV6:
      return { kind: 'ip', version: 6, offset: 0, vlans: UNTAGGED };
    case LINKTYPE.NULL:
    case LINKTYPE.LOOP:
      return loopback(linkType, frame);
    default:
      return { kind: 'other', protocol: linkTypeName(linkType) };
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

/**
 * The EtherType at `typeAt`, whose payload starts at `payloadAt`. An 802.1Q
 * tag (IEEE 802.1Q §9.6) puts a 2-octet TCI at the payload's start and the
 * real type after it, and tags stack (802.1ad QinQ): each is peeled in turn.
 * Linux cooked headers carry a tag the same way when libpcap rebuilt it.
 */
function byEtherType(
  frame: Uint8Array,
  typeAt: number,
  payloadAt: number,
  what: string,
): LinkResult {
  let vlans: number[] | null = null;
  let type = u16(frame, typeAt);
  let at = payloadAt;
  while (VLAN_TAGS.has(type)) {
    const short = needs(
      frame,
      at + 4,
      `${what} header with ${(vlans?.length ?? 0) + 1} VLAN tag(s)`,
    );
    if (short) return short;
    // The VLAN identifier is the TCI's low 12 bits (priority and DEI are the top 4).
    vlans ??= [];
    vlans.push(u16(frame, at) & 0x0fff);
    type = u16(frame, at + 2);
    at += 4;
  }
  if (type === ETHERTYPE_IPV4)
    return { kind: 'ip', version: 4, offset: at, vlans: vlans ?? UNTAGGED };
  if (type === ETHERTYPE_IPV6)
    return { kind: 'ip', version: 6, offset: at, vlans: vlans ?? UNTAGGED };
  return { kind: 'other', protocol: etherTypeName(type) };
}

/** Ethernet II (IEEE 802.3 with an EtherType): destination (6), source (6), type (2). */
function ethernet(frame: Uint8Array): LinkResult {
  const short = needs(frame, 14, 'Ethernet');
  if (short) return short;
  // A value up to 1500 is an 802.3 length with an LLC header, not an EtherType;
  // DSAP 0x42 is the Spanning Tree Protocol.
  if (u16(frame, 12) <= 1500) {
    return { kind: 'other', protocol: frame[14] === 0x42 ? 'STP' : 'LLC' };
  }
  return byEtherType(frame, 12, 14, 'Ethernet');
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
  if (family === 2) return { kind: 'ip', version: 4, offset: 4, vlans: UNTAGGED };
  if (family === 10 || family === 24 || family === 28 || family === 30) {
    return { kind: 'ip', version: 6, offset: 4, vlans: UNTAGGED };
  }
  return { kind: 'other', protocol: addressFamilyName(family) };
}
