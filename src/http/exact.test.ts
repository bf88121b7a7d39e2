import { describe, expect, it } from 'vitest';
import { readExactMessage } from './exact';
import { encodeUtf8 } from './utf8';

const read = (text: string) => readExactMessage(encodeUtf8(text), 'response');
const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nHello\n';

describe('readExactMessage', () => {
  it('accepts a response exactly as the serializer writes it, chunked or not', () => {
    expect(read(OK)).toMatchObject({ ok: true, message: { status: 200, reason: 'OK' } });
    const chunked =
      'HTTP/1.1 418 I’m a teapot\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n0\r\n\r\n';
    // The reason phrase carries obs-text (UTF-8 octets), which the grammar allows.
    expect(read(chunked)).toMatchObject({ ok: true, message: { status: 418 } });
  });

  it('says where the parser stops, by line and column', () => {
    const r = read('HTTP/1.1 200 OK\r\nContent-Type text/plain\r\n\r\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.line, r.error.column]).toEqual([2, 13]);
  });

  it('refuses what the serializer would write otherwise, at the first octet that differs', () => {
    const r = read(
      OK.replace('Content-Length: 6', 'Content-Length:6').replace('Hello\n', 'Hello\n'),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'differs', line: 3, column: 16 });
      expect(r.error.expected).toBe('Content-Length: 6');
    }
  });

  it('refuses Transfer-Encoding in a 1xx or 204 response, at its line (RFC 9112 §6.1)', () => {
    for (const text of [
      'HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n',
      'HTTP/1.1 204 No Content\r\nServer: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n',
    ]) {
      const line = text.split('\r\n').findIndex((l) => l.startsWith('Transfer-Encoding')) + 1;
      expect(read(text), text).toMatchObject({
        ok: false,
        error: { code: 'no-transfer-encoding', line, column: 1 },
      });
    }
    // A 200 may be chunked.
    expect(
      read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n'),
    ).toMatchObject({
      ok: true,
    });
  });

  it('names a line the serializer leaves out, not the line after it, and why', () => {
    // RFC 9110 §8.6: no Content-Length in a 204, wherever the line is.
    for (const text of [
      'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n',
      'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nServer: x\r\n\r\n',
    ]) {
      const r = read(text);
      expect(r, text).toMatchObject({ ok: false, error: { code: 'no-content-length', line: 2 } });
      expect(r.ok ? '' : r.error.expected, text).toBeUndefined();
    }
    const twice = read(OK.replace('Content-Length: 6\r\n', 'Content-Length: 6\r\n'.repeat(2)));
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'not-written', line: 4, column: 1 },
    });
  });

  it('accepts a response without a length as typed: its body runs to the close (RFC 9112 §6.3 point 8)', () => {
    expect(read('HTTP/1.1 200 OK\r\n\r\nhi')).toMatchObject({ ok: true, message: { status: 200 } });
  });

  it('refuses octets after the message’s end', () => {
    const r = read(`${OK}more`);
    expect(r).toMatchObject({ ok: false, error: { code: 'after-end', line: 6, column: 1 } });
  });
});
