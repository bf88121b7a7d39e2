/**
 * Builds the octets of one captured frame: Ethernet II, IPv4 and TCP with
 * its options, lengths and checksums filled in, as a sending host's capture
 * would show it with checksum offload off. The inverse of frame.ts, for the
 * pcapng export.
 */
import type { TcpFlag } from '../timeline/types';
import type { CapturedOptions, OtherTcpFlag } from './types';

export interface TcpFrame {
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: readonly TcpFlag[];
  otherFlags?: readonly OtherTcpFlag[];
  window: number;
  options: Omit<CapturedOptions, 'kinds'>;
  /** Binary string (one char per octet). */
  payload: string;
  /** IPv4 identification (RFC 791 §3.1); a sender counts it up per datagram. */
  ipId: number;
  /** Source and destination MAC addresses. */
  srcMac: readonly number[];
  dstMac: readonly number[];
}

const FLAG_BITS: Record<TcpFlag | OtherTcpFlag, number> = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
  AE: 0x100,
};

const ETHERNET = 14;
const IPV4 = 20;
const TTL = 64;
const PROTOCOL_TCP = 6;

export function ethernetIpv4Tcp(f: TcpFrame): Uint8Array {
  const options = encodeOptions(f.options, f.flags.includes('SYN'));
  const tcpLength = 20 + options.length + f.payload.length;
  const ipLength = IPV4 + tcpLength;
  const out = new Uint8Array(ETHERNET + ipLength);
  const view = new DataView(out.buffer);
  // Ethernet II: destination, source, EtherType IPv4.
  out.set(f.dstMac, 0);
  out.set(f.srcMac, 6);
  view.setUint16(12, 0x0800);
  // RFC 791 §3.1: version 4, IHL 5; total length; identification; DF (as Linux sets it); TTL; protocol.
  const ip = ETHERNET;
  out[ip] = 0x45;
  view.setUint16(ip + 2, ipLength);
  view.setUint16(ip + 4, f.ipId & 0xffff);
  view.setUint16(ip + 6, 0x4000);
  out[ip + 8] = TTL;
  out[ip + 9] = PROTOCOL_TCP;
  const src = ipv4Octets(f.src);
  const dst = ipv4Octets(f.dst);
  out.set(src, ip + 12);
  out.set(dst, ip + 16);
  view.setUint16(ip + 10, checksum(out.subarray(ip, ip + IPV4)));
  // RFC 9293 §3.1: the TCP header.
  const tcp = ip + IPV4;
  view.setUint16(tcp, f.srcPort);
  view.setUint16(tcp + 2, f.dstPort);
  view.setUint32(tcp + 4, f.seq >>> 0);
  view.setUint32(tcp + 8, f.ack >>> 0);
  let bits = 0;
  for (const flag of [...f.flags, ...(f.otherFlags ?? [])]) bits |= FLAG_BITS[flag];
  const dataOffset = (20 + options.length) / 4;
  view.setUint16(tcp + 12, (dataOffset << 12) | bits);
  view.setUint16(tcp + 14, f.window);
  out.set(options, tcp + 20);
  for (let i = 0; i < f.payload.length; i++) {
    out[tcp + 20 + options.length + i] = f.payload.charCodeAt(i) & 0xff;
  }
  // RFC 9293 §3.1: the checksum covers a pseudo-header of the addresses,
  // zero, the protocol and the TCP length, then the segment itself.
  const pseudo = new Uint8Array(12);
  pseudo.set(src, 0);
  pseudo.set(dst, 4);
  pseudo[9] = PROTOCOL_TCP;
  new DataView(pseudo.buffer).setUint16(10, tcpLength);
  view.setUint16(tcp + 16, checksum(pseudo, out.subarray(tcp)));
  return out;
}

/**
 * The options in the order Linux writes them (tcp_options_write): MSS,
 * SACK-permitted with timestamps or NOP NOP SACK-permitted, timestamps
 * after NOP NOP, NOP and window scale, SACK blocks after NOP NOP; padded to a
 * multiple of 4 (RFC 9293 §3.1: "The TCP header ... padded to a 32-bit boundary").
 */
export function encodeOptions(o: TcpFrame['options'], syn: boolean): Uint8Array {
  const out: number[] = [];
  const u16 = (v: number) => out.push((v >>> 8) & 0xff, v & 0xff);
  const u32 = (v: number) =>
    out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  // RFC 9293 §3.7.1: the MSS option is sent only in SYN segments.
  if (o.mss !== undefined && syn) {
    out.push(2, 4);
    u16(o.mss);
  }
  if (o.timestamps) {
    if (o.sackPermitted) out.push(4, 2);
    else out.push(1, 1);
    out.push(8, 10);
    u32(o.timestamps.value);
    u32(o.timestamps.echo);
  } else if (o.sackPermitted) {
    out.push(1, 1, 4, 2);
  }
  if (o.windowScale !== undefined) out.push(1, 3, 3, o.windowScale);
  if (o.sack && o.sack.length > 0) {
    out.push(1, 1, 5, 2 + 8 * o.sack.length);
    for (const block of o.sack) {
      u32(block.left);
      u32(block.right);
    }
  }
  while (out.length % 4 !== 0) out.push(0);
  return Uint8Array.from(out);
}

function ipv4Octets(address: string): number[] {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) {
    return [0, 0, 0, 0];
  }
  return parts;
}

/** RFC 1071: the Internet checksum, the ones' complement of the ones' complement sum of 16-bit words. */
export function checksum(...parts: Uint8Array[]): number {
  let sum = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 2) {
      sum += ((part[i] ?? 0) << 8) | (part[i + 1] ?? 0);
    }
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
