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
 * The parser reads it line by line (`chunkedBody.ts`) with `chunkSizeLine`
 * below; the serializer writes it with `encodeChunked`.
 */
import { type Fault, fault, isFault } from './errors';
import { fieldLine } from './fieldLine';
import {
  binaryBytes,
  describeByte,
  hexValue,
  isFieldContent,
  isTchar,
  isWhitespace,
  SEMICOLON,
  trimOws,
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
 * The chunked coding of `content` (RFC 9112 §7.1): each chunk's size in
 * lower-case hex (as nginx, curl and h11 write it) and its data, then the last
 * chunk, the trailer fields and the final CRLF. `chunks` are the sizes of the
 * chunks, which must add up to the content's length; by default the content
 * is one chunk (and empty content no chunk at all). Throws a RangeError for
 * sizes that do not fit the content or a trailer field that the parser would
 * refuse.
 */
export function encodeChunked(
  content: Uint8Array,
  chunks: readonly number[] = content.length > 0 ? [content.length] : [],
  trailers: readonly HttpHeader[] = [],
): Uint8Array {
  const total = chunks.reduce((n, size) => n + size, 0);
  if (chunks.some((size) => !Number.isInteger(size) || size < 1) || total !== content.length) {
    throw new RangeError(
      `the chunks [${chunks.join(', ')}] do not cut the ${content.length} octets of content`,
    );
  }
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const size of chunks) {
    parts.push(binaryBytes(`${size.toString(16)}\r\n`), content.subarray(at, at + size));
    parts.push(binaryBytes('\r\n'));
    at += size;
  }
  parts.push(binaryBytes('0\r\n'));
  for (const trailer of trailers) {
    const line = binaryBytes(`${trailer.name}: ${trimOws(trailer.value)}`);
    const read = fieldLine(line, 0, line.length);
    if (isFault(read) || read.name !== trailer.name) {
      const why = isFault(read) ? read.explanation : `"${trailer.name}" is not a token`;
      throw new RangeError(`cannot write the trailer field ${trailer.name}: ${why}`);
    }
    parts.push(line, binaryBytes('\r\n'));
  }
  parts.push(binaryBytes('\r\n'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
