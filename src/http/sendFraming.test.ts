import { describe, expect, it } from 'vitest';
import type { HttpHeader, HttpMessage } from './message';
import { parseMessage } from './parse';
import { type MessageFraming, messageFraming } from './sendFraming';
import { serializeMessage } from './serialize';
import { encodeUtf8 } from './utf8';

const body = encodeUtf8('hello');
const empty = new Uint8Array();
const TE = (value: string): HttpHeader => ({ name: 'Transfer-Encoding', value });
const host: HttpHeader = { name: 'Host', value: 'example.com' };

function request(
  method: string,
  headers: HttpHeader[],
  content: Uint8Array = empty,
  version = 'HTTP/1.1',
) {
  return {
    kind: 'request',
    method,
    target: '/',
    version,
    headers: [host, ...headers],
    body: content,
  } as HttpMessage;
}

function response(
  status: number,
  headers: HttpHeader[],
  content: Uint8Array = empty,
  version = 'HTTP/1.1',
) {
  return { kind: 'response', version, status, reason: 'X', headers, body: content } as HttpMessage;
}

type Row = [string, HttpMessage, string | undefined, MessageFraming];

// RFC 9112 §6.3, for the message as serializeMessage writes it.
const TABLE: Row[] = [
  ['GET without content', request('GET', []), undefined, { framing: 'none', closeAfter: false }],
  [
    'POST with content',
    request('POST', [], body),
    undefined,
    { framing: 'content-length', closeAfter: false },
  ],
  ['POST, empty', request('POST', []), undefined, { framing: 'content-length', closeAfter: false }],
  [
    'POST, chunked',
    request('POST', [TE('chunked')], body),
    undefined,
    { framing: 'chunked', closeAfter: false },
  ],
  [
    'request, gzip last',
    request('POST', [TE('gzip')], body),
    undefined,
    { framing: 'invalid', closeAfter: true },
  ],
  [
    'request, gzip then chunked',
    request('POST', [TE('gzip, chunked')], body),
    undefined,
    { framing: 'invalid', closeAfter: true },
  ],
  [
    'HTTP/1.0 request, chunked',
    request('POST', [TE('chunked')], body, 'HTTP/1.0'),
    undefined,
    { framing: 'invalid', closeAfter: true },
  ],
  [
    '200 with content',
    response(200, [], body),
    undefined,
    { framing: 'content-length', closeAfter: false },
  ],
  ['200, empty', response(200, []), undefined, { framing: 'content-length', closeAfter: false }],
  [
    'HTTP/1.0 200',
    response(200, [], body, 'HTTP/1.0'),
    undefined,
    { framing: 'content-length', closeAfter: false },
  ],
  [
    '200, chunked',
    response(200, [TE('chunked')], body),
    undefined,
    { framing: 'chunked', closeAfter: false },
  ],
  [
    '200, gzip then chunked',
    response(200, [TE('gzip, chunked')], body),
    undefined,
    { framing: 'chunked', closeAfter: false },
  ],
  [
    '200, gzip last: close-delimited',
    response(200, [TE('gzip')], body),
    undefined,
    { framing: 'until-close', closeAfter: true },
  ],
  [
    '200, chunked with a parameter',
    response(200, [TE('chunked;foo=bar')], body),
    undefined,
    { framing: 'invalid', closeAfter: true },
  ],
  [
    '200 to HEAD',
    response(200, [{ name: 'Content-Length', value: '195' }]),
    'HEAD',
    { framing: 'none', closeAfter: false },
  ],
  [
    '200 to HEAD, gzip last',
    response(200, [TE('gzip')]),
    'HEAD',
    { framing: 'none', closeAfter: false },
  ],
  ['100', response(100, []), undefined, { framing: 'none', closeAfter: false }],
  [
    '101',
    response(101, [{ name: 'Upgrade', value: 'websocket' }]),
    undefined,
    { framing: 'none', closeAfter: false },
  ],
  ['204', response(204, [TE('chunked')]), undefined, { framing: 'none', closeAfter: false }],
  [
    '304',
    response(304, [{ name: 'Content-Length', value: '195' }]),
    undefined,
    { framing: 'none', closeAfter: false },
  ],
  ['200 to CONNECT', response(200, []), 'CONNECT', { framing: 'none', closeAfter: false }],
  [
    '404 to CONNECT',
    response(404, [], body),
    'CONNECT',
    { framing: 'content-length', closeAfter: false },
  ],
  // Persistence (RFC 9112 §9.3) is isPersistent's: the framing does not need the close here.
  [
    '200 with Connection: close',
    response(200, [{ name: 'Connection', value: 'close' }], body),
    undefined,
    { framing: 'content-length', closeAfter: false },
  ],
];

describe('messageFraming (RFC 9112 §6.3)', () => {
  it.each(TABLE)('%s', (_, message, requestMethod, expected) => {
    const options = requestMethod === undefined ? {} : { requestMethod };
    expect(messageFraming(message, options)).toEqual(expected);
    // What the parser reads back from the serialized message agrees.
    const written = serializeMessage(message, options);
    const parsed = parseMessage(written.bytes, message.kind, options);
    if (expected.framing === 'invalid') expect(parsed.ok).toBe(false);
    else expect(parsed.ok && parsed.framing).toBe(expected.framing);
  });
});

describe('a response framed as typed (SendOptions.untilClose)', () => {
  it('gets no Content-Length added: without one its body runs to the close (§6.3 point 8)', () => {
    const typed = response(200, [{ name: 'Content-Type', value: 'text/plain' }], body);
    const options = { untilClose: true };
    expect(messageFraming(typed, options)).toEqual({ framing: 'until-close', closeAfter: true });
    const written = serializeMessage(typed, options).bytes;
    expect(new TextDecoder().decode(written)).toBe(
      'HTTP/1.1 200 X\r\nContent-Type: text/plain\r\n\r\nhello',
    );
    const length = response(200, [{ name: 'Content-Length', value: '5' }], body);
    expect(messageFraming(length, options)).toEqual({
      framing: 'content-length',
      closeAfter: false,
    });
    // A response to HEAD has no content, whatever it says (§6.3 point 1).
    const head = { ...options, requestMethod: 'HEAD' };
    expect(messageFraming(response(200, []), head)).toEqual({ framing: 'none', closeAfter: false });
  });
});
