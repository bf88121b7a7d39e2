/** Which request a response answers, for what its notes and facts say of the two together. */
import type { HttpMessageRecord } from '../model';

/** A request line's method, e.g. `GET` of `GET / HTTP/1.1` (RFC 9112 §3). */
export const methodOf = (startLine: string): string => startLine.split(' ')[0] ?? '';

/** A request line's target, e.g. `*` of `OPTIONS * HTTP/1.1` (RFC 9112 §3.2). */
export const targetOf = (requestLine: string): string => requestLine.split(' ')[1] ?? '';

/** A status line's code, e.g. 200 of `HTTP/1.1 200 OK` (RFC 9112 §4); NaN for a request line. */
export const statusOf = (startLine: string): number => Number(startLine.split(' ')[1]);

/** A request line's HTTP version, e.g. `HTTP/1.0` of `GET / HTTP/1.0` (RFC 9112 §3). */
export const requestVersionOf = (requestLine: string): string => requestLine.split(' ')[2] ?? '';

/** A status line's HTTP version, e.g. `HTTP/1.0` of `HTTP/1.0 200 OK` (RFC 9112 §4). */
export const responseVersionOf = (statusLine: string): string => statusLine.split(' ')[0] ?? '';

/**
 * The members of a message's field `name`, its lines joined as one list (RFC 9110 §5.6.1), lower
 * case: connection options and transfer codings are case-insensitive (§7.6.1, RFC 9112 §7).
 */
export function listOf(message: HttpMessageRecord, name: string): string[] {
  return message.blocks
    .filter((b) => b.kind === 'header' && b.name?.toLowerCase() === name)
    .flatMap((b) => (b.value ?? '').split(','))
    .map((member) => member.trim().toLowerCase())
    .filter((member) => member !== '');
}

/**
 * Whether the sender wrote the body in chunks: its last transfer coding is chunked (RFC 9112
 * §6.1). Read from the header lines as written, since a recipient may refuse the framing (an
 * HTTP/1.0 message's, §6.1) and the parser then gives none.
 */
export const writtenChunked = (message: HttpMessageRecord): boolean =>
  listOf(message, 'transfer-encoding').at(-1) === 'chunked';

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
