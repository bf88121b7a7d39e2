/**
 * Whether the connection stays open after this message's exchange
 * (RFC 9112 §9.3, "Persistence"):
 *
 *   - If the "close" connection option is present (Section 9.6), the
 *     connection will not persist after the current response; else,
 *   - If the received protocol is HTTP/1.1 (or later), the connection will
 *     persist after the current response; else,
 *   - If the received protocol is HTTP/1.0, the "keep-alive" connection option
 *     is present, either the recipient is not a proxy or the message is a
 *     response, and the recipient wishes to honor the HTTP/1.0 "keep-alive"
 *     mechanism, the connection will persist after the current response;
 *     otherwise,
 *   - The connection will close after the current response.
 *
 * Simplification: the recipient is never a proxy and always honours
 * keep-alive. §9.3 also needs every message to have a self-defined length;
 * a close-delimited response (`framing: 'until-close'`) ends the connection
 * whatever this says.
 */
import { asciiLower } from './grammar';
import { type HttpHeader, type HttpVersion, headerListValues } from './message';

// RFC 9110 §7.6.1: Connection = #connection-option; connection-option = token
// "Connection options are case-insensitive."
export function connectionOptions(from: { headers: readonly HttpHeader[] }): string[] {
  return headerListValues(from, 'connection').map(asciiLower);
}

/**
 * `version` is the protocol version received, which is the message's own
 * unless the caller knows better.
 */
export function isPersistent(
  message: { version: HttpVersion; headers: readonly HttpHeader[] },
  version: HttpVersion = message.version,
): boolean {
  const options = connectionOptions(message);
  if (options.includes('close')) return false;
  if (version === 'HTTP/1.1') return true;
  return options.includes('keep-alive');
}
