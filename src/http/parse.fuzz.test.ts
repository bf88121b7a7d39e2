/**
 * Property tests of the parser and serializer (fast-check). A short budget by
 * default; `npm run fuzz` runs them with FUZZ_RUNS=20000. Every describe name
 * contains "fuzz" so that `vitest -t fuzz` selects them. A failure found here
 * becomes a named case in cases/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '../timeline/types';
import { chunkSizeLine } from './chunked';
import { isFault, PARSE_ERROR_CODES } from './errors';
import type { HttpHeader, HttpMessage } from './message';
import { createParser, type ParseResult, parseMessage } from './parse';
import { messageFraming } from './sendFraming';
import { serializeMessage } from './serialize';
import { loadCorpus } from './test-support/corpus';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
/** Vitest's 5 s default is for the short budget; a long run gets time in proportion. */
const timeout = Math.max(5_000, numRuns * 5);
type Kind = 'request' | 'response';

/** What every result must satisfy, whatever the input. */
function checkResult(input: Uint8Array, result: ParseResult): void {
  if (result.ok) {
    expect(result.consumed).toBeGreaterThanOrEqual(0);
    expect(result.consumed).toBeLessThanOrEqual(input.length);
    let at: number | null = null;
    for (const block of result.blocks) {
      if (at !== null) expect(block.start).toBe(at);
      expect(block.end).toBeGreaterThan(block.start);
      at = block.end;
    }
    expect(at).toBe(result.consumed);
    return;
  }
  const { code, offset, line, column, explanation } = result.error;
  expect(PARSE_ERROR_CODES).toContain(code);
  expect(Number.isInteger(offset) && offset >= 0 && offset <= input.length).toBe(true);
  let lf = -1;
  let lines = 1;
  for (let i = 0; i < offset; i++) {
    if (input[i] === 0x0a) {
      lines++;
      lf = i;
    }
  }
  expect({ line, column }).toEqual({ line: lines, column: offset - lf });
  expect(explanation).toMatch(/\.$/);
}

function parseInPieces(input: Uint8Array, kind: Kind, cuts: number[]): ParseResult {
  const parser = createParser(kind);
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (input.length + 1))].sort((a, b) => a - b)) {
    parser.push(input.subarray(from, cut));
    from = cut;
  }
  parser.push(input.subarray(from));
  return parser.finish();
}

function parseByteByByte(input: Uint8Array, kind: Kind): ParseResult {
  const parser = createParser(kind);
  for (let i = 0; i < input.length; i++) parser.push(input.subarray(i, i + 1));
  return parser.finish();
}

/** Whole, byte by byte and in random pieces agree, and the result is well-formed. */
function checkInput(input: Uint8Array, kind: Kind, cuts: number[]): ParseResult {
  const whole = parseMessage(input, kind);
  checkResult(input, whole);
  expect(parseByteByByte(input, kind)).toEqual(whole);
  expect(parseInPieces(input, kind, cuts)).toEqual(whole);
  return whole;
}

/** A parsed message serializes, and serializing is then a fixed point. */
function checkRoundTrip(message: HttpMessage, kind: Kind): void {
  const once = serializeMessage(message);
  const again = parseMessage(once.bytes, kind);
  if (!again.ok) expect.fail(`serialized message does not parse: ${again.error.explanation}`);
  expect(again.consumed).toBe(once.bytes.length);
  expect(again.blocks).toEqual(once.blocks);
  expect(serializeMessage(again.message).bytes).toEqual(once.bytes);
}

const kind = fc.constantFrom<Kind>('request', 'response');
const cuts = fc.array(fc.nat(), { maxLength: 4 });

// Pieces of HTTP syntax, so that random inputs get past the first line.
const piece = fc.oneof(
  fc.constantFrom(
    'GET',
    'POST',
    'HTTP/1.1',
    'HTTP/1.0',
    'HTTP/1.1 200 OK',
    'GET / HTTP/1.1',
    ' ',
    '/',
    '\r\n',
    '\r',
    '\n',
    '\t',
    ':',
    ': ',
    'Host',
    'Host: a',
    'Content-Length',
    'Transfer-Encoding',
    'chunked',
    'Connection',
    'close',
    '0',
    '5',
    'A',
    ',',
    ';',
    '\r\n\r\n',
    '0\r\n\r\n',
    'hello',
    '\x00',
    '\x7f',
    '\xff',
  ),
  fc.string({ maxLength: 4 }),
);
const headerish = fc
  .array(piece, { maxLength: 40 })
  .map((parts) => Uint8Array.from(parts.join(''), (c) => c.charCodeAt(0) & 0xff));

const corpusInputs = loadCorpus().map((c) => ({ input: c.input, kind: c.kind }));
const interestingByte = fc.oneof(
  fc.constantFrom(0x0d, 0x0a, 0x20, 0x09, 0x3a, 0x00, 0x2c, 0x3b, 0x30, 0x7f, 0x80, 0xff),
  fc.integer({ min: 0, max: 255 }),
);
const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), byte: interestingByte }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: interestingByte }),
);

function mutate(
  input: Uint8Array,
  mutations: { op: string; at: number; byte: number }[],
): Uint8Array {
  const bytes = Array.from(input);
  for (const { op, at, byte } of mutations) {
    const i = at % (bytes.length + 1);
    if (op === 'insert') bytes.splice(i, 0, byte);
    else if (op === 'delete') bytes.splice(i, 1);
    else if (i < bytes.length) bytes[i] = byte;
  }
  return Uint8Array.from(bytes);
}

describe('fuzz: the parser on any input', () => {
  it(
    'never throws, and whole, byte by byte and in pieces agree (random bytes)',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), kind, cuts, (input, k, c) => {
          checkInput(input, k, c);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws, and whole, byte by byte and in pieces agree (header-like input)',
    () => {
      fc.assert(
        fc.property(headerish, kind, cuts, (input, k, c) => {
          const result = checkInput(input, k, c);
          if (result.ok) checkRoundTrip(result.message, k);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'handles mutations of the corpus cases the same way',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...corpusInputs),
          fc.array(mutation, { minLength: 1, maxLength: 5 }),
          cuts,
          (original, mutations, c) => {
            const input = mutate(original.input, mutations);
            const result = checkInput(input, original.kind, c);
            if (result.ok) checkRoundTrip(result.message, original.kind);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});

// Generators of valid messages.
const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/);
const fieldValue = fc.stringMatching(/^([!-~\x80-\xff]([ \t!-~\x80-\xff]{0,20}[!-~\x80-\xff])?)?$/);
const framingNames = /^(host|content-length|transfer-encoding)$/i;
const fields = fc.array(
  fc.record({ name: token.filter((n) => !framingNames.test(n)), value: fieldValue }),
  { maxLength: 8 },
);
const version = fc.constantFrom('HTTP/1.1' as const, 'HTTP/1.0' as const);
const body = fc.uint8Array({ maxLength: 64 });
const chunkedHeader: HttpHeader = { name: 'Transfer-Encoding', value: 'chunked' };
const trailers = fc.array(
  fc.record({ name: token.filter((n) => !framingNames.test(n)), value: fieldValue }),
  { maxLength: 3 },
);

/** The content cut into chunks of at most `size` octets. */
function cut(content: Uint8Array, size: number): number[] {
  const chunks: number[] = [];
  for (let at = 0; at < content.length; at += size) {
    chunks.push(Math.min(size, content.length - at));
  }
  return chunks;
}

const request = fc
  .record({
    // CONNECT takes an authority-form target, not the origin-form made here.
    method: token.filter((m) => m !== 'CONNECT'),
    target: fc.stringMatching(/^\/[A-Za-z0-9._~!$&'()*+,;=:@/?-]{0,20}$/),
    version,
    headers: fields,
    body,
    chunked: fc.boolean(),
    chunkSize: fc.integer({ min: 1, max: 16 }),
    trailers,
  })
  .map(({ chunked, chunkSize, trailers, ...r }): HttpMessage => {
    const headers = [{ name: 'Host', value: 'example.com' }, ...r.headers];
    if (chunked && r.version === 'HTTP/1.1') {
      const chunks = cut(r.body, chunkSize);
      return { kind: 'request', ...r, headers: [...headers, chunkedHeader], chunks, trailers };
    }
    return { kind: 'request', ...r, headers };
  });

const response = fc
  .record({
    version,
    status: fc.integer({ min: 100, max: 599 }),
    reason: fc.stringMatching(/^[ \t!-~\x80-\xff]{0,20}$/),
    headers: fields,
    body,
    chunked: fc.boolean(),
    chunkSize: fc.integer({ min: 1, max: 16 }),
    trailers,
  })
  .map(({ chunked, chunkSize, trailers, ...r }): HttpMessage => {
    const bodiless = r.status < 200 || r.status === 204 || r.status === 304;
    if (bodiless) return { kind: 'response', ...r, body: new Uint8Array() };
    if (chunked && r.version === 'HTTP/1.1') {
      const chunks = cut(r.body, chunkSize);
      return { kind: 'response', ...r, headers: [...r.headers, chunkedHeader], chunks, trailers };
    }
    return { kind: 'response', ...r };
  });

function blocksCover(blocks: MessageBlock[], length: number): boolean {
  return (
    blocks.every((b, i) => b.start === (i === 0 ? 0 : blocks[i - 1]?.end)) &&
    blocks.at(-1)?.end === length
  );
}

describe('fuzz: serialize and parse of valid messages', () => {
  it(
    'serialize ∘ parse ∘ serialize is serialize, and the parse gives the message back',
    () => {
      fc.assert(
        fc.property(fc.oneof(request, response), (message) => {
          const once = serializeMessage(message);
          expect(blocksCover(once.blocks, once.bytes.length)).toBe(true);
          const parsed = parseMessage(once.bytes, message.kind);
          if (!parsed.ok) expect.fail(parsed.error.explanation);
          expect(parsed.consumed).toBe(once.bytes.length);
          expect(parsed.blocks).toEqual(once.blocks);
          const { headers: _h, ...rest } = parsed.message;
          const { headers: _g, ...wanted } = message;
          expect(rest).toEqual(wanted);
          expect(serializeMessage(parsed.message).bytes).toEqual(once.bytes);
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

// Framing fields, valid and not, for the properties of RFC 9112 §6.3 below.
const framingField = fc.oneof(
  fc.record({
    name: fc.constant('Transfer-Encoding'),
    value: fc.constantFrom('chunked', 'gzip', 'gzip, chunked', 'chunked, gzip', 'chunked;x=y', ''),
  }),
  fc.record({
    name: fc.constant('Content-Length'),
    value: fc.constantFrom('0', '5', 'abc', '5, 5', '5, 6', '-1'),
  }),
);
const framed = fc
  .record({
    message: fc.oneof(request, response),
    framing: fc.array(framingField, { maxLength: 3 }),
    requestMethod: fc.constantFrom(undefined, 'GET', 'HEAD', 'CONNECT'),
  })
  .map(({ message, framing, requestMethod }) => {
    // The framing fields replace the generated ones, and the body is left as content.
    const { chunks: _c, trailers: _t, ...rest } = message;
    const headers = [...message.headers.filter((h) => !framingNames.test(h.name)), ...framing];
    const host = message.kind === 'request' ? [{ name: 'Host', value: 'example.com' }] : [];
    const options = message.kind === 'response' && requestMethod ? { requestMethod } : {};
    return { message: { ...rest, headers: [...host, ...headers] } as HttpMessage, options };
  });

describe('fuzz: framing (RFC 9112 §6.3)', () => {
  it(
    'messageFraming says how parseMessage reads back what serializeMessage writes',
    () => {
      fc.assert(
        fc.property(framed, ({ message, options }) => {
          let written: ReturnType<typeof serializeMessage>;
          try {
            written = serializeMessage(message, options);
          } catch (error) {
            // Content in a response that has none: messageFraming refuses it the same way.
            expect(error).toBeInstanceOf(RangeError);
            expect(() => messageFraming(message, options)).toThrow(RangeError);
            return;
          }
          const { framing, closeAfter } = messageFraming(message, options);
          const parsed = parseMessage(written.bytes, message.kind, options);
          if (framing === 'invalid') {
            expect(parsed.ok).toBe(false);
            expect(closeAfter).toBe(true);
            return;
          }
          if (!parsed.ok) expect.fail(parsed.error.explanation);
          expect(parsed.framing).toBe(framing);
          expect(closeAfter).toBe(framing === 'until-close');
          if (framing !== 'until-close') expect(parsed.consumed).toBe(written.bytes.length);
          expect(parsed.message.body).toEqual(message.body);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'a response that never has a body ends at the blank line whatever its framing fields say',
    () => {
      fc.assert(
        fc.property(
          fc.array(framingField, { maxLength: 3 }),
          fc.constantFrom(
            { status: 100, method: 'GET' },
            { status: 204, method: 'GET' },
            { status: 304, method: 'GET' },
            { status: 200, method: 'HEAD' },
            { status: 200, method: 'CONNECT' },
          ),
          (fields, { status, method }) => {
            const head = fields.map((f) => `${f.name}: ${f.value}\r\n`).join('');
            const input = binary(`HTTP/1.1 ${status} X\r\n${head}\r\n0\r\n\r\n`);
            const parsed = parseMessage(input, 'response', { requestMethod: method });
            if (!parsed.ok) expect.fail(parsed.error.explanation);
            expect(parsed.framing).toBe('none');
            expect(parsed.consumed).toBe(input.length - 5);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});

// RFC 9112 §7.1 and §7.1.1 as a regular expression, to check chunkSizeLine against:
//   chunk-size [ chunk-ext ], chunk-ext = *( BWS ";" BWS token [ BWS "=" BWS ( token / quoted-string ) ] )
const TOKEN = "[-!#$%&'*+.^_`|~0-9A-Za-z]+";
const BWS = '[ \\t]*';
const QUOTED = '"(?:[\\t !#-\\[\\]-~\\x80-\\xff]|\\\\[\\t -~\\x80-\\xff])*"';
const CHUNK_LINE = new RegExp(
  `^[0-9A-Fa-f]+(?:${BWS};${BWS}${TOKEN}(?:${BWS}=${BWS}(?:${TOKEN}|${QUOTED}))?)*$`,
);
const chunkLinePiece = fc.constantFrom(
  '3',
  'a',
  'F',
  ';',
  ' ',
  '\t',
  '=',
  'x',
  'y1',
  '"',
  '\\',
  ',',
  '(',
  '\x7f',
  '\x00',
  '\x80',
);

function binary(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

describe('fuzz: the chunk-size line', () => {
  it(
    "is accepted exactly when it matches RFC 9112's grammar",
    () => {
      fc.assert(
        fc.property(fc.array(chunkLinePiece, { maxLength: 12 }), (pieces) => {
          const line = pieces.join('');
          const bytes = binary(line);
          const read = chunkSizeLine(bytes, 0, bytes.length);
          expect(!isFault(read), JSON.stringify(line)).toBe(CHUNK_LINE.test(line));
          if (isFault(read)) {
            expect(read.offset).toBeGreaterThanOrEqual(0);
            expect(read.offset).toBeLessThanOrEqual(bytes.length);
          }
        }),
        { numRuns: numRuns * 5 },
      );
    },
    timeout,
  );
});
