/**
 * Writers for the variants of the formats that tshark on Linux did not give
 * us (big-endian files, nanosecond pcap, Simple and obsolete Packet Blocks,
 * other link types, IPv6), so that the reader is tested on them by turning
 * the real fixtures into them. Tests only.
 */
import type { RawPacket } from '../bytes';

export class Builder {
  private readonly bytes: number[] = [];
  constructor(private readonly little: boolean) {}

  get length(): number {
    return this.bytes.length;
  }
  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    const b = [(value >>> 8) & 0xff, value & 0xff];
    this.bytes.push(...(this.little ? b.reverse() : b));
    return this;
  }
  u32(value: number): this {
    const b = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
    this.bytes.push(...(this.little ? b.reverse() : b));
    return this;
  }
  raw(data: Uint8Array | number[]): this {
    for (const b of data) this.bytes.push(b);
    return this;
  }
  pad4(): this {
    while (this.bytes.length % 4) this.bytes.push(0);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export interface Packet {
  data: Uint8Array;
  /** Seconds and nanoseconds since 1970. */
  seconds: number;
  nanos: number;
  originalLength?: number;
}

/** Raw packets (as the container readers give them) to writer input, times to the nanosecond. */
export function fromRaw(raw: RawPacket[]): Packet[] {
  return raw.map((p) => ({
    data: p.data,
    seconds: p.time.seconds,
    nanos: Math.round(p.time.fraction * 1e9),
    originalLength: p.originalLength,
  }));
}

export function writePcap(
  packets: Packet[],
  { little = true, nano = false, linkType = 1, version = [2, 4] } = {},
): Uint8Array {
  const b = new Builder(little);
  b.u32(nano ? 0xa1b23c4d : 0xa1b2c3d4)
    .u16(version[0] ?? 2)
    .u16(version[1] ?? 4)
    .u32(0)
    .u32(0)
    .u32(262144)
    .u32(linkType);
  for (const p of packets) {
    b.u32(p.seconds)
      .u32(nano ? p.nanos : Math.floor(p.nanos / 1000))
      .u32(p.data.length)
      .u32(p.originalLength ?? p.data.length)
      .raw(p.data);
  }
  return b.done();
}

/** One pcapng block: type, total length, body padded to 32 bits, total length (§3.1). */
export function block(little: boolean, type: number, body: (b: Builder) => void): Uint8Array {
  const inner = new Builder(little);
  body(inner);
  inner.pad4();
  const content = inner.done();
  return new Builder(little)
    .u32(type)
    .u32(content.length + 12)
    .raw(content)
    .u32(content.length + 12)
    .done();
}

export function sectionHeader(little: boolean): Uint8Array {
  return block(little, 0x0a0d0d0a, (b) => {
    b.u32(0x1a2b3c4d).u16(1).u16(0).u32(0xffffffff).u32(0xffffffff);
  });
}

/** An Interface Description Block; `tsresol` is the if_tsresol octet (§4.2), omitted when null. */
export function interfaceBlock(
  little: boolean,
  linkType: number,
  tsresol: number | null,
): Uint8Array {
  return block(little, 1, (b) => {
    b.u16(linkType).u16(0).u32(0);
    if (tsresol !== null) b.u16(9).u16(1).u8(tsresol).pad4();
    b.u16(0).u16(0);
  });
}

export type PacketBlockKind = 'enhanced' | 'simple' | 'obsolete';

export function writePcapng(
  packets: Packet[],
  {
    little = true,
    linkType = 1,
    /** Timestamp units as the if_tsresol octet: 6 (µs, the default), 9 (ns), 0x80 | n for 2^-n. */
    tsresol = 9 as number | null,
    kind = 'enhanced' as PacketBlockKind,
    /** Blocks to put after the interface description, which the reader must skip. */
    extra = [] as Uint8Array[],
  } = {},
): Uint8Array {
  const unitsPerSecond =
    tsresol === null ? 1e6 : tsresol & 0x80 ? 2 ** (tsresol & 0x7f) : 10 ** tsresol;
  const parts = [sectionHeader(little), interfaceBlock(little, linkType, tsresol), ...extra];
  for (const p of packets) {
    const units =
      BigInt(p.seconds) * BigInt(unitsPerSecond) +
      BigInt(Math.floor((p.nanos * unitsPerSecond) / 1e9));
    const high = Number(units >> 32n);
    const low = Number(units & 0xffffffffn);
    const original = p.originalLength ?? p.data.length;
    if (kind === 'simple') {
      parts.push(block(little, 3, (b) => b.u32(original).raw(p.data)));
    } else if (kind === 'obsolete') {
      parts.push(
        block(little, 2, (b) =>
          b.u16(0).u16(0).u32(high).u32(low).u32(p.data.length).u32(original).raw(p.data),
        ),
      );
    } else {
      parts.push(
        block(little, 6, (b) =>
          b.u32(0).u32(high).u32(low).u32(p.data.length).u32(original).raw(p.data),
        ),
      );
    }
  }
  return concat(parts);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ------------------------------------------------------------ link layers --

/** The IPv4 packet inside an Ethernet frame from the Linux loopback. */
export function ipOf(ethernetFrame: Uint8Array): Uint8Array {
  return ethernetFrame.subarray(14);
}

export const LINK = {
  ethernetVlan: (ip: Uint8Array, etherType = 0x0800) =>
    new Builder(false)
      .raw([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2])
      .u16(0x8100)
      .u16(42)
      .u16(0x88a8)
      .u16(7)
      .u16(etherType)
      .raw(ip)
      .done(),
  /** Ethernet padded to 60 octets and followed by a 4-octet FCS, as on a real wire. */
  ethernetPadded: (ip: Uint8Array, etherType = 0x0800) => {
    const b = new Builder(false).raw(new Uint8Array(12)).u16(etherType).raw(ip);
    while (b.length < 60) b.u8(0);
    return b.raw([0xde, 0xad, 0xbe, 0xef]).done();
  },
  sll: (ip: Uint8Array, etherType = 0x0800) =>
    new Builder(false).u16(0).u16(772).u16(6).raw(new Uint8Array(8)).u16(etherType).raw(ip).done(),
  sll2: (ip: Uint8Array, etherType = 0x0800) =>
    new Builder(false)
      .u16(etherType)
      .u16(0)
      .u32(1)
      .u16(772)
      .u8(0)
      .u8(6)
      .raw(new Uint8Array(8))
      .raw(ip)
      .done(),
  nullLittle: (ip: Uint8Array, family = 2) => new Builder(true).u32(family).raw(ip).done(),
  nullBig: (ip: Uint8Array, family = 2) => new Builder(false).u32(family).raw(ip).done(),
  raw: (ip: Uint8Array) => ip,
};

// ------------------------------------------------------------------- IPv6 --

export const V6_SRC = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
export const V6_DST = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02];

/**
 * The same TCP segment in an IPv6 packet, behind the given extension headers
 * (each as its next-header number): 0 hop-by-hop, 60 destination options,
 * 43 routing, 44 an atomic fragment header, 51 authentication.
 */
export function toIpv6(ipv4: Uint8Array, extensions: number[] = []): Uint8Array {
  const headerLength = (ipv4[0] ?? 0x45) & 0x0f;
  const total = ((ipv4[2] ?? 0) << 8) | (ipv4[3] ?? 0);
  const tcp = ipv4.subarray(headerLength * 4, total);
  const chain = [...extensions, 6];
  const ext = new Builder(false);
  extensions.forEach((kind, i) => {
    const next = chain[i + 1] ?? 6;
    if (kind === 44) ext.u8(next).u8(0).u16(0).u32(0x12345678);
    else if (kind === 51) ext.u8(next).u8(4).u16(0).u32(1).u32(1).raw(new Uint8Array(12));
    // PadN option filling the rest of 8 octets (RFC 8200 §4.2); a routing header of type 0, segments left 0.
    else if (kind === 43) ext.u8(next).u8(0).u8(0).u8(0).u32(0);
    else ext.u8(next).u8(0).u8(1).u8(4).u32(0);
  });
  const extensionBytes = ext.done();
  return new Builder(false)
    .u32(0x60000000)
    .u16(extensionBytes.length + tcp.length)
    .u8(chain[0] ?? 6)
    .u8(64)
    .raw(V6_SRC)
    .raw(V6_DST)
    .raw(extensionBytes)
    .raw(tcp)
    .done();
}
