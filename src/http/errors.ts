/**
 * Why a message could not be parsed. The visualizer translates by `code`; the
 * English `explanation` is for the CLI and the tests.
 */

export const PARSE_ERROR_CODES = [
  /** The input ended before the message did. */
  'incomplete',
  /** RFC 9112 §2.2: a CR not followed by LF outside the content. */
  'bare-cr',
  /** RFC 9112 §7.1: a line of the chunked coding ended with LF alone. */
  'bare-lf',
  /** Limit: a start line, field line or chunk line longer than MAX_LINE_LENGTH. */
  'line-too-long',
  /** Limit: more than MAX_FIELD_LINES field lines in the header or trailer section. */
  'too-many-headers',
  /** RFC 9112 §3: the request line is not method SP request-target SP HTTP-version. */
  'invalid-request-line',
  /** RFC 9112 §3.1: the method is not a token. */
  'invalid-method',
  /** RFC 9112 §3.2: the request-target is none of the four forms. */
  'invalid-request-target',
  /** RFC 9112 §2.3: not HTTP-name "/" DIGIT "." DIGIT. */
  'invalid-version',
  /** RFC 9110 §2.5: a well-formed version other than HTTP/1.0 and HTTP/1.1. */
  'unsupported-version',
  /** RFC 9112 §4: the status line is not HTTP-version SP status-code SP reason-phrase. */
  'invalid-status-line',
  /** RFC 9110 §15: the status code is not three digits from 100 to 599. */
  'invalid-status-code',
  /** RFC 9112 §2.2: a line starting with whitespace right after the start line. */
  'whitespace-before-first-header',
  /** RFC 9112 §5: a field line without a colon. */
  'missing-colon',
  /** RFC 9110 §5.1: the field name is empty or not a token. */
  'invalid-field-name',
  /** RFC 9112 §5.1: whitespace between the field name and the colon. */
  'whitespace-before-colon',
  /** RFC 9110 §5.5: a control character (NUL, DEL, …) in a field value. */
  'invalid-field-value',
  /** RFC 9112 §5.2: obsolete line folding in a request or a trailer section. */
  'obs-fold',
  /** RFC 9112 §3.2: an HTTP/1.1 request without Host. */
  'missing-host',
  /** RFC 9112 §3.2: more than one Host field line. */
  'multiple-host',
  /** RFC 9112 §3.2 / RFC 9110 §7.2: a Host value that is not uri-host [ ":" port ]. */
  'invalid-host',
  /** RFC 9112 §6.3: a Content-Length that is not 1*DIGIT (or too large). */
  'invalid-content-length',
  /** RFC 9112 §6.3 / RFC 9110 §8.6: Content-Length values that differ. */
  'conflicting-content-length',
  /** RFC 9112 §6.3 point 3: both Transfer-Encoding and Content-Length. */
  'content-length-with-transfer-encoding',
  /** RFC 9112 §6.1, §6.3, §7: chunked not last, twice, with parameters; empty; in HTTP/1.0. */
  'invalid-transfer-encoding',
  /** RFC 9112 §6.1: a request transfer coding other than chunked (a server answers 501). */
  'unsupported-transfer-coding',
  /** RFC 9112 §7.1: the chunk-size is not 1*HEXDIG (or too large). */
  'invalid-chunk-size',
  /** RFC 9112 §7.1.1: a chunk extension that is not `;` name [ `=` token / quoted-string ]. */
  'invalid-chunk-extension',
  /** RFC 9112 §7.1: chunk data not followed by CRLF (the size was wrong). */
  'missing-chunk-crlf',
] as const;

export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export interface ParseError {
  code: ParseErrorCode;
  /** 0-based byte offset into the input, within 0..input.length. */
  offset: number;
  /** 1-based; lines are counted by LF. */
  line: number;
  /** 1-based byte column within the line. */
  column: number;
  /** One plain English sentence: what is wrong and what was expected. */
  explanation: string;
}

/**
 * An error found by one of the grammar functions, before it is located. The grammar functions
 * return what they read or a Fault, and `isFault` tells the two apart.
 */
export class Fault {
  constructor(
    readonly code: ParseErrorCode,
    readonly offset: number,
    readonly explanation: string,
  ) {}
}

export function fault(code: ParseErrorCode, offset: number, explanation: string): Fault {
  return new Fault(code, offset, explanation);
}

export function isFault(x: unknown): x is Fault {
  return x instanceof Fault;
}

/** The line of `bytes` that holds `offset`, without its line end, its octets as Latin-1 text. */
export function lineAt(bytes: Uint8Array, offset: number): string {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0d && bytes[end] !== 0x0a) end++;
  let s = '';
  for (const b of bytes.subarray(start, end)) s += String.fromCharCode(b);
  return s;
}

/** Line and column of `offset` in `bytes[0..length)`, counting lines by LF. */
export function locate(
  bytes: Uint8Array,
  length: number,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
