import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunked, encodeChunked } from './chunked';
import { latin1 } from './grammar';
import { parseMessage } from './parse';
import { serializeMessage } from './serialize';
import { encodeUtf8 } from './utf8';

const text = (bytes: Uint8Array) => latin1(bytes, 0, bytes.length);

describe('the chunked coding helpers', () => {
  it('encode content in chunks of the given size, in hex', () => {
    const body = encodeChunked(encodeUtf8('abcdefghijklmnopqrstuvwxyz'), 20, [
      { name: 'Checksum', value: 'abc' },
    ]);
    expect(text(body)).toBe(
      '14\r\nabcdefghijklmnopqrst\r\n6\r\nuvwxyz\r\n0\r\nChecksum: abc\r\n\r\n',
    );
  });

  it('encode empty content as the last chunk alone', () => {
    expect(text(encodeChunked(new Uint8Array()))).toBe('0\r\n\r\n');
  });

  it('refuse a chunk size that is not a positive integer', () => {
    expect(() => encodeChunked(new Uint8Array(1), 0)).toThrow(RangeError);
  });

  it('decode the content of a parsed chunked body, extensions and trailers dropped', () => {
    const input = encodeUtf8(
      'POST /upload HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n' +
        '5;name=first\r\nhello\r\n7\r\n, world\r\n0\r\nChecksum: abc\r\n\r\n',
    );
    const parsed = parseMessage(input, 'request');
    if (!parsed.ok) expect.fail(parsed.error.explanation);
    expect(text(decodeChunked(parsed.message.body))).toBe('hello, world');
  });

  it('refuse to decode what is not a chunked body', () => {
    expect(() => decodeChunked(encodeUtf8('hello'))).toThrow(RangeError);
    expect(() => decodeChunked(encodeUtf8('5\r\nhel'))).toThrow(RangeError);
  });

  it('round-trip any content at any chunk size, through a whole message', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 1, max: 64 }),
        (content, size) => {
          const body = encodeChunked(content, size);
          expect(decodeChunked(body)).toEqual(content);
          const { bytes } = serializeMessage({
            kind: 'response',
            version: 'HTTP/1.1',
            status: 200,
            reason: 'OK',
            headers: [{ name: 'Transfer-Encoding', value: 'chunked' }],
            body,
          });
          const parsed = parseMessage(bytes, 'response');
          expect(parsed.ok && parsed.framing).toBe('chunked');
          expect(parsed.ok && parsed.message.body).toEqual(body);
        },
      ),
    );
  });
});
