/**
 * Names for the traffic that is not TCP, so that a capture's other packets
 * are counted under the name Wireshark's Protocol column would give them
 * rather than dropped without a word. The numbers are IANA's (IEEE for
 * EtherTypes); anything not listed is named by its number.
 */
import { hex } from './bytes';

/** IEEE 802 EtherTypes (https://www.iana.org/assignments/ieee-802-numbers). */
const ETHER_TYPES: Record<number, string> = {
  2054: 'ARP',
  2114: 'Wake-on-LAN',
  32821: 'RARP',
  32923: 'AppleTalk',
  33079: 'IPX',
  8944: 'AVTP',
  8947: 'TRILL',
  34824: 'Ethernet flow control',
  34825: 'Slow protocols (LACP)',
  34887: 'MPLS',
  34888: 'MPLS',
  34915: 'PPPoE discovery',
  34916: 'PPPoE session',
  34925: 'Intel ANS',
  34958: 'EAPOL (802.1X)',
  34962: 'PROFINET',
  35020: 'LLDP',
  35045: 'MACsec',
  35063: 'PTP',
  35074: 'CFM',
  35078: 'FCoE',
  35092: 'FIP',
  35130: 'IEEE 1905.1',
  36864: 'Loopback (LOOP)',
};

export function etherTypeName(type: number): string {
  return ETHER_TYPES[type] ?? `EtherType ${hex(type, 4)}`;
}

/** IP protocol numbers (https://www.iana.org/assignments/protocol-numbers), as both IPv4 and IPv6 use them. */
const IP_PROTOCOLS: Record<number, string> = {
  1: 'ICMP',
  2: 'IGMP',
  4: 'IP in IP',
  17: 'UDP',
  41: 'IPv6 in IPv4',
  46: 'RSVP',
  47: 'GRE',
  50: 'ESP',
  58: 'ICMPv6',
  59: 'IPv6 (no next header)',
  88: 'EIGRP',
  89: 'OSPF',
  103: 'PIM',
  112: 'VRRP',
  115: 'L2TP',
  132: 'SCTP',
  136: 'UDP-Lite',
};

export function ipProtocolName(protocol: number): string {
  return IP_PROTOCOLS[protocol] ?? `IP protocol ${protocol}`;
}

/** Linux and BSD address families carried by loopback headers other than IPv4 and IPv6. */
export function addressFamilyName(family: number): string {
  return `address family ${family}`;
}
