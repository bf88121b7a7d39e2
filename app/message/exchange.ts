/** Which request a response answers, for what its notes and facts say of the two together. */
import type { HttpMessageRecord } from '../model';

/** A request line's method, e.g. `GET` of `GET / HTTP/1.1` (RFC 9112 §3). */
export const methodOf = (startLine: string): string => startLine.split(' ')[0] ?? '';

/** A status line's code, e.g. 200 of `HTTP/1.1 200 OK` (RFC 9112 §4); NaN for a request line. */
export const statusOf = (startLine: string): number => Number(startLine.split(' ')[1]);

/**
 * The request a response answers: the last request before it on the same connection (the
 * simulated client sends its next request only after the response, and a capture that starts
 * mid-connection may hold a response without its request). Undefined for a request.
 */
export function requestOf(
  messages: readonly HttpMessageRecord[],
  record: HttpMessageRecord,
): HttpMessageRecord | undefined {
  if (record.kind === 'request') return undefined;
  return messages
    .filter((m) => m.kind === 'request' && m.connection === record.connection && m.id < record.id)
    .at(-1);
}
