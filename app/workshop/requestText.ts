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
  type HttpRequest,
  lineAt,
  locate,
  PARSE_ERROR_CODES,
  type ParseErrorCode,
  parseMessage,
  type RequestSpec,
  serializeMessage,
} from '../model';

export type RequestErrorCode = ParseErrorCode | 'differs' | 'after-end' | 'host-first';
export const REQUEST_ERROR_CODES: readonly RequestErrorCode[] = [
  ...PARSE_ERROR_CODES,
  'differs',
  'after-end',
  'host-first',
];

export interface RequestError {
  code: RequestErrorCode;
  /** 1-based, lines counted by LF as the parser counts them. */
  line: number;
  /** 1-based octet column within the line, as the parser counts it. */
  column: number;
  /** Where in the text the offending octet is (a line end's CR and LF are its "\n"). */
  index: number;
  /** The parser's English sentence (for the console and the CLI). */
  explanation: string;
  /** For `differs`: the line as the user agent sends it. */
  expected?: string;
}

export type RequestReading =
  | { ok: true; spec: RequestSpec; host: string }
  | { ok: false; error: RequestError };

/** The wire octets of a text, and for each octet the index of the character it comes from. */
export interface WireText {
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
    if (cp === 0x0a && i < end) {
      bytes.push(0x0d, 0x0a);
      source.push(i, i);
    } else {
      for (const b of encoder.encode(text.slice(i, i + width))) {
        bytes.push(b);
        source.push(i);
      }
    }
    i += width;
  }
  source.push(text.length);
  return { bytes: Uint8Array.from(bytes), source: Int32Array.from(source) };
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

function errorAt(
  wire: WireText,
  code: RequestErrorCode,
  offset: number,
  explanation: string,
  expected?: string,
): RequestReading {
  const at = Math.min(Math.max(offset, 0), wire.bytes.length);
  return {
    ok: false,
    error: {
      code,
      ...locate(wire.bytes, wire.bytes.length, at),
      index: wire.source[at] ?? 0,
      explanation,
      ...(expected === undefined ? {} : { expected }),
    },
  };
}

const isHost = (name: string) => name.toLowerCase() === 'host';

/** The request the text holds, or the first thing wrong with it, where it is. */
export function readRequestText(text: string): RequestReading {
  const wire = toWire(text);
  const parsed = parseMessage(wire.bytes, 'request');
  if (!parsed.ok) {
    const e = parsed.error;
    return errorAt(wire, e.code, e.offset, e.explanation);
  }
  if (parsed.consumed < wire.bytes.length) {
    return errorAt(
      wire,
      'after-end',
      parsed.consumed,
      'the message ends here (its Content-Length says so); more octets follow',
    );
  }
  const message = parsed.message;
  if (message.kind !== 'request') return errorAt(wire, 'invalid-request-line', 0, 'not a request');
  const [first, ...rest] = message.headers;
  const hostAt = parsed.blocks.find((b) => b.kind === 'header')?.start ?? 0;
  // RFC 9112 §3.2: "a user agent SHOULD generate Host as the first field line"; Roundtrip's does.
  if (!first || !isHost(first.name)) {
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
  return errorAt(
    wire,
    'differs',
    k,
    'the user agent sends another octet here',
    lineAt(sent, Math.min(k, sent.length - 1)),
  );
}

const isContentLength = (name: string) => name.toLowerCase() === 'content-length';

/** The first offset where `a` and `b` differ, or -1 when they are the same. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k === n && a.length === b.length ? -1 : k;
}
