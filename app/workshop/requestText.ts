/**
 * The "Request" box: a request as the text a person types, and back. In the box every line end
 * of the head (start line, field lines, blank line) is one CR LF on the wire, as the message view
 * marks them; the body after the blank line is sent as typed, in UTF-8 (a line end there is LF
 * alone). The text is read by src/http's own parser, and then written again as Roundtrip's user
 * agent would send it (Host first, Content-Length computed, RFC 9112 §3.2 and §6.2): the box must
 * hold exactly the octets that will be sent, so any difference is an error at the first octet
 * that differs, never a silent rewrite.
 */
import {
  CR,
  createParser,
  type HttpRequest,
  LF,
  lineAt,
  locate,
  type MessageBlock,
  PARSE_ERROR_CODES,
  type ParseErrorCode,
  type RequestSpec,
  serializeMessage,
} from '../model';

export type RequestErrorCode =
  | ParseErrorCode
  | 'differs'
  | 'after-end'
  | 'after-last-chunk'
  | 'no-body-length'
  | 'second-request'
  | 'body-short'
  | 'chunked-short'
  | 'host-first'
  | 'host-always';
export const REQUEST_ERROR_CODES: readonly RequestErrorCode[] = [
  ...PARSE_ERROR_CODES,
  'differs',
  'after-end',
  'after-last-chunk',
  'no-body-length',
  'second-request',
  'body-short',
  'chunked-short',
  'host-first',
  'host-always',
];

export interface RequestError {
  code: RequestErrorCode;
  /** 1-based, lines counted by LF as the parser counts them. */
  line: number;
  /**
   * 1-based column within the line in characters, as the reader counts them and the mark shows
   * them (the parser counts octets: 世 is three in UTF-8).
   */
  column: number;
  /** Where in the text the offending octet is (a line end's CR and LF are its "\n"). */
  index: number;
  /** The parser's English sentence (for the console and the CLI). */
  explanation: string;
  /** For `differs`: the line as the user agent sends it. */
  expected?: string;
  /** For `body-short`: the octets Content-Length announces. For `no-body-length`: the text's. */
  length?: number;
  /** For `body-short`: how many octets the body lacks. */
  missing?: number;
}

export type RequestReading =
  | { ok: true; spec: RequestSpec; host: string }
  | { ok: false; error: RequestError };

/** The wire octets of a text, and for each octet the index of the character it comes from. */
export interface WireText {
  /** The text the octets were made from. */
  text: string;
  bytes: Uint8Array;
  /** `source[k]` is the index in the text of octet k; `source[bytes.length]` is the text's length. */
  source: Int32Array;
}

/** Where the head ends in the text: after the first empty line that follows a non-empty one. */
function headEnd(text: string): number {
  let start = 0;
  while (text[start] === '\n') start++;
  const blank = text.indexOf('\n\n', start);
  return blank === -1 ? text.length : blank + 2;
}

const encoder = new TextEncoder();

/** The text as it goes on the wire: LF in the head as CR LF, everything in UTF-8. */
export function toWire(text: string): WireText {
  const end = headEnd(text);
  const bytes: number[] = [];
  const source: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === LF && i < end) {
      bytes.push(CR, LF);
      source.push(i, i);
    } else if (cp < 0x80) {
      // ASCII is its own octet in UTF-8: all of most requests, read at every keystroke, without a
      // call to the encoder for each character.
      bytes.push(cp);
      source.push(i);
    } else {
      for (const b of encoder.encode(text.slice(i, i + width))) {
        bytes.push(b);
        source.push(i);
      }
    }
    i += width;
  }
  source.push(text.length);
  return { text, bytes: Uint8Array.from(bytes), source: Int32Array.from(source) };
}

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
};

/** The octets of a head as they are typed: CR LF as a line end, one character per octet. */
function headText(bytes: Uint8Array): string {
  return latin1(bytes).replace(/\r\n/g, '\n');
}

/** The request Roundtrip's user agent sends for `spec` to `host` (src/session/client.ts). */
export function wireRequest(spec: RequestSpec, host: string): HttpRequest {
  return {
    kind: 'request',
    method: spec.method,
    target: spec.target,
    version: spec.version ?? 'HTTP/1.1',
    headers: [
      { name: 'Host', value: host },
      ...(spec.headers ?? []).map(([name, value]) => ({ name, value })),
    ],
    body: encoder.encode(spec.body ?? ''),
  };
}

/** The text the box holds for a request: exactly what is sent, as it is typed. */
export function requestToText(spec: RequestSpec, host: string): string {
  const { bytes, blocks } = serializeMessage(wireRequest(spec, host));
  const body = blocks.find((b) => b.kind === 'body');
  const split = body ? body.start : bytes.length;
  return (
    headText(bytes.subarray(0, split)) +
    new TextDecoder().decode(bytes.subarray(split, bytes.length))
  );
}

/** The 1-based column of `index` in its line of `text`, counted in characters (code points). */
export function characterColumn(text: string, index: number): number {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  return [...text.slice(start, index)].length + 1;
}

function errorAt(
  wire: WireText,
  code: RequestErrorCode,
  offset: number,
  explanation: string,
  more: Pick<RequestError, 'expected' | 'length' | 'missing'> = {},
): RequestReading {
  const at = Math.min(Math.max(offset, 0), wire.bytes.length);
  const index = wire.source[at] ?? 0;
  return {
    ok: false,
    error: {
      code,
      line: locate(wire.bytes, wire.bytes.length, at).line,
      column: characterColumn(wire.text, index),
      index,
      explanation,
      ...more,
    },
  };
}

const fieldOf = (blocks: readonly MessageBlock[], name: string) =>
  blocks.find((b) => b.kind === 'header' && b.name?.toLowerCase() === name)?.value;

/**
 * The text ends before the message does. Once the blank line has been read the head is whole,
 * and what is missing is body (RFC 9112 §6.3): as many octets as Content-Length says are
 * still to come, or a chunked body's last chunk.
 */
function cutShort(wire: WireText, blocks: readonly MessageBlock[], at: number, why: string) {
  const blank = blocks.find((b) => b.kind === 'blank-line');
  if (!blank) return errorAt(wire, 'incomplete', at, why);
  if (fieldOf(blocks, 'transfer-encoding') !== undefined) {
    return errorAt(wire, 'chunked-short', at, why);
  }
  const length = Number(fieldOf(blocks, 'content-length') ?? 0);
  const missing = length - (wire.bytes.length - blank.end);
  return errorAt(wire, 'body-short', at, why, { length, missing });
}

/**
 * More text follows the message. RFC 9112 §6.3: the body ends where Content-Length says (point
 * 6), or with the last chunk (point 4), and "If this is a request message and none of the above
 * are true, then the message body length is zero (no message body is present)" (point 7).
 */
function afterEnd(wire: WireText, blocks: readonly MessageBlock[], at: number) {
  if (fieldOf(blocks, 'transfer-encoding') !== undefined) {
    return errorAt(wire, 'after-last-chunk', at, 'the chunked body ended with its last chunk');
  }
  if (fieldOf(blocks, 'content-length') !== undefined) {
    return errorAt(wire, 'after-end', at, 'the body ends here, as Content-Length says');
  }
  // What follows reads as a request line: a second request typed in the same box, which a
  // Content-Length would make the first one's body. The connection's next request has a box of
  // its own.
  if (opensWithRequestLine(wire.bytes.subarray(at))) {
    return errorAt(
      wire,
      'second-request',
      at,
      'a request without Content-Length or Transfer-Encoding ends at its blank line (RFC 9112 §6.3); a request line follows',
    );
  }
  return errorAt(
    wire,
    'no-body-length',
    at,
    'a request without Content-Length or Transfer-Encoding has no body (RFC 9112 §6.3)',
    { length: wire.bytes.length - at },
  );
}

/**
 * Whether `rest`'s first line that is not empty reads as a request line (RFC 9112 §3:
 * method SP request-target SP HTTP-version), read by src/http's own parser. The line is given
 * its CR LF, so that it counts before its line end is typed (after a blank line the box's line
 * ends are LF alone); empty lines before it are skipped, as a server skips them before a request
 * line (RFC 9112 §2.2).
 */
function opensWithRequestLine(rest: Uint8Array): boolean {
  let start = 0;
  while (rest[start] === LF || (rest[start] === CR && rest[start + 1] === LF)) {
    start += rest[start] === CR ? 2 : 1;
  }
  let end = rest.indexOf(LF, start);
  if (end === -1) end = rest.length;
  if (end > start && rest[end - 1] === CR) end -= 1;
  if (end === start) return false;
  const line = new Uint8Array(end - start + 2);
  line.set(rest.subarray(start, end));
  line.set([CR, LF], end - start);
  const parser = createParser('request');
  parser.push(line);
  return parser.blocks().some((b) => b.kind === 'start-line');
}

const isHost = (name: string) => name.toLowerCase() === 'host';

/** The request the text holds, or the first thing wrong with it, where it is. */
export function readRequestText(text: string): RequestReading {
  const wire = toWire(text);
  const parser = createParser('request');
  parser.push(wire.bytes);
  const parsed = parser.finish();
  if (!parsed.ok) {
    const e = parsed.error;
    if (e.code === 'incomplete') return cutShort(wire, parser.blocks(), e.offset, e.explanation);
    return errorAt(wire, e.code, e.offset, e.explanation);
  }
  if (parsed.consumed < wire.bytes.length) return afterEnd(wire, parsed.blocks, parsed.consumed);
  const message = parsed.message;
  if (message.kind !== 'request') return errorAt(wire, 'invalid-request-line', 0, 'not a request');
  const [first, ...rest] = message.headers;
  if (!message.headers.some((h) => isHost(h.name))) {
    // RFC 9112 §3.2 requires Host of an HTTP/1.1 request (the parser says so of one without);
    // of HTTP/1.0 it does not, but Roundtrip's user agent, as curl and browsers do, sends it in
    // every request. Said where the header lines start.
    const at = parsed.blocks.find((b) => b.kind === 'header' || b.kind === 'blank-line');
    return errorAt(
      wire,
      'host-always',
      at?.start ?? 0,
      'the user agent sends Host in every request',
    );
  }
  // RFC 9112 §3.2: "a user agent SHOULD generate Host as the first field line"; Roundtrip's does.
  if (!first || !isHost(first.name)) {
    const hostAt = parsed.blocks.find((b) => b.kind === 'header')?.start ?? 0;
    return errorAt(wire, 'host-first', hostAt, 'the user agent sends Host as the first field line');
  }
  const spec: RequestSpec = {
    method: message.method,
    target: message.target,
    version: message.version,
    headers: rest.map((h) => [h.name, h.value]),
    body: new TextDecoder().decode(message.body),
  };
  if (spec.version === 'HTTP/1.1') delete spec.version;
  if (spec.body === '') delete spec.body;
  // A Content-Length the user agent would add itself is not part of the scenario (it is computed).
  const computed = { ...spec, headers: spec.headers?.filter(([name]) => !isContentLength(name)) };
  let k = 0;
  let sent: Uint8Array = new Uint8Array();
  for (const candidate of [computed, spec]) {
    if (candidate.headers?.length === 0) delete candidate.headers;
    try {
      sent = serializeMessage(wireRequest(candidate, first.value)).bytes;
    } catch (error) {
      return errorAt(wire, 'differs', 0, error instanceof Error ? error.message : String(error));
    }
    k = firstDifference(sent, wire.bytes);
    if (k === -1) return { ok: true, spec: candidate, host: first.value };
  }
  return errorAt(wire, 'differs', k, 'the user agent sends another octet here', {
    expected: lineAt(sent, Math.min(k, sent.length - 1)),
  });
}

const isContentLength = (name: string) => name.toLowerCase() === 'content-length';

/** The first offset where `a` and `b` differ, or -1 when they are the same. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k === n && a.length === b.length ? -1 : k;
}
