/**
 * The HTTP/1.1 message model (RFC 9112 §2.1):
 *
 *   HTTP-message = start-line CRLF
 *                  *( field-line CRLF )
 *                  CRLF
 *                  [ message-body ]
 *
 * Head strings are binary strings (one char per octet, see `grammar.ts`).
 * `body` is the message body as it travels (RFC 9112 §6): with
 * `Transfer-Encoding: chunked` it is the chunked coding itself, chunk-size
 * lines, trailer section and all; `decodeChunked` gives the content.
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
}

export interface HttpResponse {
  kind: 'response';
  version: HttpVersion;
  status: number;
  reason: string;
  headers: HttpHeader[];
  body: Uint8Array;
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
