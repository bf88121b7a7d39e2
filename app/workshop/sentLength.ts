/**
 * What the form says under a request's body about its length: what the user agent puts on the
 * wire (src/http/sendFraming.ts's framedHeaders, which the serializer writes), not the body's
 * octets alone. RFC 9112 §6.2–6.3: a request without Content-Length or Transfer-Encoding has
 * no body, and a GET without one sends neither, so "Content-Length, computed: 0 bytes" named a
 * line that is not sent.
 */
import { framedHeaders, headerValues, type RequestSpec } from '../model';
import { wireRequest } from './requestText';

export type SentLength =
  /** A Content-Length line is sent, with this value. */
  | { kind: 'content-length'; n: number }
  /** Transfer-Encoding frames the body instead (§6.2: never both). */
  | { kind: 'transfer-encoding' }
  /** Neither: the request has no body. */
  | { kind: 'none' };

export function sentLength(spec: RequestSpec, host: string): SentLength {
  const headers = framedHeaders(wireRequest(spec, host), {});
  const [length] = headerValues(headers, 'content-length');
  if (length !== undefined) return { kind: 'content-length', n: Number(length) };
  return headerValues(headers, 'transfer-encoding').length === 0
    ? { kind: 'none' }
    : { kind: 'transfer-encoding' };
}
