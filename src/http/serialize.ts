/**
 * Writes a message as RFC 9112 bytes, with CRLF line ends, and the byte span
 * of every block: the start line, each field line, the blank line and (when
 * there is one) the body, each span including its CRLF.
 *
 * Content-Length is computed from the body, never taken on trust (RFC 9110
 * §8.6): a wrong value is replaced in place, repeated Content-Length lines are
 * dropped, and one is added at the end when the message needs it. The message
 * passed in is not changed.
 *
 * Throws a RangeError for a message that cannot be written as valid HTTP/1.1
 * (a method that is not a token, a CR or LF in a field value, content in a
 * 204 response…): those are bugs in the caller, not conditions on the wire.
 * Each line is read back with the parser's own grammar function before it is
 * written, so the serializer never writes a line the parser would refuse.
 * (It does not check the message as a whole: a missing Host is written.)
 */
import type { MessageBlock } from '../timeline/types';
import { isFault } from './errors';
import { fieldLine } from './fieldLine';
import { transferCodings } from './framing';
import { CR, LF, trimOws, writeBinary } from './grammar';
import { type HttpHeader, type HttpMessage, headerValues, sameFieldName } from './message';
import { requestLine, statusLine } from './startLine';

export interface SerializeOptions {
  /** For a response: the method of the request it answers (a HEAD response has no body). */
  requestMethod?: string;
}

export interface SerializedMessage {
  bytes: Uint8Array;
  blocks: MessageBlock[];
}

// RFC 9110 §9.3: the methods that define a meaning for enclosed content, for
// which "a user agent normally sends Content-Length ... even when the value is 0".
const CONTENT_METHODS = new Set(['POST', 'PUT', 'PATCH']);

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

/** RFC 9112 §6.3 points 1 and 2: responses that never have content. */
function hasNoContent(message: HttpMessage, options: SerializeOptions): boolean {
  if (message.kind === 'request') return false;
  const s = message.status;
  if (options.requestMethod === 'HEAD' || s < 200 || s === 204 || s === 304) return true;
  return isTunnel(message, options);
}

/** RFC 9112 §6.3 point 2: a 2xx response to CONNECT turns the connection into a tunnel. */
function isTunnel(message: HttpMessage, options: SerializeOptions): boolean {
  return (
    message.kind === 'response' &&
    options.requestMethod === 'CONNECT' &&
    message.status >= 200 &&
    message.status < 300
  );
}

/**
 * The field lines to write, with Content-Length made true. RFC 9112 §6.2: "A
 * sender MUST NOT send a Content-Length header field in any message that
 * contains a Transfer-Encoding header field"; RFC 9110 §8.6: nor "in any
 * response with a status code of 1xx (Informational) or 204 (No Content)",
 * nor "in any 2xx (Successful) response to a CONNECT request".
 * A HEAD or 304 response keeps its Content-Length: it describes the
 * representation that was not sent, not this message's (empty) body.
 */
function framedHeaders(message: HttpMessage, options: SerializeOptions): HttpHeader[] {
  const isContentLength = (h: HttpHeader) => sameFieldName(h.name, 'content-length');
  const transferEncoded = transferCodings(headerValues(message, 'transfer-encoding')).length > 0;
  const status = message.kind === 'response' ? message.status : 200;
  if (hasNoContent(message, options)) {
    check(message.body.length === 0, `a ${status} response (or a response to HEAD) has no content`);
  }
  if (transferEncoded || status < 200 || status === 204 || isTunnel(message, options)) {
    return message.headers.filter((h) => !isContentLength(h));
  }
  if (hasNoContent(message, options)) return message.headers.slice();
  const length = String(message.body.length);
  const out: HttpHeader[] = [];
  let seen = false;
  for (const header of message.headers) {
    if (!isContentLength(header)) {
      out.push(header);
    } else if (!seen) {
      out.push({ name: header.name, value: length });
      seen = true;
    }
  }
  const needed =
    message.body.length > 0 || message.kind === 'response' || CONTENT_METHODS.has(message.method);
  if (!seen && needed) out.push({ name: 'Content-Length', value: length });
  return out;
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
  // The start line and the blank line, each with CRLF, then each field line with its CRLF.
  let headLength = startLine.length + 2 + 2;
  for (const header of headers) headLength += fieldLineText(header).length + 2;

  const head = new HeadWriter(new Uint8Array(headLength + message.body.length));
  const blocks: MessageBlock[] = [];
  head.line(startLine, message.kind === 'request' ? requestLine : statusLine);
  blocks.push({ kind: 'start-line', start: 0, end: head.length });
  for (const header of headers) blocks.push(writeFieldLine(head, header));
  const blankLine = head.line('', null);
  blocks.push({ kind: 'blank-line', start: blankLine, end: head.length });

  const bytes = head.bytes;
  bytes.set(message.body, head.length);
  if (message.body.length > 0) {
    blocks.push({ kind: 'body', start: head.length, end: bytes.length });
  }
  return { bytes, blocks };
}
