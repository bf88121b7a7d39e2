/**
 * The formats, byte orders, timestamp resolutions and link types that the
 * Linux loopback fixtures do not cover, made from those fixtures by the
 * writers in test-support: whatever the wrapping, the reader must find the
 * same TCP segments.
 */
import { describe, expect, it } from 'vitest';
import type { RawPacket } from './bytes';
import { type CapturedSegment, type CaptureResult, readCapture } from './index';
import { LINKTYPE } from './link';
import { fixtureBytes } from './test-support/fixtures';
import { rawPackets as rawOf } from './test-support/raw';
import {
  Builder,
  block,
  concat,
  fromRaw,
  interfaceBlock,
  ipOf,
  LINK,
  type Packet,
  sectionHeader,
  toIpv6,
  writePcap,
  writePcapng,
} from './test-support/writers';

function rawPackets(file: string): RawPacket[] {
  return rawOf(fixtureBytes(file));
}

const getRaw = rawPackets('get.pcapng');
const original = packetsOf(readCapture(fixtureBytes('get.pcapng')));

function packetsOf(result: CaptureResult): CapturedSegment[] {
  if (!result.ok)
    throw new Error(`${result.error.code} at ${result.error.offset}: ${result.error.explanation}`);
  return result.packets;
}

/**
 * Everything but the time, which depends on the resolution the file keeps,
 * and the link layer's part (frame length, VLAN tags), which the link types change.
 */
function withoutTime(packets: CapturedSegment[]) {
  return packets.map(({ time: _time, frameLength: _length, vlans: _vlans, ...rest }) => rest);
}

function expectSameSegments(result: CaptureResult, tolerance: number | null) {
  const packets = packetsOf(result);
  expect(withoutTime(packets)).toEqual(withoutTime(original));
  if (tolerance !== null) {
    packets.forEach((p, i) => {
      expect(Math.abs(p.time - (original[i]?.time ?? Number.NaN))).toBeLessThanOrEqual(tolerance);
    });
  }
}

describe('pcap', () => {
  it.each([
    ['little-endian, microseconds', { little: true, nano: false }, 1e-3],
    ['big-endian, microseconds', { little: false, nano: false }, 1e-3],
    ['little-endian, nanoseconds', { little: true, nano: true }, 1e-9],
    ['big-endian, nanoseconds', { little: false, nano: true }, 1e-9],
  ])('%s', (_name, options, tolerance) => {
    const result = readCapture(writePcap(fromRaw(getRaw), options));
    expect(result.ok && result.format).toBe('pcap');
    expectSameSegments(result, tolerance);
  });

  it('reads the fixture tshark converted to pcap (get.pcap) like the pcapng it came from', () => {
    expectSameSegments(readCapture(fixtureBytes('get.pcap')), 1e-3);
  });

  it('accepts version 2.3 (some old writers)', () => {
    expectSameSegments(readCapture(writePcap(fromRaw(getRaw), { version: [2, 3] })), 1e-3);
  });
});

describe('pcapng', () => {
  it.each([
    ['little-endian, nanoseconds', { little: true, tsresol: 9 }, 1e-9],
    ['big-endian, nanoseconds', { little: false, tsresol: 9 }, 1e-9],
    ['big-endian, microseconds by default (no if_tsresol)', { little: false, tsresol: null }, 1e-3],
    ['little-endian, 2^-20 s units', { little: true, tsresol: 0x80 | 20 }, 1e-3],
    ['obsolete Packet Blocks', { kind: 'obsolete' as const }, 1e-9],
  ])('%s', (_name, options, tolerance) => {
    const result = readCapture(writePcapng(fromRaw(getRaw), options));
    expect(result.ok && result.format).toBe('pcapng');
    expectSameSegments(result, tolerance);
  });

  it('Simple Packet Blocks: the same segments, and no timestamps to read (§4.4)', () => {
    const result = readCapture(writePcapng(fromRaw(getRaw), { kind: 'simple' }));
    expectSameSegments(result, null);
    expect(packetsOf(result).every((p) => p.time === 0)).toBe(true);
  });

  it('skips blocks it does not know (name resolution, statistics, custom)', () => {
    const unknown = [4, 5, 0x00000bad, 0x40000bad].map((type) =>
      block(true, type, (b) => b.u32(0xdeadbeef).raw([1, 2, 3])),
    );
    expectSameSegments(readCapture(writePcapng(fromRaw(getRaw), { extra: unknown })), 1e-9);
  });

  it('reads sections of different byte orders one after the other', () => {
    const packets = fromRaw(getRaw);
    const file = concat([
      writePcapng(packets.slice(0, 4), { little: true }),
      writePcapng(packets.slice(4), { little: false }),
    ]);
    expectSameSegments(readCapture(file), 1e-9);
  });

  it('applies if_tsoffset (§4.2) and reads 64-bit timestamps past 2^53 units exactly', () => {
    const little = true;
    const iface = block(little, 1, (b) => {
      b.u16(1).u16(0).u32(0);
      b.u16(9).u16(1).u8(9).pad4(); // nanoseconds
      b.u16(14).u16(8).u32(100).u32(0); // if_tsoffset: +100 s
      b.u16(0).u16(0);
    });
    const frame = getRaw[0]?.data ?? new Uint8Array();
    // 2^62 + 5 ns and 2^62 + 1005 ns since 1970, one microsecond apart.
    const epb = (low: number) =>
      block(little, 6, (b) =>
        b.u32(0).u32(0x40000000).u32(low).u32(frame.length).u32(frame.length).raw(frame),
      );
    const result = readCapture(concat([sectionHeader(little), iface, epb(5), epb(1005)]));
    expect(packetsOf(result).map((p) => p.time)).toEqual([0, 0.001]);
  });
});

describe('link types', () => {
  const ipPackets = (wrap: (ip: Uint8Array) => Uint8Array): Packet[] =>
    fromRaw(getRaw).map((p) => {
      const data = wrap(ipOf(p.data));
      return { ...p, data, originalLength: data.length };
    });

  it.each([
    ['Ethernet with 802.1Q and 802.1ad tags', LINKTYPE.ETHERNET, LINK.ethernetVlan],
    ['Ethernet padded to 60 octets, with an FCS', LINKTYPE.ETHERNET, LINK.ethernetPadded],
    ['Linux cooked (SLL)', LINKTYPE.LINUX_SLL, LINK.sll],
    ['Linux cooked v2 (SLL2)', LINKTYPE.LINUX_SLL2, LINK.sll2],
    ['BSD loopback, little-endian family', LINKTYPE.NULL, LINK.nullLittle],
    ['BSD loopback, big-endian family', LINKTYPE.NULL, LINK.nullBig],
    ['OpenBSD loopback (LOOP)', LINKTYPE.LOOP, LINK.nullBig],
    ['raw IP', LINKTYPE.RAW, LINK.raw],
    ['raw IPv4', LINKTYPE.IPV4, LINK.raw],
  ])('%s', (_name, linkType, wrap) => {
    const packets = ipPackets(wrap);
    expectSameSegments(readCapture(writePcap(packets, { linkType })), 1e-3);
    expectSameSegments(readCapture(writePcapng(packets, { linkType })), 1e-9);
  });
});

describe('IPv6', () => {
  const v4 = original;

  it.each([
    ['no extension headers', []],
    ['hop-by-hop and destination options', [0, 60]],
    ['a routing header', [43]],
    ['an atomic fragment header (RFC 6946)', [44]],
    ['an authentication header', [51]],
  ])('%s', (_name, extensions) => {
    const packets = fromRaw(getRaw).map((p) => ({ ...p, data: toIpv6(ipOf(p.data), extensions) }));
    const read = packetsOf(readCapture(writePcapng(packets, { linkType: LINKTYPE.IPV6 })));
    expect(read.map((p) => [p.ipVersion, p.src, p.dst])).toEqual(
      v4.map(() => [6, '2001:db8::1', '2001:db8::2']),
    );
    const tcpOnly = (list: CapturedSegment[]) =>
      withoutTime(list).map(({ ipVersion: _v, src: _s, dst: _d, ...tcp }) => tcp);
    expect(tcpOnly(read)).toEqual(tcpOnly(v4));
  });

  it.each([
    ['raw IP', LINKTYPE.RAW, LINK.raw],
    ['Ethernet', LINKTYPE.ETHERNET, (ip: Uint8Array) => LINK.ethernetPadded(ip, 0x86dd)],
    ['SLL', LINKTYPE.LINUX_SLL, (ip: Uint8Array) => LINK.sll(ip, 0x86dd)],
    ['SLL2', LINKTYPE.LINUX_SLL2, (ip: Uint8Array) => LINK.sll2(ip, 0x86dd)],
    ['NULL, Linux AF_INET6 (10)', LINKTYPE.NULL, (ip: Uint8Array) => LINK.nullLittle(ip, 10)],
    ['NULL, FreeBSD (28)', LINKTYPE.NULL, (ip: Uint8Array) => LINK.nullLittle(ip, 28)],
    ['NULL, macOS (30)', LINKTYPE.NULL, (ip: Uint8Array) => LINK.nullBig(ip, 30)],
    ['NULL, NetBSD/OpenBSD (24)', LINKTYPE.NULL, (ip: Uint8Array) => LINK.nullLittle(ip, 24)],
  ])('over %s', (_name, linkType, wrap) => {
    const packets = fromRaw(getRaw).map((p) => ({ ...p, data: wrap(toIpv6(ipOf(p.data))) }));
    const read = packetsOf(readCapture(writePcap(packets, { linkType })));
    expect(read).toHaveLength(v4.length);
    expect(read.every((p) => p.ipVersion === 6)).toBe(true);
  });
});

describe('packets that are not TCP, or not whole', () => {
  const tcp = ipOf(getRaw[3]?.data ?? new Uint8Array()); // the request, 99 octets of payload
  const ethernet = (ip: Uint8Array, type = 0x0800) => LINK.ethernetPadded(ip, type);
  const withByte = (bytes: Uint8Array, at: number, value: number) => {
    const copy = Uint8Array.from(bytes);
    copy[at] = value;
    return copy;
  };
  const at = (data: Uint8Array): Packet => ({ data, seconds: 1, nanos: 0 });

  it('counts UDP, ARP, ESP and 802.3 frames by protocol, in order of first appearance', () => {
    const udp = withByte(tcp, 9, 17);
    const arp = new Builder(false)
      .raw(new Uint8Array(12))
      .u16(0x0806)
      .raw(new Uint8Array(28))
      .done();
    const llc = new Builder(false).raw(new Uint8Array(12)).u16(46).raw(new Uint8Array(46)).done();
    const esp = withByte(toIpv6(tcp), 6, 50);
    const result = readCapture(
      writePcap([
        at(ethernet(udp)),
        at(arp),
        at(llc),
        at(ethernet(esp, 0x86dd)),
        at(ethernet(tcp)),
      ]),
    );
    expect(result.ok && { other: result.other, warnings: result.warnings }).toEqual({
      other: [
        { protocol: 'UDP', packets: 1, firstFrame: 1 },
        { protocol: 'ARP', packets: 1, firstFrame: 2 },
        { protocol: 'LLC', packets: 1, firstFrame: 3 },
        { protocol: 'ESP', packets: 1, firstFrame: 4 },
      ],
      warnings: [],
    });
    expect(packetsOf(result).map((p) => p.frame)).toEqual([5]);
  });

  it('warns about, and skips, fragments and broken headers, naming frame and offset', () => {
    const fragment = withByte(tcp, 6, 0x20); // More Fragments
    const shortIhl = withByte(tcp, 0, 0x44);
    const shortOffset = withByte(tcp, 20 + 12, 0x30); // data offset 3
    const cut = tcp.subarray(0, 30);
    const plain = (ip: Uint8Array) =>
      new Builder(false).raw(new Uint8Array(12)).u16(0x0800).raw(ip).done();
    // A frame cut short is not padded: the capture just stops.
    const frames = [ethernet(fragment), ethernet(shortIhl), ethernet(shortOffset), plain(cut)];
    const result = readCapture(writePcap([...frames, ethernet(tcp)].map(at)));
    if (!result.ok) throw new Error(result.error.explanation);
    // Each record is a 16-octet header and its data, after the 24-octet file header.
    const starts: number[] = [];
    let offset = 24;
    for (const frame of frames) {
      starts.push(offset + 16);
      offset += 16 + frame.length;
    }
    const [s1, s2, s3, s4] = starts as [number, number, number, number];
    expect(result.warnings.map((w) => [w.frame, w.code, w.offset])).toEqual([
      [1, 'ip-fragment', s1 + 14 + 6],
      [2, 'bad-ip-header', s2 + 14],
      [3, 'bad-tcp-header', s3 + 14 + 20 + 12],
      // Cut after 30 octets: the IPv4 header is whole, the TCP header is not.
      [4, 'truncated-frame', s4 + 14 + 20],
    ]);
    expect(result.tcpPackets).toBe(1);
    expect(result.packets.map((p) => p.frame)).toEqual([5]);
  });

  it('keeps a segment whose payload the snap length cut, marked truncated', () => {
    const frame = ethernet(tcp);
    const result = readCapture(
      writePcap([{ ...at(frame.subarray(0, 80)), originalLength: frame.length }]),
    );
    const [p] = packetsOf(result);
    expect(p).toMatchObject({ length: 99, truncated: true });
    // Ethernet 14, IPv4 20, TCP 32 (with the timestamp option).
    expect(p?.payload).toHaveLength(80 - 14 - 20 - 32);
  });

  it('reads an IPv4 total length of 0 (segmentation offload) as "up to the end of the capture"', () => {
    const tso = withByte(withByte(tcp, 2, 0), 3, 0);
    const [p] = packetsOf(readCapture(writePcap([at(LINK.raw(tso))], { linkType: LINKTYPE.RAW })));
    expect(p?.length).toBe(99);
  });

  it('pcapng: counts the packets of an interface whose link type it cannot read, and reads the others', () => {
    const little = true;
    const frame = getRaw[0]?.data ?? new Uint8Array();
    const epb = (iface: number) =>
      block(little, 6, (b) =>
        b.u32(iface).u32(0).u32(0).u32(frame.length).u32(frame.length).raw(frame),
      );
    const file = concat([
      sectionHeader(little),
      interfaceBlock(little, 105, 9), // IEEE 802.11
      interfaceBlock(little, 1, 9),
      epb(0),
      epb(1),
      epb(0),
    ]);
    const result = readCapture(file);
    if (!result.ok) throw new Error(result.error.explanation);
    expect(result.warnings).toEqual([]);
    expect(result.other).toEqual([
      { protocol: 'IEEE 802.11 (link type 105)', packets: 2, firstFrame: 1 },
    ]);
    expect(result.packets.map((p) => p.frame)).toEqual([2]);
  });
});

describe('several interfaces in one pcapng section', () => {
  it('reads each packet by its own interface: Ethernet, Linux cooked v2 and raw IP, µs and ns', () => {
    const little = true;
    const ip = ipOf(getRaw[3]?.data ?? new Uint8Array());
    const epb = (iface: number, data: Uint8Array, units: number) =>
      block(little, 6, (b) =>
        b.u32(iface).u32(0).u32(units).u32(data.length).u32(data.length).raw(data),
      );
    const file = concat([
      sectionHeader(little),
      interfaceBlock(little, LINKTYPE.ETHERNET, 6),
      interfaceBlock(little, LINKTYPE.LINUX_SLL2, 9),
      interfaceBlock(little, LINKTYPE.RAW, 9),
      // 1 s in µs on the first interface, 1 s + 500 µs in ns on the others.
      epb(0, LINK.ethernetPadded(ip), 1_000_000),
      epb(1, LINK.sll2(ip), 1_000_500_000),
      epb(2, LINK.raw(ip), 1_001_000_000),
    ]);
    const packets = packetsOf(readCapture(file));
    expect(packets.map((p) => [p.frame, p.length, p.time])).toEqual([
      [1, 99, 0],
      [2, 99, 0.5],
      [3, 99, 1],
    ]);
  });
});
