/**
 * The HTTP/1.x messages in a conversation's two byte streams (reassembly.ts),
 * read with src/http's `parseMessage`, one after another: a connection
 * carries requests back to back (keep-alive, pipelining; RFC 9112 §9.3), and
 * each message ends where its framing says (RFC 9112 §6.3), which is where
 * the next one starts. Responses are read knowing the method of the request
 * they answer, because a response to HEAD has no body (RFC 9110 §9.3.2).
 *
 * Reading stops at the first octet the capture does not hold (a gap) and at
 * the first error; both are reported with the stream offset, the line and
 * column inside the message, and the packet that carried the octet.
 */
import {
  type BodyFraming,
  type HttpHeader,
  type ParseErrorCode,
  type ParseResult,
  parseMessage,
} from '../http/index';
import { binaryToBytes } from '../timeline/bytes';
import type { Endpoint, MessageBlock } from '../timeline/types';
import { type ByteStream, frameAt, framesOf } from './reassembly';

export interface CapturedHttpMessage {
  kind: 'request' | 'response';
  from: Endpoint;
  /** Stream offsets of the message, end exclusive. */
  start: number;
  end: number;
  /** The message's octets as sent, a binary string. */
  bytes: string;
  /** Its blocks (start line, each header, blank line, body), offsets into `bytes`. */
  blocks: MessageBlock[];
  /** `GET / HTTP/1.1` or `HTTP/1.1 200 OK`, without CRLF. */
  startLine: string;
  headers: HttpHeader[];
  /** For a request. */
  method?: string;
  target?: string;
  /** For a response. */
  status?: number;
  /** How its end was found (RFC 9112 §6.3). */
  framing: BodyFraming;
  /** The packets that brought its octets first, in stream order. */
  frames: number[];
  /** For a response: the index, among the requests, of the one it answers; null if none is seen. */
  answers?: number | null;
}

export type HttpProblemCode =
  | ParseErrorCode
  /** The capture lacks octets of the stream here: reading cannot go on. */
  | 'gap'
  /** The capture ends inside this message, with no FIN: it may just have been cut. */
  | 'capture-ends'
  /** The body runs until the connection closes, and the capture ends before the FIN. */
  | 'until-close-unfinished';

export interface HttpProblem {
  code: HttpProblemCode;
  from: Endpoint;
  kind: 'request' | 'response';
  /** Stream offset of the problem. */
  offset: number;
  /** Where in the message being read (1-based, lines counted by LF), when in one. */
  line: number | null;
  column: number | null;
  /** The packet that carried the octet at `offset`; null in a gap or past the end. */
  frame: number | null;
  explanation: string;
}

export interface HttpInCapture {
  requests: CapturedHttpMessage[];
  responses: CapturedHttpMessage[];
  problems: HttpProblem[];
}

/** Reads the requests in the client's stream and the responses in the server's. */
export function readHttp(client: ByteStream, server: ByteStream): HttpInCapture {
  const problems: HttpProblem[] = [];
  const requests = readMessages(client, 'request', problems, () => undefined);
  // RFC 9112 §9.3.2: responses come in the order of the requests. An interim
  // 1xx response (RFC 9110 §15.2) comes before the final one to the same
  // request, so only a final response (or 101, after which the connection
  // no longer speaks HTTP/1.1) moves on to the next request.
  const final = (r: CapturedHttpMessage) => (r.status ?? 0) >= 200 || r.status === 101;
  // Reading a response needs the method of the request it answers.
  let finals = 0;
  let counted = 0;
  const responses = readMessages(server, 'response', problems, (previous) => {
    for (; counted < previous.length; counted++) {
      if (final(previous[counted] as CapturedHttpMessage)) finals++;
    }
    return requests[finals]?.method;
  });
  let answering = 0;
  for (const r of responses) {
    r.answers = answering < requests.length ? answering : null;
    if (final(r)) answering++;
  }
  return { requests, responses, problems };
}

/** The first window of octets given to the parser; doubled while a message needs more. */
const WINDOW = 64 * 1024;

function readMessages(
  stream: ByteStream,
  kind: 'request' | 'response',
  problems: HttpProblem[],
  requestMethod: (previous: readonly CapturedHttpMessage[]) => string | undefined,
): CapturedHttpMessage[] {
  const messages: CapturedHttpMessage[] = [];
  // Only the octets before the first gap can be read in order.
  const gap = stream.gaps[0] ?? null;
  const limit = gap ? gap.start : stream.end;
  const octets = binaryToBytes(stream.octets.slice(0, limit));
  let at = 0;
  while (at < limit) {
    const method = requestMethod(messages);
    const result = parseWindowed(octets, at, limit, kind, method);
    if (!result.ok) {
      problems.push(problemOf(stream, kind, at, limit, result.error, gap !== null));
      return messages;
    }
    const end = at + result.consumed;
    const bytes = stream.octets.slice(at, end);
    const { message } = result;
    const startLine =
      message.kind === 'request'
        ? `${message.method} ${message.target} ${message.version}`
        : `${message.version} ${message.status} ${message.reason}`.trimEnd();
    messages.push({
      kind,
      from: stream.from,
      start: at,
      end,
      bytes,
      blocks: result.blocks,
      startLine,
      headers: message.headers,
      ...(message.kind === 'request'
        ? { method: message.method, target: message.target }
        : { status: message.status }),
      framing: result.framing,
      frames: framesOf(stream, at, end),
    });
    if (result.framing === 'until-close' && stream.finAt === null) {
      problems.push({
        code: 'until-close-unfinished',
        from: stream.from,
        kind,
        offset: end,
        line: null,
        column: null,
        frame: null,
        explanation: `This ${kind}'s body runs until the connection closes (RFC 9112 §6.3), and the capture ends before the sender's FIN: the body may go on past what was captured.`,
      });
    }
    if (result.consumed === 0) break;
    at = end;
  }
  return messages;
}

/**
 * `parseMessage` on a window of the stream, widened while the message needs
 * more, so that reading many messages from a long stream does not copy the
 * rest of the stream for each one. The parser decides only on octets it has
 * seen, so a wider window gives the same result (parse.ts).
 */
function parseWindowed(
  octets: Uint8Array,
  at: number,
  limit: number,
  kind: 'request' | 'response',
  requestMethod: string | undefined,
): ParseResult {
  const options = requestMethod === undefined ? {} : { requestMethod };
  for (let window = WINDOW; ; window *= 2) {
    const end = Math.min(limit, at + window);
    const result = parseMessage(octets.subarray(at, end), kind, options);
    const cut = end < limit;
    // Cut short by the window (not by the stream): widen and read again.
    if (cut && !result.ok && result.error.code === 'incomplete') continue;
    if (cut && result.ok && result.framing === 'until-close') continue;
    return result;
  }
}

function problemOf(
  stream: ByteStream,
  kind: 'request' | 'response',
  at: number,
  limit: number,
  error: {
    code: ParseErrorCode;
    offset: number;
    line: number;
    column: number;
    explanation: string;
  },
  beforeGap: boolean,
): HttpProblem {
  const offset = at + error.offset;
  const base = { from: stream.from, kind, line: error.line, column: error.column };
  if (error.code === 'incomplete' && beforeGap) {
    const gap = stream.gaps[0];
    return {
      ...base,
      code: 'gap',
      offset: limit,
      frame: null,
      explanation: `The capture lacks octets ${limit} to ${(gap?.end ?? limit) - 1} of the ${stream.from}'s stream${gap?.truncatedIn ? ` (packet ${gap.truncatedIn} was cut by the snap length)` : ''}; this ${kind} cannot be read past them.`,
    };
  }
  if (error.code === 'incomplete' && stream.finAt === null) {
    return {
      ...base,
      code: 'capture-ends',
      offset,
      frame: null,
      explanation: `The capture ends inside this ${kind}, before the sender's FIN: it was probably cut, not sent so. (${error.explanation})`,
    };
  }
  return {
    ...base,
    code: error.code,
    offset,
    frame: frameAt(stream, offset),
    explanation: error.explanation,
  };
}
