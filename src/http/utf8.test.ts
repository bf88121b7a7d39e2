import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from './utf8';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

// Any Unicode scalar value; built by hand because fc.string({ unit: 'binary' })
// spends a second building its tables on first use.
const scalar = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0x10ffff }),
);
const text = fc.array(scalar, { maxLength: 32 }).map((cps) => String.fromCodePoint(...cps));

describe('UTF-8 helpers', () => {
  it('encode like TextEncoder, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(text, text, (s, t) => {
        const withSurrogate = `${s}\ud800${t}`;
        expect(hex(encodeUtf8(s))).toBe(hex(encoder.encode(s)));
        expect(hex(encodeUtf8(withSurrogate))).toBe(hex(encoder.encode(withSurrogate)));
      }),
    );
  });

  it('decode like TextDecoder, invalid sequences included', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(decoder.decode(bytes));
      }),
    );
  });

  it('decode what they encode', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeUtf8(encodeUtf8(s))).toBe(s);
      }),
    );
    expect(decodeUtf8(encodeUtf8('典型的 HTTP 會話 😀'))).toBe('典型的 HTTP 會話 😀');
  });

  it('replace overlong forms, surrogates and too-large code points', () => {
    const cases = [
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ];
    const decoder = new TextDecoder();
    for (const bytes of cases) {
      expect(decodeUtf8(Uint8Array.from(bytes))).toBe(decoder.decode(Uint8Array.from(bytes)));
    }
  });
});
