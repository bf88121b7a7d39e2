import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChunked } from './chunked';
import { latin1 } from './grammar';
import { parseMessage } from './parse';
import { serializeMessage } from './serialize';
import { encodeUtf8 } from './utf8';

const text = (bytes: Uint8Array) => latin1(bytes, 0, bytes.length);

describe('the chunked coding', () => {
  it('encodes content in the chunks given, sizes in lower-case hex, then the trailer fields', () => {
    const body = encodeChunked(
      encodeUtf8('abcdefghijklmnopqrstuvwxyz'),
      [20, 6],
      [{ name: 'Checksum', value: 'abc' }],
    );
    expect(text(body)).toBe(
      '14\r\nabcdefghijklmnopqrst\r\n6\r\nuvwxyz\r\n0\r\nChecksum: abc\r\n\r\n',
    );
  });

  it('encodes content as one chunk by default, and empty content as the last chunk alone', () => {
    expect(text(encodeChunked(encodeUtf8('hello')))).toBe('5\r\nhello\r\n0\r\n\r\n');
    expect(text(encodeChunked(new Uint8Array()))).toBe('0\r\n\r\n');
  });

  it('refuses chunk sizes that are not positive integers adding up to the content', () => {
    const content = new Uint8Array(4);
    for (const chunks of [[0, 4], [1.5, 2.5], [3], [2, 3], [-1, 5]]) {
      expect(() => encodeChunked(content, chunks)).toThrow(RangeError);
    }
  });

  it('refuses a trailer field the parser would refuse', () => {
    const content = new Uint8Array(1);
    expect(() => encodeChunked(content, [1], [{ name: 'A:B', value: 'x' }])).toThrow(RangeError);
    expect(() => encodeChunked(content, [1], [{ name: 'A', value: 'x\r\ny' }])).toThrow(RangeError);
  });

  it('gives the content, the chunks and the trailer fields back through a whole message', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 1, max: 64 }),
        (content, size) => {
          const chunks: number[] = [];
          for (let at = 0; at < content.length; at += size) {
            chunks.push(Math.min(size, content.length - at));
          }
          const trailers = [{ name: 'Checksum', value: String(content.length) }];
          const { bytes } = serializeMessage({
            kind: 'response',
            version: 'HTTP/1.1',
            status: 200,
            reason: 'OK',
            headers: [{ name: 'Transfer-Encoding', value: 'chunked' }],
            body: content,
            chunks,
            trailers,
          });
          const parsed = parseMessage(bytes, 'response');
          if (!parsed.ok) expect.fail(parsed.error.explanation);
          expect(parsed.framing).toBe('chunked');
          expect(parsed.message.body).toEqual(content);
          expect(parsed.message.chunks).toEqual(chunks);
          expect(parsed.message.trailers).toEqual(trailers);
        },
      ),
    );
  });
});
