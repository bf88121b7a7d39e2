/**
 * Writes a message as RFC 9112 bytes, with CRLF line ends, and the byte span
 * of every block: the start line, each field line, the blank line and (when
 * there is one) the body, each span including its CRLF.
 *
 * Content-Length is computed from the body, never taken on trust (RFC 9110
 * §8.6): a wrong value is replaced in place, repeated Content-Length lines are
 * dropped, and one is added at the end when the message needs it. A message
 * whose Transfer-Encoding ends in chunked is sent in chunks (`message.chunks`,
 * or one chunk) with its trailer fields. `sendFraming.ts` decides both. The
 * message passed in is not changed.
 *
 * Throws a RangeError for a message that cannot be written as valid HTTP/1.1
 * (a method that is not a token, a CR or LF in a field value, content in a
 * 204 response…): those are bugs in the caller, not conditions on the wire.
 * Each line is read back with the parser's own grammar function before it is
 * written, so the serializer never writes a line the parser would refuse.
 * (It does not check the message as a whole: a missing Host is written.)
 */
import type { MessageBlock } from '../timeline/types';
import { encodeChunked } from './chunked';
import { isFault } from './errors';
import { fieldLine } from './fieldLine';
import { CR, LF, trimOws, writeBinary } from './grammar';
import type { HttpHeader, HttpMessage } from './message';
import { framedHeaders, type SendOptions, sendsChunked } from './sendFraming';
import { requestLine, statusLine } from './startLine';

/** For a response: the method of the request it answers (HEAD and CONNECT change framing). */
export type SerializeOptions = SendOptions;

export interface SerializedMessage {
  bytes: Uint8Array;
  blocks: MessageBlock[];
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new RangeError(what);
}

type ReadBack = (bytes: Uint8Array, start: number, end: number) => unknown;

/**
 * The message's octets, written line by line into one buffer of the exact size (the lines are
 * laid out first, so nothing is grown or copied). Each line is read back with the parser's own
 * grammar function before its CRLF is written, so that the serializer never writes what the
 * parser would refuse.
 */
class HeadWriter {
  length = 0;

  constructor(readonly bytes: Uint8Array) {}

  /** Writes `line`, then CRLF once `read` accepts it; returns the offset where it starts. */
  line(line: string, read: ReadBack | null): number {
    const start = this.length;
    const end = start + line.length;
    writeBinary(line, this.bytes, start);
    const result = read?.(this.bytes, start, end);
    if (isFault(result)) {
      throw new RangeError(`cannot write ${JSON.stringify(line)}: ${result.explanation}`);
    }
    this.bytes[end] = CR;
    this.bytes[end + 1] = LF;
    this.length = end + 2;
    return start;
  }
}

// RFC 9112 §3: request-line = method SP request-target SP HTTP-version
// RFC 9112 §4: status-line  = HTTP-version SP status-code SP [ reason-phrase ]
function startLineText(message: HttpMessage): string {
  if (message.kind === 'request') return `${message.method} ${message.target} ${message.version}`;
  check(Number.isInteger(message.status), `the status code ${message.status} is not an integer`);
  return `${message.version} ${message.status} ${message.reason}`;
}

// RFC 9112 §5: field-line = field-name ":" OWS field-value OWS
// Written as `Name: value`, one SP after the colon, none at the end.
function fieldLineText(header: HttpHeader): string {
  return header.value.length > 0 ? `${header.name}: ${header.value}` : `${header.name}:`;
}

function writeFieldLine(head: HeadWriter, header: HttpHeader): MessageBlock {
  const start = head.line(fieldLineText(header), (bytes, from, to) => {
    const read = fieldLine(bytes, from, to);
    // A colon in the name would read back as a different, shorter field name.
    check(
      isFault(read) || read.name === header.name,
      `the field name "${header.name}" is not a token`,
    );
    return read;
  });
  return { kind: 'header', name: header.name, value: header.value, start, end: head.length };
}

/**
 * The message body's octets: the body in chunks when Transfer-Encoding's final
 * coding is chunked (RFC 9112 §6.1: the chunked coding is how such a body is
 * sent), else the body as it is.
 */
function messageBody(message: HttpMessage, options: SerializeOptions): Uint8Array {
  if (sendsChunked(message, options)) {
    return encodeChunked(message.body, message.chunks, message.trailers);
  }
  check(
    message.chunks === undefined && message.trailers === undefined,
    'chunks and trailer fields are only for a message sent with the chunked coding',
  );
  return message.body;
}

/** The bytes of a message and the span of each of its blocks. */
export function serializeMessage(
  message: HttpMessage,
  options: SerializeOptions = {},
): SerializedMessage {
  const startLine = startLineText(message);
  const headers = framedHeaders(message, options).map((h) => ({
    name: h.name,
    value: trimOws(h.value),
  }));
  const body = messageBody(message, options);
  // The start line and the blank line, each with CRLF, then each field line with its CRLF.
  let headLength = startLine.length + 2 + 2;
  for (const header of headers) headLength += fieldLineText(header).length + 2;

  const head = new HeadWriter(new Uint8Array(headLength + body.length));
  const blocks: MessageBlock[] = [];
  head.line(startLine, message.kind === 'request' ? requestLine : statusLine);
  blocks.push({ kind: 'start-line', start: 0, end: head.length });
  for (const header of headers) blocks.push(writeFieldLine(head, header));
  const blankLine = head.line('', null);
  blocks.push({ kind: 'blank-line', start: blankLine, end: head.length });

  const bytes = head.bytes;
  bytes.set(body, head.length);
  if (body.length > 0) {
    blocks.push({ kind: 'body', start: head.length, end: bytes.length });
  }
  return { bytes, blocks };
}
