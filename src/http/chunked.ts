/**
 * The chunked transfer coding (RFC 9112 §7.1):
 *
 *   chunked-body   = *chunk
 *                    last-chunk
 *                    trailer-section
 *                    CRLF
 *   chunk          = chunk-size [ chunk-ext ] CRLF
 *                    chunk-data CRLF
 *   chunk-size     = 1*HEXDIG
 *   last-chunk     = 1*("0") [ chunk-ext ] CRLF
 *   chunk-data     = 1*OCTET ; a sequence of chunk-size octets
 *
 * The parser reads it line by line in `parse.ts` with `chunkSizeLine` below;
 * `encodeChunked` and `decodeChunked` convert between content and a chunked
 * message body, for building messages and reading what was parsed.
 */
import { type Fault, fault } from './errors';
import {
  binaryBytes,
  CR,
  describeByte,
  hexValue,
  isFieldContent,
  isWhitespace,
  LF,
  SEMICOLON,
} from './grammar';
import type { HttpHeader } from './message';

// RFC 9112 §7.1.1:
//   chunk-ext      = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
//   chunk-ext-name = token
//   chunk-ext-val  = token / quoted-string
// "A recipient MUST ignore unrecognized chunk extensions": we ignore them all.
// Simplification: an extension is checked only for control characters, not
// for its token / quoted-string structure.
export function chunkSizeLine(bytes: Uint8Array, start: number, end: number): number | Fault {
  let size = 0;
  let i = start;
  for (; i < end; i++) {
    const digit = hexValue(bytes[i] ?? 0);
    if (digit < 0) break;
    size = size * 16 + digit;
    // Simplification: chunks above 2^53 - 1 octets are refused as invalid.
    if (size > Number.MAX_SAFE_INTEGER) {
      return fault('invalid-chunk-size', i, 'The chunk size is too large.');
    }
  }
  if (i === start) {
    const found = i < end ? describeByte(bytes[i] ?? 0) : 'an empty line';
    return fault(
      'invalid-chunk-size',
      i,
      `A chunk starts with its size in hex digits; found ${found}.`,
    );
  }
  let j = i;
  while (j < end && isWhitespace(bytes[j] ?? 0)) j++;
  if (i === end) return size;
  if (j === end || bytes[j] !== SEMICOLON) {
    const found = j < end ? describeByte(bytes[j] ?? 0) : 'trailing whitespace';
    return fault(
      'invalid-chunk-size',
      j < end ? j : i,
      `The chunk size must be followed by CRLF or ";" and an extension; found ${found}.`,
    );
  }
  for (let k = j + 1; k < end; k++) {
    const b = bytes[k] ?? 0;
    if (!isFieldContent(b)) {
      return fault(
        'invalid-chunk-extension',
        k,
        `A chunk extension may not contain ${describeByte(b)}.`,
      );
    }
  }
  return size;
}

/**
 * A chunked message body carrying `content` in chunks of `chunkSize` octets,
 * then the last chunk, the trailer fields and the final CRLF.
 */
export function encodeChunked(
  content: Uint8Array,
  chunkSize: number = Math.max(content.length, 1),
  trailers: readonly HttpHeader[] = [],
): Uint8Array {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, not ${chunkSize}`);
  }
  const parts: Uint8Array[] = [];
  for (let at = 0; at < content.length; at += chunkSize) {
    const data = content.subarray(at, at + chunkSize);
    parts.push(
      binaryBytes(`${data.length.toString(16).toUpperCase()}\r\n`),
      data,
      binaryBytes('\r\n'),
    );
  }
  const trailerText = trailers.map((t) => `${t.name}: ${t.value}\r\n`).join('');
  parts.push(binaryBytes(`0\r\n${trailerText}\r\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function lineEnd(body: Uint8Array, from: number): number {
  for (let i = from; i + 1 < body.length; i++) {
    if (body[i] === CR && body[i + 1] === LF) return i;
  }
  throw new RangeError('not a chunked body: a line has no CRLF');
}

/**
 * The content of a chunked message body (chunk data joined, extensions and
 * trailers dropped). Meant for a body that `parseMessage` accepted; throws a
 * RangeError on anything else.
 */
export function decodeChunked(body: Uint8Array): Uint8Array {
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const end = lineEnd(body, at);
    const size = chunkSizeLine(body, at, end);
    if (typeof size !== 'number') throw new RangeError(`not a chunked body: ${size.explanation}`);
    at = end + 2;
    if (size === 0) break;
    if (at + size + 2 > body.length)
      throw new RangeError('not a chunked body: a chunk is cut short');
    pieces.push(body.subarray(at, at + size));
    at += size + 2;
  }
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
