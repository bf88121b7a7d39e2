/**
 * Reads an HTTP message of the timeline back from its bytes with the model's own parser
 * (src/http): its status or method, how its body is delimited (RFC 9112 §6.3), and what the
 * parser tolerated. The parser is most of this; it is a chunk of its own, fetched with the
 * simulator (messageFacts.ts), since the first page (step 0) shows no message.
 */

import { methodOf, requestOf, statusOf } from '../message/exchange';
import {
  binaryToBytes,
  type DeviationCode,
  type HttpMessageRecord,
  parseMessage,
  type Timeline,
} from '../model';

/** What the explanations and the message view know of a message (messageFacts.ts). */
export interface MessageFacts {
  /** The status code of a response, else null. */
  status: number | null;
  /** The method of a request, or of the request a response answers. */
  method: string | null;
  /** How the body's end is found (RFC 9112 §6.3), or null if the bytes do not parse. */
  framing: 'none' | 'content-length' | 'chunked' | 'until-close' | null;
  /** What the parser tolerated, first occurrence of each kind, with line and column. */
  deviations: { code: DeviationCode; line: number; column: number }[];
  /** Content-Type's media type, lower case and without parameters (RFC 9110 §8.3.1), or null. */
  mediaType: string | null;
}

export function readMessage(timeline: Timeline, record: HttpMessageRecord): MessageFacts {
  const request = record.kind === 'request' ? record : requestOf(timeline.messages, record);
  const method = request ? methodOf(request.startLine) : null;
  const result = parseMessage(
    binaryToBytes(record.bytes),
    record.kind,
    method && record.kind === 'response' ? { requestMethod: method } : {},
  );
  const status = record.kind === 'response' ? statusOf(record.startLine) : Number.NaN;
  const contentType = result.ok
    ? result.message.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value
    : undefined;
  return {
    status: Number.isInteger(status) ? status : null,
    method,
    framing: result.ok ? result.framing : null,
    deviations: result.ok
      ? result.deviations.map(({ code, line, column }) => ({ code, line, column }))
      : [],
    mediaType: contentType?.split(';')[0]?.trim().toLowerCase() || null,
  };
}
