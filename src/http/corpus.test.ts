/**
 * Runs the Markdown corpus in cases/ (convention in cases/README.md): every
 * case whole, byte by byte, with trailing octets, and both ways
 * (bytes → message → bytes).
 */
import { describe, expect, it } from 'vitest';
import { DEVIATION_CODES } from './deviations';
import { PARSE_ERROR_CODES } from './errors';
import { binaryBytes } from './grammar';
import { createParser, type ParseResult, parseMessage } from './parse';
import { serializeMessage } from './serialize';
import { type CorpusCase, loadCorpus, spansOf } from './test-support/corpus';

const corpus = loadCorpus();

const TRAILING = {
  request: binaryBytes('GET /next HTTP/1.1\r\nHost: example.com\r\n\r\n'),
  response: binaryBytes('HTTP/1.1 204 No Content\r\n\r\n'),
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function parseWhole(c: CorpusCase, input: Uint8Array = c.input): ParseResult {
  return parseMessage(
    input,
    c.kind,
    c.requestMethod === undefined ? {} : { requestMethod: c.requestMethod },
  );
}

function parseByteByByte(c: CorpusCase): ParseResult {
  const parser = createParser(
    c.kind,
    c.requestMethod === undefined ? {} : { requestMethod: c.requestMethod },
  );
  for (let i = 0; i < c.input.length; i++) parser.push(c.input.subarray(i, i + 1));
  return parser.finish();
}

function serializeOptions(c: CorpusCase) {
  return c.requestMethod === undefined ? {} : { requestMethod: c.requestMethod };
}

describe('the HTTP corpus', () => {
  it('has cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('shows every error code at least once', () => {
    const shown = new Set(corpus.map((c) => (c.expected.ok ? null : c.expected.code)));
    expect(PARSE_ERROR_CODES.filter((code) => !shown.has(code))).toEqual([]);
  });

  it('shows every tolerated deviation at least once', () => {
    const shown = new Set(corpus.flatMap((c) => (c.expected.ok ? c.expected.deviations : [])));
    const codes = new Set([...shown].map((d) => d.code));
    expect(DEVIATION_CODES.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('names every case once', () => {
    const names = corpus.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  describe.each(corpus.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_, c) => {
    const whole = parseWhole(c);

    it('parses whole to the expected result', () => {
      const expected = c.expected;
      if (expected.ok) {
        if (!whole.ok) expect.fail(`expected a message, got ${JSON.stringify(whole.error)}`);
        const actual = whole.blocks.map((b) => {
          const field =
            b.kind === 'header' &&
            expected.blocks.some((e) => e.start === b.start && e.field !== undefined);
          return `${b.kind} ${b.start}-${b.end}${field ? ` ${b.name}: ${b.value}` : ''}`;
        });
        // The corpus writes field values as UTF-8 text; the model holds octets.
        const wanted = expected.blocks.map(
          (e) =>
            `${e.kind} ${e.start}-${e.end}${e.field === undefined ? '' : ` ${asOctets(e.field)}`}`,
        );
        expect(actual, spansOf(whole.blocks).join('\n')).toEqual(wanted);
        expect(whole.consumed).toBe(expected.blocks[expected.blocks.length - 1]?.end);
        if (expected.framing) expect(whole.framing).toBe(expected.framing);
        const deviations = whole.deviations.map(({ code, offset }) => ({ code, offset }));
        expect(deviations, 'the tolerated deviations').toEqual(expected.deviations);
      } else {
        if (whole.ok)
          expect.fail(
            `expected ${expected.code}, got a message:\n${spansOf(whole.blocks).join('\n')}`,
          );
        const { code, offset, line, column } = whole.error;
        const got: Record<string, unknown> = { code, offset };
        const want: Record<string, unknown> = { code: expected.code, offset: expected.offset };
        if (expected.line !== undefined) [got.line, want.line] = [line, expected.line];
        if (expected.column !== undefined) [got.column, want.column] = [column, expected.column];
        expect(got, whole.error.explanation).toEqual(want);
        expect(whole.error.explanation).toMatch(/^[A-Z0-9"].*\.$/);
      }
    });

    it('parses byte by byte to the identical result', () => {
      expect(parseByteByByte(c)).toEqual(whole);
    });

    it('leaves trailing octets for the next message', () => {
      if (!whole.ok && whole.error.code === 'incomplete') return;
      const trailing = TRAILING[c.kind];
      const more = parseWhole(c, concat(c.input, trailing));
      if (whole.ok && whole.framing === 'until-close') {
        if (!more.ok) expect.fail(JSON.stringify(more.error));
        expect(more.consumed).toBe(c.input.length + trailing.length);
        expect(more.message.body).toEqual(concat(whole.message.body, trailing));
      } else {
        expect(more).toEqual(whole);
      }
    });

    if (!whole.ok) return;
    it('serializes back (bytes → message → bytes)', () => {
      const written = serializeMessage(whole.message, serializeOptions(c));
      const input = c.input.subarray(0, whole.consumed);
      if (c.canonical) {
        expect(binaryString(written.bytes)).toBe(binaryString(input));
        expect(written.blocks).toEqual(whole.blocks);
      } else {
        expect(binaryString(written.bytes), 'marked non-canonical but round-trips').not.toBe(
          binaryString(input),
        );
        const again = parseWhole(c, written.bytes);
        if (!again.ok)
          expect.fail(`the serialized message does not parse: ${JSON.stringify(again.error)}`);
        expect(again.consumed).toBe(written.bytes.length);
        expect(again.blocks).toEqual(written.blocks);
        const twice = serializeMessage(again.message, serializeOptions(c));
        expect(binaryString(twice.bytes)).toBe(binaryString(written.bytes));
      }
    });
  });
});

function asOctets(text: string): string {
  return binaryString(Buffer.from(text, 'utf8'));
}

function binaryString(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}
