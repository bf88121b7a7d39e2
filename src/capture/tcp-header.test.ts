import { describe, expect, it } from 'vitest';
import { decodeOptions, decodeTcp } from './tcp-header';

const opts = (...bytes: number[]) => decodeOptions(Uint8Array.from(bytes));

describe('TCP options (RFC 9293 §3.2, RFC 7323, RFC 2018)', () => {
  it("reads a Linux SYN's options: MSS, SACK-permitted, timestamps, NOP, window scale", () => {
    const syn = opts(2, 4, 0xff, 0xd7, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2, 1, 3, 3, 10);
    expect(syn).toEqual({
      kinds: [2, 4, 8, 1, 3],
      mss: 65495,
      sackPermitted: true,
      timestamps: { value: 1, echo: 2 },
      windowScale: 10,
    });
  });

  it('reads SACK blocks as absolute left and right edges', () => {
    const sack = opts(1, 1, 5, 18, 0, 0, 0, 10, 0, 0, 0, 20, 0xff, 0xff, 0xff, 0xf0, 0, 0, 0, 5);
    expect(sack.sack).toEqual([
      { left: 10, right: 20 },
      { left: 0xfffffff0, right: 5 },
    ]);
    expect(sack.kinds).toEqual([1, 1, 5]);
  });

  it('stops at End of Option List; what follows is padding', () => {
    expect(opts(1, 0, 2, 4, 5, 180)).toEqual({ kinds: [1, 0] });
  });

  it('keeps options it does not interpret, with their data', () => {
    // 30: Multipath TCP (RFC 8684), 34: TCP Fast Open cookie (RFC 7413).
    expect(opts(34, 4, 0xab, 0xcd, 1, 1).unknown).toEqual([{ kind: 34, data: '\xab\xcd' }]);
  });

  it.each([
    ['a length below 2', [2, 1, 0, 0]],
    ['a length past the header', [8, 10, 0, 0]],
    ['a kind with no length octet', [1, 2]],
    ['an MSS option of the wrong length', [2, 3, 5, 1]],
    ['a SACK option with half a block', [5, 6, 0, 0, 0, 1]],
  ])('flags %s as malformed, without throwing', (_name, bytes) => {
    expect(opts(...bytes).malformed).toBe(true);
  });
});

describe('the TCP header (RFC 9293 §3.1)', () => {
  const header = (octet12: number, octet13: number) =>
    Uint8Array.from([
      0,
      80,
      0x1f,
      0x90,
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      2,
      octet12,
      octet13,
      1,
      0,
      0xab,
      0xcd,
      0,
      7,
    ]);

  it('reads every field', () => {
    const result = decodeTcp(header(0x50, 0x12), 0, 20);
    expect(result).toEqual({
      kind: 'tcp',
      header: {
        srcPort: 80,
        dstPort: 8080,
        seq: 1,
        ack: 2,
        flags: ['SYN', 'ACK'],
        otherFlags: [],
        window: 256,
        checksum: 0xabcd,
        urgentPointer: 7,
        headerLength: 20,
        options: { kinds: [] },
      },
    });
  });

  it('lists the flags in the order SYN FIN RST PSH ACK, and the others apart', () => {
    const result = decodeTcp(header(0x51, 0xff), 0, 20);
    expect(result.kind === 'tcp' && result.header.flags).toEqual([
      'SYN',
      'FIN',
      'RST',
      'PSH',
      'ACK',
    ]);
    expect(result.kind === 'tcp' && result.header.otherFlags).toEqual(['URG', 'ECE', 'CWR', 'AE']);
  });

  it('refuses a data offset below 5, and a header longer than the segment', () => {
    expect(decodeTcp(header(0x40, 0), 0, 20)).toMatchObject({
      kind: 'problem',
      code: 'bad-tcp-header',
      at: 12,
    });
    expect(decodeTcp(header(0x60, 0), 0, 20)).toMatchObject({
      kind: 'problem',
      code: 'bad-tcp-header',
      at: 12,
    });
    expect(decodeTcp(header(0x50, 0), 0, 19)).toMatchObject({
      kind: 'problem',
      code: 'bad-tcp-header',
      at: 0,
    });
    expect(decodeTcp(header(0x50, 0).subarray(0, 15), 0, 20)).toMatchObject({
      kind: 'problem',
      code: 'truncated-frame',
    });
  });
});
