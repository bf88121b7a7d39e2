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
import { type Fault, fault, isFault } from './errors';
import {
  binaryBytes,
  CR,
  describeByte,
  hexValue,
  isFieldContent,
  isTchar,
  isWhitespace,
  LF,
  SEMICOLON,
} from './grammar';
import type { HttpHeader } from './message';

// RFC 9112 §7.1: chunk-size = 1*HEXDIG, then [ chunk-ext ] and CRLF.
// "Recipients MUST anticipate potentially large hexadecimal numerals and
// prevent parsing errors due to integer conversion overflows".
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
  const bad = chunkExtensionFault(bytes, i, end);
  return bad ?? size;
}

function skipWhitespace(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && isWhitespace(bytes[i] ?? 0)) i++;
  return i;
}

function skipTchars(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && isTchar(bytes[i] ?? 0)) i++;
  return i;
}

// RFC 9112 §7.1.1:
//   chunk-ext      = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
//   chunk-ext-name = token
//   chunk-ext-val  = token / quoted-string
// RFC 9110 §5.6.3: BWS is whitespace a sender must not write and a recipient
// "MUST parse for ... and remove". "A recipient MUST ignore unrecognized chunk
// extensions": every extension is checked, then ignored.
function chunkExtensionFault(bytes: Uint8Array, start: number, end: number): Fault | null {
  let i = start;
  let afterSize = true;
  while (i < end) {
    const before = i;
    i = skipWhitespace(bytes, i, end);
    if (i === end || bytes[i] !== SEMICOLON) {
      const found = i < end ? describeByte(bytes[i] ?? 0) : 'whitespace at the end of the line';
      return afterSize
        ? fault(
            'invalid-chunk-size',
            i < end ? i : before,
            `The chunk size must be followed by CRLF or ";" and an extension; found ${found}.`,
          )
        : fault(
            'invalid-chunk-extension',
            i < end ? i : before,
            `A chunk extension must be followed by CRLF, by ";" and another extension, or by "=" and a value; found ${found}.`,
          );
    }
    afterSize = false;
    i = skipWhitespace(bytes, i + 1, end);
    const nameEnd = skipTchars(bytes, i, end);
    if (nameEnd === i) {
      const found = i < end ? describeByte(bytes[i] ?? 0) : 'the end of the line';
      return fault(
        'invalid-chunk-extension',
        i,
        `A chunk extension needs a name (a token) after ";"; found ${found}.`,
      );
    }
    i = nameEnd;
    const equals = skipWhitespace(bytes, i, end);
    if (equals < end && bytes[equals] === EQUALS) {
      const value = skipWhitespace(bytes, equals + 1, end);
      const valueEnd =
        bytes[value] === DQUOTE && value < end
          ? quotedStringEnd(bytes, value, end)
          : skipTchars(bytes, value, end);
      if (isFault(valueEnd)) return valueEnd;
      if (valueEnd === value) {
        const found = value < end ? describeByte(bytes[value] ?? 0) : 'the end of the line';
        return fault(
          'invalid-chunk-extension',
          value,
          `A chunk extension's value after "=" is a token or a quoted string; found ${found}.`,
        );
      }
      i = valueEnd;
    }
  }
  return null;
}

// RFC 9110 §5.6.4:
//   quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
//   qdtext        = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
//   quoted-pair   = "\" ( HTAB / SP / VCHAR / obs-text )
// Returns the offset just past the closing DQUOTE of the string at `start`.
function quotedStringEnd(bytes: Uint8Array, start: number, end: number): number | Fault {
  for (let i = start + 1; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === DQUOTE) return i + 1;
    if (b === BACKSLASH) {
      i++;
      if (i === end || !isFieldContent(bytes[i] ?? 0)) {
        const found = i < end ? describeByte(bytes[i] ?? 0) : 'the end of the line';
        return fault(
          'invalid-chunk-extension',
          i,
          `A "\\" in a quoted string is followed by a visible character, SP or HTAB; found ${found}.`,
        );
      }
    } else if (!isFieldContent(b)) {
      return fault(
        'invalid-chunk-extension',
        i,
        `A chunk extension may not contain ${describeByte(b)}.`,
      );
    }
  }
  return fault(
    'invalid-chunk-extension',
    end,
    'A quoted string in a chunk extension ends with the line; expected a closing DQUOTE.',
  );
}

const EQUALS = 0x3d;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

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
