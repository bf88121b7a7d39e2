import { describe, expect, it } from 'vitest';
import { binaryBytes } from './grammar';
import { createParser, MAX_FIELD_LINES, MAX_LINE_LENGTH, parseMessage } from './parse';

const bytes = binaryBytes;

describe('createParser', () => {
  it('settles on push as soon as the message is complete, and keeps later octets out', () => {
    const parser = createParser('request');
    expect(parser.push(bytes('GET / HTTP/1.1\r\nHost: a\r\n'))).toBeNull();
    expect(parser.blocks().map((b) => b.kind)).toEqual(['start-line', 'header']);
    const result = parser.push(bytes('\r\nGET /next HTTP/1.1\r\n'));
    expect(result).toMatchObject({ ok: true, consumed: 27 });
    expect(parser.push(bytes('Host: a\r\n\r\n'))).toBe(result);
    expect(parser.finish()).toBe(result);
  });

  it('reads octets pushed as a binary string as it reads the same octets pushed as bytes', () => {
    const input = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Latin: caf\xe9\r\n\r\n\x00\xffabc';
    const asBytes = createParser('response');
    const asBinary = createParser('response');
    for (const part of [input.slice(0, 20), input.slice(20, 41), input.slice(41)]) {
      expect(asBinary.pushBinary(part)).toEqual(asBytes.push(bytes(part)));
    }
    expect(asBinary.blocks()).toEqual(asBytes.blocks());
    expect(asBinary.finish()).toMatchObject({ ok: true, consumed: input.length });
  });

  it('waits for the whole body that Content-Length announces', () => {
    const parser = createParser('response');
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab'))).toBeNull();
    const result = parser.push(bytes('c'));
    expect(result?.ok && result.blocks.at(-1)).toEqual({ kind: 'body', start: 38, end: 41 });
  });

  it('settles a close-delimited response only at finish', () => {
    const parser = createParser('response');
    expect(parser.push(bytes('HTTP/1.0 200 OK\r\n\r\nhello'))).toBeNull();
    expect(parser.push(bytes(', world'))).toBeNull();
    const result = parser.finish();
    expect(result).toMatchObject({ ok: true, framing: 'until-close', consumed: 31 });
  });

  it('fails at once on a first octet that cannot start a request line', () => {
    expect(createParser('request').push(bytes('\x16\x03\x01'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-method', offset: 0 },
    });
    expect(createParser('response').push(bytes('HTTQ'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-version', offset: 3 },
    });
  });

  it('blames a space inside the request-target, not the version it leaves behind', () => {
    // RFC 9112 §3.2: "GET /a?b c HTTP/1.1" splits at its second SP, so "c HTTP/1.1" would be read
    // as the version; the fault is the space at offset 8, which a target writes as %20.
    expect(parseMessage(bytes('GET /a?b c HTTP/1.1\r\nHost: a\r\n\r\n'), 'request')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request-target', offset: 8, line: 1, column: 9 },
    });
    // A version that is wrong on its own is still the version's fault.
    expect(parseMessage(bytes('GET /a HTTP/2\r\nHost: a\r\n\r\n'), 'request')).toMatchObject({
      ok: false,
      error: { code: 'invalid-version' },
    });
  });

  it('reports an incomplete message at the end of the input', () => {
    expect(parseMessage(new Uint8Array(), 'request')).toMatchObject({
      ok: false,
      error: { code: 'incomplete', offset: 0, line: 1, column: 1 },
    });
  });
});

describe('framing that depends on the request (RFC 9112 §6.3 points 1 and 2)', () => {
  it('ends a 2xx response to CONNECT at its blank line: the tunnel follows', () => {
    const input = bytes('HTTP/1.1 200 Connection Established\r\n\r\n\x16\x03\x01');
    const result = parseMessage(input, 'response', { requestMethod: 'CONNECT' });
    expect(result).toMatchObject({ ok: true, consumed: 39, framing: 'none' });
  });

  it('reads a body after a response to GET with the same head', () => {
    const input = bytes('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi');
    expect(parseMessage(input, 'response', { requestMethod: 'HEAD' })).toMatchObject({
      consumed: 38,
    });
    expect(parseMessage(input, 'response', { requestMethod: 'GET' })).toMatchObject({
      consumed: 40,
    });
  });
});

describe('limits', () => {
  const head = 'GET / HTTP/1.1\r\nHost: a\r\n';

  it(`accepts a line of exactly ${MAX_LINE_LENGTH} octets and refuses one more`, () => {
    const field = (n: number) => `X: ${'a'.repeat(n - 3)}\r\n`;
    expect(parseMessage(bytes(`${head}${field(MAX_LINE_LENGTH)}\r\n`), 'request').ok).toBe(true);
    expect(
      parseMessage(bytes(`${head}${field(MAX_LINE_LENGTH + 1)}\r\n`), 'request'),
    ).toMatchObject({
      ok: false,
      error: { code: 'line-too-long', offset: head.length + MAX_LINE_LENGTH },
    });
  });

  it(`accepts ${MAX_FIELD_LINES} field lines and refuses one more`, () => {
    const fields = (n: number) => 'X: 1\r\n'.repeat(n - 1);
    expect(parseMessage(bytes(`${head}${fields(MAX_FIELD_LINES)}\r\n`), 'request').ok).toBe(true);
    expect(
      parseMessage(bytes(`${head}${fields(MAX_FIELD_LINES + 1)}\r\n`), 'request'),
    ).toMatchObject({
      ok: false,
      error: { code: 'too-many-headers' },
    });
  });

  it('turns a mebibyte of header-like garbage into an error without reading it all', () => {
    const MiB = 1 << 20;
    const garbage = [
      `${head}${'X-Filler: 1\r\n'.repeat(MiB / 13)}`,
      `${head}X-Long: ${'a'.repeat(MiB)}`,
      `GET /${'a'.repeat(MiB)}`,
      ':'.repeat(MiB),
      `${head}\r\n`.replace('Host: a', `Host: ${'\x7f'.repeat(MiB)}`),
    ];
    for (const input of garbage) {
      const result = parseMessage(bytes(input), 'request');
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.offset).toBeLessThan(MAX_LINE_LENGTH * (MAX_FIELD_LINES + 2));
    }
  });

  it('reads a mebibyte of body', () => {
    const body = 'a'.repeat(1 << 20);
    const input = bytes(
      `POST / HTTP/1.1\r\nHost: a\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    const result = parseMessage(input, 'request');
    expect(result.ok && result.message.body.length).toBe(1 << 20);
  });
});
