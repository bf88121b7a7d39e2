import { describe, expect, it } from 'vitest';
import { latin1 } from './grammar';
import type { HttpRequest, HttpResponse } from './message';
import { parseMessage } from './parse';
import { serializeMessage } from './serialize';
import { encodeUtf8 } from './utf8';

const text = (bytes: Uint8Array) => latin1(bytes, 0, bytes.length);

function request(overrides: Partial<HttpRequest> = {}): HttpRequest {
  return {
    kind: 'request',
    method: 'GET',
    target: '/',
    version: 'HTTP/1.1',
    headers: [{ name: 'Host', value: 'example.com' }],
    body: new Uint8Array(),
    ...overrides,
  };
}

function response(overrides: Partial<HttpResponse> = {}): HttpResponse {
  return {
    kind: 'response',
    version: 'HTTP/1.1',
    status: 200,
    reason: 'OK',
    headers: [],
    body: new Uint8Array(),
    ...overrides,
  };
}

const FORM = 'name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue';

describe('serializeMessage', () => {
  it("writes MDN's contact form with Content-Length 63, not the 64 MDN prints", () => {
    const message = request({
      method: 'POST',
      target: '/contact_form.php',
      headers: [
        { name: 'Host', value: 'developer.mozilla.org' },
        { name: 'Content-Length', value: '64' },
        { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      ],
      body: encodeUtf8(FORM),
    });
    const { bytes, blocks } = serializeMessage(message);
    expect(text(bytes)).toBe(
      'POST /contact_form.php HTTP/1.1\r\n' +
        'Host: developer.mozilla.org\r\n' +
        'Content-Length: 63\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\n' +
        '\r\n' +
        FORM,
    );
    expect(blocks).toEqual([
      { kind: 'start-line', start: 0, end: 33 },
      { kind: 'header', start: 33, end: 62, name: 'Host', value: 'developer.mozilla.org' },
      { kind: 'header', start: 62, end: 82, name: 'Content-Length', value: '63' },
      {
        kind: 'header',
        start: 82,
        end: 131,
        name: 'Content-Type',
        value: 'application/x-www-form-urlencoded',
      },
      { kind: 'blank-line', start: 131, end: 133 },
      { kind: 'body', start: 133, end: 196 },
    ]);
    expect(message.headers[1]?.value).toBe('64');
  });

  it('adds no Content-Length to a bodiless GET', () => {
    expect(text(serializeMessage(request()).bytes)).toBe(
      'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n',
    );
  });

  it('adds Content-Length: 0 to a bodiless POST (RFC 9110 §8.6)', () => {
    const { bytes } = serializeMessage(request({ method: 'POST' }));
    expect(text(bytes)).toBe('POST / HTTP/1.1\r\nHost: example.com\r\nContent-Length: 0\r\n\r\n');
  });

  it('adds Content-Length after the other fields when a request has a body', () => {
    const { bytes } = serializeMessage(request({ method: 'PUT', body: encodeUtf8('hi') }));
    expect(text(bytes)).toBe('PUT / HTTP/1.1\r\nHost: example.com\r\nContent-Length: 2\r\n\r\nhi');
  });

  it('states the length of every response that may have content, empty or not', () => {
    expect(text(serializeMessage(response()).bytes)).toBe(
      'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
    );
    const notFound = response({ status: 404, reason: 'Not Found', body: encodeUtf8('none') });
    expect(text(serializeMessage(notFound).bytes)).toBe(
      'HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnone',
    );
  });

  it('keeps one Content-Length line, the first, with the true value', () => {
    const message = request({
      method: 'POST',
      headers: [
        { name: 'content-length', value: '5, 5' },
        { name: 'Host', value: 'example.com' },
        { name: 'Content-Length', value: '7' },
      ],
      body: encodeUtf8('hello'),
    });
    expect(text(serializeMessage(message).bytes)).toBe(
      'POST / HTTP/1.1\r\ncontent-length: 5\r\nHost: example.com\r\n\r\nhello',
    );
  });

  it('drops Content-Length beside Transfer-Encoding and writes the body chunked', () => {
    const message = response({
      headers: [
        { name: 'Transfer-Encoding', value: 'chunked' },
        { name: 'Content-Length', value: '5' },
      ],
      body: encodeUtf8('hello'),
    });
    expect(text(serializeMessage(message).bytes)).toBe(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    );
  });

  // The http-sim reproduction: a request whose user adds `Transfer-Encoding: chunked` to a plain
  // body must go out chunked, or the server reads the body as a chunk-size line and fails.
  it('chunks a request body when the request says Transfer-Encoding: chunked', () => {
    const message = request({
      method: 'POST',
      target: '/contact_form.php',
      headers: [
        { name: 'Host', value: 'developer.mozilla.org' },
        { name: 'Transfer-Encoding', value: 'chunked' },
      ],
      body: encodeUtf8('name=x'),
    });
    const { bytes, blocks } = serializeMessage(message);
    const head =
      'POST /contact_form.php HTTP/1.1\r\nHost: developer.mozilla.org\r\nTransfer-Encoding: chunked\r\n\r\n';
    expect(text(bytes)).toBe(`${head}6\r\nname=x\r\n0\r\n\r\n`);
    expect(blocks.at(-1)).toEqual({ kind: 'body', start: head.length, end: bytes.length });
    const parsed = parseMessage(bytes, 'request');
    if (!parsed.ok) expect.fail(parsed.error.explanation);
    expect(parsed.framing).toBe('chunked');
    expect(parsed.blocks).toEqual(blocks);
    expect(text(parsed.message.body)).toBe('name=x');
  });

  it('writes the chunks and trailer fields it is given, and the last chunk alone for no content', () => {
    const chunked = { name: 'Transfer-Encoding', value: 'chunked' };
    const message = response({
      headers: [chunked],
      body: encodeUtf8('abcdefghijklmnopqrstuvwxyz'),
      chunks: [20, 6],
      trailers: [{ name: 'Checksum', value: 'abc' }],
    });
    expect(text(serializeMessage(message).bytes)).toBe(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
        '14\r\nabcdefghijklmnopqrst\r\n6\r\nuvwxyz\r\n0\r\nChecksum: abc\r\n\r\n',
    );
    const empty = serializeMessage(response({ headers: [chunked] }));
    expect(text(empty.bytes)).toBe(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    );
    expect(empty.blocks.at(-1)).toEqual({ kind: 'body', start: 47, end: 52 });
  });

  it('refuses chunks that do not add up to the body, and trailers without the chunked coding', () => {
    const chunked = { name: 'Transfer-Encoding', value: 'chunked' };
    const body = encodeUtf8('hello');
    expect(() => serializeMessage(response({ headers: [chunked], body, chunks: [2, 2] }))).toThrow(
      RangeError,
    );
    expect(() => serializeMessage(response({ headers: [chunked], body, chunks: [5, 0] }))).toThrow(
      RangeError,
    );
    expect(() =>
      serializeMessage(response({ body, trailers: [{ name: 'Checksum', value: 'abc' }] })),
    ).toThrow(RangeError);
    expect(() =>
      serializeMessage(
        response({ headers: [chunked], body, trailers: [{ name: 'Check sum', value: 'abc' }] }),
      ),
    ).toThrow(RangeError);
  });

  it('writes no chunked body in a response that has none, whatever its fields say', () => {
    const message = response({
      status: 204,
      reason: 'No Content',
      headers: [{ name: 'Transfer-Encoding', value: 'chunked' }],
    });
    expect(text(serializeMessage(message).bytes)).toBe(
      'HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
  });

  it('drops Content-Length from 1xx and 204 responses and refuses content in them', () => {
    const noContent = response({
      status: 204,
      reason: 'No Content',
      headers: [{ name: 'Content-Length', value: '0' }],
    });
    expect(text(serializeMessage(noContent).bytes)).toBe('HTTP/1.1 204 No Content\r\n\r\n');
    expect(() => serializeMessage({ ...noContent, body: encodeUtf8('x') })).toThrow(RangeError);
    expect(() =>
      serializeMessage(response({ status: 100, reason: 'Continue', body: encodeUtf8('x') })),
    ).toThrow(RangeError);
  });

  it('keeps the Content-Length of a 304 or of a response to HEAD, which send no content', () => {
    const headers = [{ name: 'Content-Length', value: '195' }];
    const head = response({ headers });
    expect(text(serializeMessage(head, { requestMethod: 'HEAD' }).bytes)).toBe(
      'HTTP/1.1 200 OK\r\nContent-Length: 195\r\n\r\n',
    );
    const notModified = response({ status: 304, reason: 'Not Modified', headers });
    expect(text(serializeMessage(notModified).bytes)).toBe(
      'HTTP/1.1 304 Not Modified\r\nContent-Length: 195\r\n\r\n',
    );
    expect(() =>
      serializeMessage({ ...head, body: encodeUtf8('x') }, { requestMethod: 'HEAD' }),
    ).toThrow(RangeError);
  });

  it('writes `Name: value` with the value trimmed, and `Name:` for an empty value', () => {
    const message = request({
      headers: [
        { name: 'Host', value: ' example.com\t' },
        { name: 'X-Empty', value: '' },
      ],
    });
    const { bytes, blocks } = serializeMessage(message);
    expect(text(bytes)).toBe('GET / HTTP/1.1\r\nHost: example.com\r\nX-Empty:\r\n\r\n');
    expect(blocks[1]).toMatchObject({ name: 'Host', value: 'example.com' });
  });

  it('writes blocks that tile the bytes, each ending with CRLF but the body', () => {
    const { bytes, blocks } = serializeMessage(
      response({ headers: [{ name: 'Server', value: 'roundtrip' }], body: encodeUtf8('abc') }),
    );
    let at = 0;
    for (const block of blocks) {
      expect(block.start).toBe(at);
      if (block.kind !== 'body')
        expect(text(bytes.subarray(block.end - 2, block.end))).toBe('\r\n');
      at = block.end;
    }
    expect(at).toBe(bytes.length);
  });

  it('gives bytes that parse back to the same blocks', () => {
    const message = request({ method: 'POST', body: encodeUtf8(FORM) });
    const { bytes, blocks } = serializeMessage(message);
    const parsed = parseMessage(bytes, 'request');
    expect(parsed.ok && parsed.blocks).toEqual(blocks);
  });

  it.each([
    ['a method that is not a token', request({ method: 'GE T' })],
    ['an empty request-target', request({ target: '' })],
    ['a request-target with a space', request({ target: '/a b' })],
    ['a request-target with a fragment', request({ target: '/page#top' })],
    ['a version the model does not have', request({ version: 'HTTP/2.0' as 'HTTP/1.1' })],
    ['a field name with a colon', request({ headers: [{ name: 'Ho:st', value: 'x' }] })],
    [
      'a CRLF in a field value (response splitting)',
      response({ headers: [{ name: 'X', value: 'a\r\nSet-Cookie: evil' }] }),
    ],
    ['a NUL in a field value', response({ headers: [{ name: 'X', value: 'a\0' }] })],
    ['a character above U+00FF', response({ headers: [{ name: 'X', value: 'Zoë ✓' }] })],
    ['a status code out of range', response({ status: 600 })],
    ['a CR in the reason phrase', response({ reason: 'OK\r' })],
  ])('throws a RangeError for %s', (_, message) => {
    expect(() => serializeMessage(message)).toThrow(RangeError);
  });
});
