/**
 * The HTTP/1.1 message model (RFC 9112 §2.1):
 *
 *   HTTP-message = start-line CRLF
 *                  *( field-line CRLF )
 *                  CRLF
 *                  [ message-body ]
 *
 * Head strings are binary strings (one char per octet, see `grammar.ts`).
 *
 * `body` is what the message body carries with the chunked coding undone
 * (RFC 9112 §7.1.3): the content, or with another transfer coding such as
 * gzip the content so coded (Simplification: the model decodes no other
 * coding). A message whose Transfer-Encoding ends in chunked travels as
 * chunks (RFC 9112 §7.1); how it was cut into chunks and its trailer fields
 * are `chunks` and `trailers`, which the parser fills in for such a message
 * and the serializer writes back. A recipient must not rely on where the
 * chunks are cut: they are how the bytes travelled, not part of the content.
 */
import { isAlpha, trimOws } from './grammar';

// RFC 9112 §2.3: HTTP-version = HTTP-name "/" DIGIT "." DIGIT
// Simplification: only the two versions that speak RFC 9112's syntax.
export type HttpVersion = 'HTTP/1.1' | 'HTTP/1.0';

/** One field line (RFC 9112 §5): the name as sent (case kept), the value without OWS. */
export interface HttpHeader {
  name: string;
  value: string;
}

export interface HttpRequest {
  kind: 'request';
  method: string;
  target: string;
  version: HttpVersion;
  headers: HttpHeader[];
  body: Uint8Array;
  /** For a chunked message: the size of each chunk, in order, the last chunk (0) not counted. */
  chunks?: number[];
  /** For a chunked message: the trailer section's fields (RFC 9110 §6.5, RFC 9112 §7.1.2). */
  trailers?: HttpHeader[];
}

export interface HttpResponse {
  kind: 'response';
  version: HttpVersion;
  status: number;
  reason: string;
  headers: HttpHeader[];
  body: Uint8Array;
  /** For a chunked message: the size of each chunk, in order, the last chunk (0) not counted. */
  chunks?: number[];
  /** For a chunked message: the trailer section's fields (RFC 9110 §6.5, RFC 9112 §7.1.2). */
  trailers?: HttpHeader[];
}

export type HttpMessage = HttpRequest | HttpResponse;

type HasHeaders = { headers: readonly HttpHeader[] } | readonly HttpHeader[];

function headersOf(from: HasHeaders): readonly HttpHeader[] {
  return 'headers' in from ? from.headers : from;
}

/**
 * RFC 9110 §5.1: field names are case-insensitive, in ASCII only (as `asciiLower`): compared
 * letter by letter, where an ASCII letter matches its other case (they differ by 0x20).
 */
export function sameFieldName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isAlpha(x) && (x ^ 0x20) === y)) return false;
  }
  return true;
}

/** The values of every field line named `name`, in order. */
export function headerValues(from: HasHeaders, name: string): string[] {
  return headersOf(from)
    .filter((h) => sameFieldName(h.name, name))
    .map((h) => h.value);
}

/**
 * The field value of `name`, or undefined when absent. RFC 9110 §5.3: several
 * field lines of one name combine into one value, in order, joined by ", ".
 * (Set-Cookie is the known exception that must not be combined; use
 * `headerValues` for it.)
 */
export function headerValue(from: HasHeaders, name: string): string | undefined {
  const values = headerValues(from, name);
  return values.length === 0 ? undefined : values.join(', ');
}

/**
 * The members of a list-valued field (RFC 9110 §5.6.1, `#element`) over all
 * its field lines: split on commas, OWS trimmed, empty members dropped as a
 * recipient MUST. Simplification: quoted-strings are not recognised, which is
 * fine for the fields this is used on (Connection, Transfer-Encoding,
 * Content-Length), whose members are tokens or digits.
 */
export function headerListValues(from: HasHeaders, name: string): string[] {
  return headerValues(from, name)
    .flatMap((v) => v.split(','))
    .map(trimOws)
    .filter((m) => m.length > 0);
}
