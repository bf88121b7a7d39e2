/**
 * What the form says under a request's body about its length: what the user agent puts on the
 * wire (requestToText, which src/http/sendFraming.ts's framedHeaders frames), not the body's
 * octets alone. RFC 9112 §6.2–6.3: a request without Content-Length or Transfer-Encoding has
 * no body, and a GET without one sends neither, so "Content-Length, computed: 0 bytes" named a
 * line that is not sent.
 */
import type { RequestSpec } from '../model';
import { requestToText } from './requestText';

export type SentLength =
  /** A Content-Length line is sent, with this value. */
  | { kind: 'content-length'; n: number }
  /** Transfer-Encoding frames the body instead (§6.2: never both). */
  | { kind: 'transfer-encoding' }
  /** Neither: the request has no body. */
  | { kind: 'none' };

export function sentLength(spec: RequestSpec, host: string): SentLength {
  const text = requestToText(spec, host);
  const end = text.indexOf('\n\n');
  const head = (end < 0 ? text : text.slice(0, end)).split('\n').slice(1);
  const value = (name: string) => {
    const line = head.find((l) => l.slice(0, l.indexOf(':')).trim().toLowerCase() === name);
    return line === undefined ? null : line.slice(line.indexOf(':') + 1).trim();
  };
  const length = value('content-length');
  if (length !== null) return { kind: 'content-length', n: Number(length) };
  return value('transfer-encoding') === null ? { kind: 'none' } : { kind: 'transfer-encoding' };
}
