/**
 * What a message's start line and header lines say beyond its method and status (exchange.ts),
 * for the notes and the explanation's choosers. A file of its own: exchange.ts is in the first
 * load (the message panel pairs a response with its request), and these are read only by code
 * fetched later.
 */
import type { HttpMessageRecord } from '../model';

/** A request line's target, e.g. `*` of `OPTIONS * HTTP/1.1` (RFC 9112 §3.2). */
export const targetOf = (requestLine: string): string => requestLine.split(' ')[1] ?? '';

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
