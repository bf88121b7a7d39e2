/**
 * The "Response typed by hand" box of a route: a response as the text a person types, and back,
 * in the Request box's convention (requestText.ts): each line end of the head is one CR LF on
 * the wire, the body after the blank line is sent as typed, in UTF-8. The text is read by the
 * function the validator reads a scenario's `raw` with (`readExactMessage`: src/http's parser,
 * then the serializer, which must write the same octets), so an error is where the parser or the
 * serializer says, at its line and column, and the octet is marked in the text.
 */
import { readExactMessage } from '../validation';
import type { RequestError, RequestErrorCode } from './requestText';
import { characterColumn, toWire } from './requestText';

/** A line Roundtrip's server does not write, which only a response typed by hand can hold. */
export type ResponseOnlyCode = 'not-written' | 'no-content-length' | 'no-transfer-encoding';

/** The response box's error: the request box's, or one only a response has. */
export type ResponseError = Omit<RequestError, 'code'> & {
  code: RequestErrorCode | ResponseOnlyCode;
};

export type ResponseReading = { ok: true; raw: string } | { ok: false; error: ResponseError };

/** A scenario's `raw` (its octets as text, CR LF written out) as the box shows it. */
export function rawToText(raw: string): string {
  const blank = raw.indexOf('\r\n\r\n');
  const end = blank === -1 ? raw.length : blank + 4;
  return raw.slice(0, end).replace(/\r\n/g, '\n') + raw.slice(end);
}

/** The response the box holds, as a scenario's `raw`, or the first thing wrong with it. */
export function readResponseText(text: string): ResponseReading {
  const wire = toWire(text);
  const read = readExactMessage(wire.bytes, 'response');
  if (!read.ok) {
    const { code, line, offset, explanation, expected } = read.error;
    const index = wire.source[offset] ?? text.length;
    return {
      ok: false,
      error: {
        code,
        line,
        column: characterColumn(text, index),
        index,
        explanation,
        ...(expected === undefined ? {} : { expected }),
      },
    };
  }
  // The octets are the text's own in UTF-8 (toWire), so they decode back without loss.
  return { ok: true, raw: new TextDecoder().decode(wire.bytes) };
}
