/**
 * Bad input: every error names the offset and what is wrong there. That no
 * input at all makes the reader throw is in read.fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type CaptureResult, readCapture } from './index';
import { createPcapngContainer } from './pcapng';
import { fixtureBytes } from './test-support/fixtures';
import { rawPackets } from './test-support/raw';
import {
  Builder,
  block,
  concat,
  fromRaw,
  interfaceBlock,
  sectionHeader,
  writePcap,
} from './test-support/writers';

const getPcapng = fixtureBytes('get.pcapng');
const getPcap = fixtureBytes('get.pcap');
const raw = rawPackets(getPcapng);

function errorOf(result: CaptureResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const patch = (bytes: Uint8Array, at: number, values: number[]) => {
  const copy = Uint8Array.from(bytes);
  copy.set(values, at);
  return copy;
};

describe('errors name the offset and what is wrong', () => {
  it('an empty file', () => {
    expect(errorOf(readCapture(new Uint8Array()))).toMatchObject({ code: 'empty', offset: 0 });
  });

  it('too short for any magic number', () => {
    expect(errorOf(readCapture(Uint8Array.of(0xd4, 0xc3)))).toMatchObject({
      code: 'truncated-header',
      offset: 2,
    });
  });

  it('an unknown magic number, with the bytes found', () => {
    const error = errorOf(readCapture(new TextEncoder().encode('GIF89a……')));
    expect(error).toMatchObject({ code: 'unknown-format', offset: 0 });
    expect(error.explanation).toContain('0x47494638');
  });

  it('a HAR file is recognised as JSON', () => {
    const error = errorOf(readCapture(new TextEncoder().encode('  {"log": {"version": "1.2"}}')));
    expect(error.explanation).toMatch(/JSON/);
  });

  describe('pcap', () => {
    it('a file header cut short', () => {
      expect(errorOf(readCapture(getPcap.subarray(0, 10)))).toMatchObject({
        code: 'truncated-header',
        offset: 10,
      });
    });

    it('an unsupported version', () => {
      expect(errorOf(readCapture(patch(getPcap, 4, [3, 0])))).toMatchObject({
        code: 'unsupported-version',
        offset: 4,
      });
    });

    it('an unsupported link type', () => {
      const file = writePcap(fromRaw(raw), { linkType: 105 });
      const error = errorOf(readCapture(file));
      expect(error).toMatchObject({ code: 'unsupported-link-type', offset: 20 });
      expect(error.explanation).toContain('105');
    });

    it('a record header cut short', () => {
      expect(errorOf(readCapture(getPcap.subarray(0, 24 + 10)))).toMatchObject({
        code: 'truncated-record',
        offset: 24,
      });
    });

    it('record data cut short: the offset is the captured length field', () => {
      const error = errorOf(readCapture(getPcap.subarray(0, 24 + 16 + 20)));
      expect(error).toMatchObject({ code: 'truncated-record', offset: 24 + 8 });
      expect(error.explanation).toMatch(/74 octets were captured; the file ends after 20/);
    });
  });

  describe('pcapng', () => {
    const little = true;
    const shb = sectionHeader(little);
    const idb = interfaceBlock(little, 1, 9);

    it('a block cut short', () => {
      // tshark's Section Header Block carries options: its length is in the file.
      const first = new DataView(getPcapng.buffer, getPcapng.byteOffset).getUint32(4, true);
      expect(errorOf(readCapture(getPcapng.subarray(0, first + 6)))).toMatchObject({
        code: 'truncated-block',
        offset: first,
      });
    });

    it('a total length that is not a multiple of 4', () => {
      const file = concat([shb, patch(idb, 4, [21, 0, 0, 0])]);
      expect(errorOf(readCapture(file))).toMatchObject({
        code: 'bad-block-length',
        offset: shb.length + 4,
      });
    });

    it('leading and trailing lengths that differ', () => {
      const file = concat([shb, patch(idb, idb.length - 4, [24, 0, 0, 0])]);
      expect(errorOf(readCapture(file))).toMatchObject({
        code: 'block-length-mismatch',
        offset: shb.length + idb.length - 4,
      });
    });

    it('a bad byte-order magic', () => {
      expect(errorOf(readCapture(patch(shb, 8, [1, 2, 3, 4])))).toMatchObject({
        code: 'bad-byte-order-magic',
        offset: 8,
      });
    });

    it('an unsupported major version', () => {
      expect(errorOf(readCapture(patch(shb, 12, [2, 0])))).toMatchObject({
        code: 'unsupported-version',
        offset: 12,
      });
    });

    it('blocks before any Section Header Block', () => {
      // An Interface Description Block's type does not look like a pcapng file at all.
      const container = createPcapngContainer();
      const step = container.step(idb, 0, 0);
      expect(step.kind === 'error' && step.error).toMatchObject({
        code: 'missing-section-header',
        offset: 0,
      });
    });

    it('a packet on an interface that was never described', () => {
      const epb = block(little, 6, (b) => b.u32(3).u32(0).u32(0).u32(0).u32(0));
      expect(errorOf(readCapture(concat([shb, idb, epb])))).toMatchObject({
        code: 'unknown-interface',
        offset: shb.length + idb.length + 8,
      });
    });

    it('interfaces are per section: a new section forgets the old ones', () => {
      const epb = block(little, 6, (b) => b.u32(0).u32(0).u32(0).u32(0).u32(0));
      expect(errorOf(readCapture(concat([shb, idb, shb, epb])))).toMatchObject({
        code: 'unknown-interface',
      });
    });

    it('a captured length larger than the block', () => {
      const epb = block(little, 6, (b) =>
        b.u32(0).u32(0).u32(0).u32(100).u32(100).raw([1, 2, 3, 4]),
      );
      expect(errorOf(readCapture(concat([shb, idb, epb])))).toMatchObject({
        code: 'bad-block-body',
        offset: shb.length + idb.length + 20,
      });
    });

    it('an interface option running past its block', () => {
      const bad = block(little, 1, (b) => b.u16(1).u16(0).u32(0).u16(9).u16(40).u32(0));
      expect(errorOf(readCapture(concat([shb, bad])))).toMatchObject({
        code: 'bad-option',
        offset: shb.length + 16 + 2,
      });
    });

    it('a block too short for its fixed fields', () => {
      const tiny = new Builder(little).u32(6).u32(16).u32(0).u32(16).done();
      expect(errorOf(readCapture(concat([shb, idb, tiny])))).toMatchObject({
        code: 'bad-block-body',
        offset: shb.length + idb.length + 4,
      });
    });
  });
});

describe('damage after the first packet: the packets before are kept, as tshark keeps them', () => {
  const whole = readCapture(getPcapng);
  if (!whole.ok) throw new Error(whole.error.explanation);
  const damaged = (bytes: Uint8Array) => {
    const result = readCapture(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error(`expected damage, got ${result.error.code}`);
    return result;
  };

  it('a pcapng file cut inside its last packet block keeps the packets before, and says where', () => {
    const last = rawPackets(getPcapng).at(-1);
    const cut = (last?.offset ?? 0) + 5;
    const result = damaged(getPcapng.subarray(0, cut));
    expect(result.packets.map((p) => p.frame)).toEqual(
      whole.packets.slice(0, -1).map((p) => p.frame),
    );
    expect(result.damage).toMatchObject({ code: 'truncated-block', frame: whole.packets.length });
    expect(result.damage?.offset).toBe((last?.offset ?? 0) - 28);
    expect(result.damage?.explanation).toMatch(
      /^Packet 10's block says it is \d+ octets long; the file ends after/,
    );
  });

  it('a pcap file cut inside a record: the record is named by number and offset', () => {
    const records = rawPackets(getPcap);
    const third = records[2];
    if (!third) throw new Error('get.pcap has 10 packets');
    const result = damaged(getPcap.subarray(0, third.offset + 5));
    expect(result.packets).toHaveLength(2);
    expect(result.damage).toMatchObject({
      code: 'truncated-record',
      frame: 3,
      offset: third.offset - 16 + 8,
    });
  });

  it('a record whose captured length no packet can have is damage at once, not a wait for 4 GB', () => {
    const records = rawPackets(getPcap);
    const second = records[1];
    if (!second) throw new Error('get.pcap has 10 packets');
    const lengthField = second.offset - 16 + 8;
    const result = damaged(patch(getPcap, lengthField, [0xff, 0xff, 0xff, 0x7f]));
    expect(result.packets).toHaveLength(1);
    expect(result.damage).toMatchObject({ code: 'record-too-long', offset: lengthField, frame: 2 });
    expect(result.damage?.explanation).toContain('2147483647');
  });

  it('a pcapng block length no block can have', () => {
    const records = rawPackets(getPcapng);
    const second = records[1];
    if (!second) throw new Error('get.pcapng has 10 packets');
    const lengthField = second.offset - 28 + 4;
    const result = damaged(patch(getPcapng, lengthField, [0xf0, 0xff, 0xff, 0x7f]));
    expect(result.packets).toHaveLength(1);
    expect(result.damage).toMatchObject({ code: 'record-too-long', offset: lengthField, frame: 2 });
  });

  it('a file larger than the limit: reading stops there, keeping the packets before', () => {
    const records = rawPackets(getPcapng);
    const limit = (records[4]?.offset ?? 0) + 10;
    const result = readCapture(getPcapng, limit);
    if (!result.ok) throw new Error(result.error.explanation);
    expect(result.packets).toHaveLength(4);
    expect(result.damage).toMatchObject({ code: 'too-large', frame: 5 });
    expect(result.damage?.offset).toBe((records[4]?.offset ?? 0) - 28);
  });

  it('a huge snap length in the pcap header is a warning, and the records are read', () => {
    const result = damaged(patch(getPcap, 16, [0xff, 0xff, 0xff, 0xff]));
    expect(result.packets).toHaveLength(10);
    expect(result.warnings).toMatchObject([{ code: 'huge-snaplen', frame: null, offset: 0 }]);
    expect(result.warnings[0]?.explanation).toContain('4294967295');
  });

  it('a capture without TCP says what it holds instead', () => {
    const udp = raw.map((p) => {
      const data = Uint8Array.from(p.data);
      data[14 + 9] = 17;
      return { ...p, data };
    });
    const result = damaged(writePcap(fromRaw(udp)));
    expect(result.packets).toEqual([]);
    expect(result.other).toEqual([{ protocol: 'UDP', packets: 10, firstFrame: 1 }]);
    expect(result.warnings).toMatchObject([
      { code: 'no-tcp', explanation: 'None of the 10 packets is TCP: 10 UDP.' },
    ]);
  });

  it('a capture without packets', () => {
    const result = damaged(getPcap.subarray(0, 24));
    expect(result.frames).toBe(0);
    expect(result.warnings).toMatchObject([{ code: 'no-packets', offset: 24 }]);
  });
});
