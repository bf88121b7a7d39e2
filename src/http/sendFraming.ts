/**
 * How a sender frames a message (RFC 9112 §6): the Content-Length it states,
 * whether the body goes chunked, and so how the recipient finds the body's end
 * (§6.3) and whether the connection must close after it. `serializeMessage`
 * writes what these decide.
 */
import { isFault } from './errors';
import { type BodyFraming, decideFraming, transferCodings } from './framing';
import { trimOws } from './grammar';
import { type HttpHeader, type HttpMessage, headerValues, sameFieldName } from './message';

export interface SendOptions {
  /** For a response: the method of the request it answers (HEAD and CONNECT change framing). */
  requestMethod?: string;
  /**
   * For a response: its framing is as its sender wrote it (a response typed by hand). With
   * neither Content-Length nor Transfer-Encoding, its body ends where the connection does
   * (RFC 9112 §6.3 point 8), so no Content-Length is added; one it has is still made true.
   */
  untilClose?: boolean;
}

// RFC 9110 §9.3: the methods that define a meaning for enclosed content, for
// which "a user agent normally sends Content-Length ... even when the value is 0".
const CONTENT_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** RFC 9112 §6.3 points 1 and 2: responses that never have content. */
export function hasNoContent(message: HttpMessage, options: SendOptions): boolean {
  if (message.kind === 'request') return false;
  const s = message.status;
  if (options.requestMethod === 'HEAD' || s < 200 || s === 204 || s === 304) return true;
  return isTunnel(message, options);
}

/** RFC 9112 §6.3 point 2: a 2xx response to CONNECT turns the connection into a tunnel. */
function isTunnel(message: HttpMessage, options: SendOptions): boolean {
  return (
    message.kind === 'response' &&
    options.requestMethod === 'CONNECT' &&
    message.status >= 200 &&
    message.status < 300
  );
}

/**
 * The field lines to write, with Content-Length made true. RFC 9112 §6.2: "A
 * sender MUST NOT send a Content-Length header field in any message that
 * contains a Transfer-Encoding header field"; RFC 9110 §8.6: nor "in any
 * response with a status code of 1xx (Informational) or 204 (No Content)",
 * nor "in any 2xx (Successful) response to a CONNECT request".
 * A HEAD or 304 response keeps its Content-Length: it describes the
 * representation that was not sent, not this message's (empty) body.
 */
export function framedHeaders(message: HttpMessage, options: SendOptions): HttpHeader[] {
  const isContentLength = (h: HttpHeader) => sameFieldName(h.name, 'content-length');
  const transferEncoded = transferCodings(headerValues(message, 'transfer-encoding')).length > 0;
  const status = message.kind === 'response' ? message.status : 200;
  if (hasNoContent(message, options) && message.body.length > 0) {
    throw new RangeError(`a ${status} response (or a response to HEAD) has no content`);
  }
  if (transferEncoded || status < 200 || status === 204 || isTunnel(message, options)) {
    return message.headers.filter((h) => !isContentLength(h));
  }
  if (hasNoContent(message, options)) return message.headers.slice();
  const length = String(message.body.length);
  const out: HttpHeader[] = [];
  let seen = false;
  for (const header of message.headers) {
    if (!isContentLength(header)) {
      out.push(header);
    } else if (!seen) {
      out.push({ name: header.name, value: length });
      seen = true;
    }
  }
  const needed =
    message.kind === 'response'
      ? options.untilClose !== true
      : message.body.length > 0 || CONTENT_METHODS.has(message.method);
  if (!seen && needed) out.push({ name: 'Content-Length', value: length });
  return out;
}

/**
 * Whether the body goes as chunks (RFC 9112 §7.1): the final transfer coding
 * is chunked (§6.1), and the message may have content.
 */
export function sendsChunked(message: HttpMessage, options: SendOptions): boolean {
  const codings = transferCodings(headerValues(message, 'transfer-encoding'));
  return codings[codings.length - 1] === 'chunked' && !hasNoContent(message, options);
}

export interface MessageFraming {
  /**
   * How the recipient finds the end of the body (RFC 9112 §6.3): nowhere (no
   * body), after Content-Length octets, after the last chunk, or when the
   * connection closes; 'invalid' when the recipient must refuse the message
   * (§6.3 points 4 and 5, §6.1, §7).
   */
  framing: BodyFraming | 'invalid';
  /**
   * Whether the connection must close after this message because of how it
   * is framed: a close-delimited body ends only when the sender closes
   * (§6.3 point 8, §9.3), and after a message with invalid framing the
   * recipient cannot find the next one, so it closes (§6.3 points 4 and 5).
   * Whether the connection persists otherwise (Connection: close, HTTP/1.0
   * keep-alive) is `isPersistent`'s to say (§9.3).
   */
  closeAfter: boolean;
}

/**
 * How `message` is delimited as `serializeMessage` writes it, which is how
 * `parseMessage` reads it back; and whether the connection must close after it.
 * Throws a RangeError where `serializeMessage` does.
 */
export function messageFraming(message: HttpMessage, options: SendOptions = {}): MessageFraming {
  const fields = framedHeaders(message, options).map((h) => ({
    name: h.name,
    value: trimOws(h.value),
    lineStart: 0,
    valueOffset: 0,
  }));
  const decision = decideFraming({
    kind: message.kind,
    version: message.version,
    method: message.kind === 'request' ? message.method : options.requestMethod,
    status: message.kind === 'response' ? message.status : undefined,
    fields,
    blankLineOffset: 0,
  });
  if (isFault(decision)) return { framing: 'invalid', closeAfter: true };
  const framing = decision.framing.type;
  return { framing, closeAfter: framing === 'until-close' };
}
