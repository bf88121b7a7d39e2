/**
 * Bad input: every error names the offset and what is wrong there. That no
 * input at all makes the reader throw is in read.fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type CaptureResult, readCapture } from './index';
import { readPcapng } from './pcapng';
import { fixtureBytes } from './test-support/fixtures';
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
const raw = (() => {
  const r = readPcapng(getPcapng);
  if (!r.ok) throw new Error(r.error.explanation);
  return r.packets;
})();

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
      expect(error.explanation).toMatch(/74 octets were captured; only 20/);
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
      // Long enough for the block header, not for the block.
      const cut = getPcapng.length - 10;
      const error = errorOf(readCapture(getPcapng.subarray(0, cut)));
      expect(error.code).toBe('truncated-block');
      expect(error.offset).toBeLessThan(cut);
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

    it('blocks before any Section Header Block (readPcapng on its own)', () => {
      const result = readPcapng(idb);
      expect(!result.ok && result.error).toMatchObject({
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
