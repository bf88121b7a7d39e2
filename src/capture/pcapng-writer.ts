/**
 * Writes a pcapng file (draft-ietf-opsawg-pcapng): one Section Header Block
 * (§4.1), one Interface Description Block (§4.2) with nanosecond timestamps,
 * and an Enhanced Packet Block per frame (§4.3). Little-endian, as most
 * writers are; readers take either byte order from the byte-order magic.
 */

export interface WrittenPacket {
  data: Uint8Array;
  /** Nanoseconds since 1970 (a BigInt: 2⁶⁴ is past what a double counts exactly). */
  nanos: bigint;
}

const SECTION_HEADER = 0x0a0d0d0a;
const INTERFACE_DESCRIPTION = 1;
const ENHANCED_PACKET = 6;
const LINKTYPE_ETHERNET = 1;
// Options (§3.5, §4.1, §4.2).
const OPT_END = 0;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_TSRESOL = 9;

export function writePcapng(
  packets: readonly WrittenPacket[],
  { application = 'Roundtrip', interfaceName = 'roundtrip' } = {},
): Uint8Array {
  const blocks: Uint8Array[] = [];
  blocks.push(
    block(SECTION_HEADER, (b) => {
      b.u32(0x1a2b3c4d).u16(1).u16(0);
      // Section length unknown (−1), as §4.1 allows.
      b.u32(0xffffffff).u32(0xffffffff);
      b.option(SHB_USERAPPL, text(application));
      b.u16(OPT_END).u16(0);
    }),
  );
  blocks.push(
    block(INTERFACE_DESCRIPTION, (b) => {
      // Link type, reserved, snap length 0 (no limit).
      b.u16(LINKTYPE_ETHERNET).u16(0).u32(0);
      b.option(IF_NAME, text(interfaceName));
      // if_tsresol 9: timestamps count nanoseconds.
      b.option(IF_TSRESOL, Uint8Array.of(9));
      b.u16(OPT_END).u16(0);
    }),
  );
  for (const p of packets) {
    const high = Number((p.nanos >> 32n) & 0xffffffffn);
    const low = Number(p.nanos & 0xffffffffn);
    blocks.push(
      block(ENHANCED_PACKET, (b) => {
        b.u32(0).u32(high).u32(low).u32(p.data.length).u32(p.data.length);
        b.bytes(p.data).pad();
      }),
    );
  }
  return concat(blocks);
}

/** A little-endian body builder. */
class Body {
  readonly parts: number[] = [];
  u16(v: number): this {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff);
    return this;
  }
  u32(v: number): this {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
    return this;
  }
  bytes(data: Uint8Array): this {
    for (const b of data) this.parts.push(b);
    return this;
  }
  /** §3.1: bodies and option values are padded to 32 bits. */
  pad(): this {
    while (this.parts.length % 4 !== 0) this.parts.push(0);
    return this;
  }
  option(code: number, value: Uint8Array): this {
    return this.u16(code).u16(value.length).bytes(value).pad();
  }
}

/** §3.1: block type, total length, body, total length again. */
function block(type: number, fill: (b: Body) => void): Uint8Array {
  const body = new Body();
  fill(body);
  body.pad();
  const total = body.parts.length + 12;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, type, true);
  view.setUint32(4, total, true);
  out.set(body.parts, 8);
  view.setUint32(total - 4, total, true);
  return out;
}

function text(value: string): Uint8Array {
  return Uint8Array.from(value, (c) => c.charCodeAt(0) & 0x7f);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
