import { describe, expect, it, vi } from 'vitest';
import { SCENARIOS } from '../model';
import { readRequestText, requestToText, toWire } from './requestText';
import { readResponseText } from './responseText';

const GET = 'GET / HTTP/1.1\nHost: developer.mozilla.org\nAccept-Language: fr\n\n';

describe('the Request box', () => {
  it('shows every canned request exactly as sent, and reads it back to the same request', () => {
    for (const s of SCENARIOS) {
      for (const spec of s.requests) {
        const text = requestToText(spec, s.site.host);
        const read = readRequestText(text);
        expect(read, `${s.id}: ${text}`).toEqual({ ok: true, spec, host: s.site.host });
      }
    }
  });

  it('sends the head’s line ends as CR LF and the body as typed', () => {
    const wire = toWire('POST / HTTP/1.1\nHost: a\nContent-Length: 3\n\na\nb');
    const text = new TextDecoder().decode(wire.bytes);
    expect(text).toBe('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\na\nb');
    expect(readRequestText('POST / HTTP/1.1\nHost: a\nContent-Length: 3\n\na\nb')).toMatchObject({
      ok: true,
      spec: { method: 'POST', target: '/', body: 'a\nb' },
    });
  });

  it('writes a character beyond ASCII as its UTF-8 octets, each pointing back at it', () => {
    const wire = toWire('GET /café HTTP/1.1\n');
    expect(new TextDecoder().decode(wire.bytes)).toBe('GET /café HTTP/1.1\r\n');
    expect([...wire.bytes.slice(8, 10)]).toEqual([0xc3, 0xa9]);
    expect([...wire.source.slice(7, 11)]).toEqual([7, 8, 8, 9]);
  });

  // The box is read at every keystroke: an encoder call per character cost more than the rest.
  it('writes ASCII octet for octet, without the encoder', () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    try {
      expect(toWire(GET).bytes).toHaveLength(GET.length + 4);
      expect(encode).not.toHaveBeenCalled();
    } finally {
      encode.mockRestore();
    }
  });

  it('counts an error’s column in characters, where the mark is, not in UTF-8 octets', () => {
    // 你好 is the 6 octets Content-Length announces; 世 is the first one past the body's end:
    // the third character of its line, its seventh octet.
    const text =
      'POST /contact_form.php HTTP/1.1\nHost: developer.mozilla.org\nContent-Type: text/plain\nContent-Length: 6\n\n你好世界';
    const read = readRequestText(text);
    expect(read).toMatchObject({ ok: false, error: { line: 6, column: 3 } });
    expect(read.ok ? '' : text[read.error.index]).toBe('世');
    // A response typed by hand: 'héllo' is 6 octets against Content-Length: 5; the o is 5th.
    const response = 'HTTP/1.1 200 OK\nContent-Length: 5\n\nhéllo';
    const typed = readResponseText(response);
    expect(typed).toMatchObject({ ok: false, error: { line: 4, column: 5 } });
    expect(typed.ok ? '' : response[typed.error.index]).toBe('o');
  });

  it('reads an added header', () => {
    const read = readRequestText(GET.replace('\n\n', '\nAccept: text/html\n\n'));
    expect(read).toMatchObject({
      ok: true,
      spec: {
        headers: [
          ['Accept-Language', 'fr'],
          ['Accept', 'text/html'],
        ],
      },
    });
  });

  it('gives the parser’s error with its line, column and the offending character', () => {
    const text = GET.replace('Host: ', 'Host ');
    const read = readRequestText(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({ code: 'invalid-field-name', line: 2, column: 5 });
    // The character marked is the space after Host.
    expect(read.error.index).toBe(text.indexOf('Host ') + 4);
  });

  it('says the message is incomplete without its blank line', () => {
    expect(readRequestText('GET / HTTP/1.1\nHost: a\n')).toMatchObject({
      ok: false,
      error: { code: 'incomplete' },
    });
  });

  it('refuses what the user agent would send otherwise, at the first octet that differs', () => {
    // Host second: the user agent writes it first.
    expect(readRequestText('GET / HTTP/1.1\nAccept: */*\nHost: a\n\n')).toMatchObject({
      ok: false,
      error: { code: 'host-first', line: 2, column: 1 },
    });
    // A POST always states its length (RFC 9110 §9.3.3 via sendFraming.ts).
    expect(readRequestText('POST / HTTP/1.1\nHost: a\n\n')).toMatchObject({
      ok: false,
      error: { code: 'differs', line: 3, column: 1, expected: 'Content-Length: 0' },
    });
  });

  it('says where the message ends when more text follows it, and why it ends there', () => {
    // RFC 9112 §6.3 point 7: without Content-Length or Transfer-Encoding, a request has no body.
    expect(readRequestText('GET / HTTP/1.1\nHost: a\n\nxyz')).toMatchObject({
      ok: false,
      error: { code: 'no-body-length', line: 4, column: 1, index: 24, length: 3 },
    });
    expect(readRequestText('POST / HTTP/1.1\nHost: a\n\nname=x')).toMatchObject({
      ok: false,
      error: { code: 'no-body-length', line: 4, column: 1, length: 6 },
    });
    // Text that reads as a request line is a second request, not a body for the first, also
    // before its line end is typed, and after more blank lines.
    for (const rest of [
      'GET / HTTP/1.1\nHost: a\n\n',
      'GET /x HTTP/1.1',
      '\n\nPOST / HTTP/1.0\n',
    ]) {
      expect(readRequestText(`GET / HTTP/1.1\nHost: a\n\n${rest}`), rest).toMatchObject({
        ok: false,
        error: { code: 'second-request', line: 4, column: 1, index: 24 },
      });
    }
    // Not yet a request line, or not one: the advice to frame it as a body stands.
    for (const rest of ['GET / HT', 'hello world', 'GET  / HTTP/1.1']) {
      expect(readRequestText(`GET / HTTP/1.1\nHost: a\n\n${rest}`), rest).toMatchObject({
        ok: false,
        error: { code: 'no-body-length' },
      });
    }
    // Point 6: Content-Length says where the body ends.
    expect(readRequestText('POST / HTTP/1.1\nHost: a\nContent-Length: 2\n\nname=x')).toMatchObject({
      ok: false,
      error: { code: 'after-end', line: 5, column: 3 },
    });
  });

  it('says that the body, not the head, is short of its Content-Length', () => {
    expect(readRequestText('POST / HTTP/1.1\nHost: a\nContent-Length: 30\n\nname=x')).toMatchObject(
      {
        ok: false,
        error: { code: 'body-short', line: 5, column: 7, length: 30, missing: 24 },
      },
    );
    expect(
      readRequestText('POST / HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n6\r\nname=x\r\n'),
    ).toMatchObject({ ok: false, error: { code: 'chunked-short' } });
  });

  it('asks for Host in an HTTP/1.0 request where the header lines start, saying why', () => {
    expect(readRequestText('GET / HTTP/1.0\n\n')).toMatchObject({
      ok: false,
      error: { code: 'host-always', line: 2, column: 1 },
    });
    expect(readRequestText('GET / HTTP/1.0\nAccept: */*\n\n')).toMatchObject({
      ok: false,
      error: { code: 'host-always', line: 2, column: 1 },
    });
  });
});
