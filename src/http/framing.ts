/**
 * How long the message body is (RFC 9112 §6.3), decided once the header
 * section has been read, in the RFC's order: the responses that never have a
 * body first, then the checks on the fields that decide it (Content-Length,
 * then Transfer-Encoding, in that fixed order so that the first problem
 * reported does not depend on how the input was fed).
 */
import type { Note } from './deviations';
import { type Fault, fault, isFault } from './errors';
import { asciiLower, trimOws } from './grammar';
import { hostFault } from './host';
import { type HttpVersion, sameFieldName } from './message';

/** Where the body ends: nowhere (no body), after N octets, after the last chunk, or at close. */
export type BodyFraming = 'none' | 'content-length' | 'chunked' | 'until-close';

export type Framing =
  | { type: 'none' }
  | { type: 'content-length'; length: number }
  | { type: 'chunked' }
  | { type: 'until-close' };

/** A field line as read, with where it was, for pointing at it. */
export interface ReadField {
  name: string;
  value: string;
  lineStart: number;
  valueOffset: number;
}

/** The framing, and what was tolerated on the way to it. */
export interface FramingDecision {
  framing: Framing;
  notes: Note[];
}

export interface HeadFacts {
  kind: 'request' | 'response';
  version: HttpVersion;
  /** The request's method, or for a response the method of the request it answers, if known. */
  method: string | undefined;
  status: number | undefined;
  fields: ReadField[];
  blankLineOffset: number;
}

function named(fields: ReadField[], name: string): ReadField[] {
  return fields.filter((f) => sameFieldName(f.name, name));
}

// RFC 9112 §3.2: "A server MUST respond with a 400 (Bad Request) status code to
// any HTTP/1.1 request message that lacks a Host header field and to any
// request message that contains more than one Host header field line or a
// Host header field with an invalid field value."
export function hostCheck(facts: HeadFacts): Fault | null {
  const hosts = named(facts.fields, 'host');
  const second = hosts[1];
  if (second) {
    return fault(
      'multiple-host',
      second.lineStart,
      'A request must have exactly one Host field line; this is the second.',
    );
  }
  const host = hosts[0];
  if (!host) {
    if (facts.version === 'HTTP/1.0') return null;
    return fault(
      'missing-host',
      facts.blankLineOffset,
      'An HTTP/1.1 request must have a Host field before the blank line.',
    );
  }
  return hostFault(host.value, host.valueOffset, false);
}

// RFC 9110 §8.6: Content-Length = 1*DIGIT. RFC 9112 §6.3 point 5: a recipient
// may accept a list of identical values ("42, 42", or the same value on
// several field lines) as that value; we do, note it, and reject differing
// values.
function contentLengthCheck(facts: HeadFacts, notes: Note[]): number | null | Fault {
  let length: number | null = null;
  let values = 0;
  for (const field of named(facts.fields, 'content-length')) {
    const members = field.value.split(',').map(trimOws);
    for (const member of members) {
      // Simplification: a length above 2^53 - 1 (9 PB) is rejected as invalid.
      if (!/^[0-9]+$/.test(member) || !Number.isSafeInteger(Number(member))) {
        return fault(
          'invalid-content-length',
          field.valueOffset,
          `Content-Length must be a decimal number of octets; found "${field.value}".`,
        );
      }
      const n = Number(member);
      if (length !== null && n !== length) {
        return fault(
          'conflicting-content-length',
          field.valueOffset,
          `Content-Length says ${n} here but ${length} before; the body length is ambiguous.`,
        );
      }
      values++;
      if (values === 2) {
        notes.push({
          code: 'content-length-list',
          offset: field.valueOffset,
          explanation: `Content-Length is given more than once; the values agree, so it is read as ${n}.`,
        });
      }
      length = n;
    }
  }
  return length;
}

/** RFC 9112 §6.1: the transfer codings, lower-cased, without parameters. */
export function transferCodings(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((member) => asciiLower(trimOws(member.split(';')[0] ?? '')))
    .filter((c) => c.length > 0);
}

// RFC 9112 §6.1: Transfer-Encoding = #transfer-coding
function transferEncodingCheck(
  facts: HeadFacts,
  contentLength: number | null,
): 'chunked' | 'until-close' | null | Fault {
  const fields = named(facts.fields, 'transfer-encoding');
  const first = fields[0];
  if (!first) return null;
  // RFC 9112 §6.1: "A server or client that receives an HTTP/1.0 message
  // containing a Transfer-Encoding header field MUST treat the message as if
  // the framing is faulty".
  if (facts.version === 'HTTP/1.0') {
    return fault(
      'invalid-transfer-encoding',
      first.lineStart,
      'Transfer-Encoding is not defined for HTTP/1.0 messages.',
    );
  }
  // RFC 9112 §6.3 point 3: "Such a message might indicate an attempt to
  // perform request smuggling ... and ought to be handled as an error." We
  // reject it in responses too rather than let Transfer-Encoding override.
  if (contentLength !== null) {
    const cl = named(facts.fields, 'content-length')[0];
    const at = Math.max(first.lineStart, cl?.lineStart ?? 0);
    return fault(
      'content-length-with-transfer-encoding',
      at,
      'A message must not have both Transfer-Encoding and Content-Length; the body length is ambiguous.',
    );
  }
  // RFC 9112 §7: "The chunked coding does not define any parameters. Their
  // presence SHOULD be treated as an error."
  for (const field of fields) {
    const chunkedWithParameters = field.value
      .split(',')
      .find(
        (member) =>
          member.includes(';') && asciiLower(trimOws(member.split(';')[0] ?? '')) === 'chunked',
      );
    if (chunkedWithParameters !== undefined) {
      return fault(
        'invalid-transfer-encoding',
        field.valueOffset,
        `The chunked transfer coding takes no parameters; found "${trimOws(chunkedWithParameters)}".`,
      );
    }
  }
  const codings = transferCodings(fields.map((f) => f.value));
  if (codings.length === 0) {
    return fault(
      'invalid-transfer-encoding',
      first.valueOffset,
      'Transfer-Encoding is empty; expected a transfer coding such as chunked.',
    );
  }
  const chunkedCount = codings.filter((c) => c === 'chunked').length;
  const last = codings[codings.length - 1];
  // RFC 9112 §6.1: "A sender MUST NOT apply the chunked transfer coding more
  // than once to a message body"
  if (chunkedCount > 1) {
    return fault(
      'invalid-transfer-encoding',
      first.valueOffset,
      'The chunked transfer coding is applied more than once.',
    );
  }
  if (facts.kind === 'response') {
    // RFC 9112 §6.3 point 4: a response whose final coding is not chunked is
    // delimited by the server closing the connection.
    return last === 'chunked' ? 'chunked' : 'until-close';
  }
  // RFC 9112 §6.3 point 4: in a request, chunked must be the final coding, or
  // "the server MUST respond with the 400 (Bad Request) status code".
  if (last !== 'chunked') {
    return fault(
      'invalid-transfer-encoding',
      first.valueOffset,
      'In a request the final transfer coding must be chunked.',
    );
  }
  // RFC 9112 §6.1: a server that does not understand a transfer coding
  // "SHOULD respond with the 501 (Not Implemented) status code". We know chunked only.
  const unknown = codings.find((c) => c !== 'chunked');
  if (unknown !== undefined) {
    return fault(
      'unsupported-transfer-coding',
      first.valueOffset,
      `The transfer coding "${unknown}" is not supported; only chunked is.`,
    );
  }
  return 'chunked';
}

/**
 * RFC 9112 §6.3 points 1 and 2: the responses that end at their blank line
 * "regardless of the header fields present"; why, or null for any other message.
 */
function bodilessBecause(facts: HeadFacts): string | null {
  if (facts.kind !== 'response') return null;
  const status = facts.status ?? 0;
  if (facts.method === 'HEAD') return 'A response to HEAD has no body';
  if (status >= 100 && status < 200) return `A ${status} (informational) response has no body`;
  if (status === 204 || status === 304) return `A ${status} response has no body`;
  if (facts.method === 'CONNECT' && status >= 200 && status < 300) {
    return 'A 2xx response to CONNECT has no body (the connection becomes a tunnel)';
  }
  return null;
}

/** RFC 9112 §6.3 in the RFC's order. */
export function decideFraming(facts: HeadFacts): FramingDecision | Fault {
  const notes: Note[] = [];
  const contentLength = contentLengthCheck(facts, notes);
  const coding = isFault(contentLength)
    ? contentLength
    : transferEncodingCheck(facts, contentLength);

  // §6.3 points 1 and 2 come first: the fields decide nothing, and a problem with them is noted
  // instead of refusing the message.
  const bodiless = bodilessBecause(facts);
  if (bodiless !== null) {
    if (isFault(coding)) {
      notes.push({
        code: 'framing-fields-ignored',
        offset: coding.offset,
        explanation: `${bodiless}, so its framing fields are ignored: ${coding.explanation}`,
      });
    }
    return { framing: { type: 'none' }, notes };
  }
  if (isFault(contentLength)) return contentLength;
  if (isFault(coding)) return coding;
  // §6.3 points 3 and 4.
  if (coding === 'chunked') return { framing: { type: 'chunked' }, notes };
  if (coding === 'until-close') return { framing: { type: 'until-close' }, notes };
  // §6.3 points 5 and 6.
  if (contentLength !== null) {
    return { framing: { type: 'content-length', length: contentLength }, notes };
  }
  // §6.3 point 7: "If this is a request message and none of the above are
  // true, then the message body length is zero".
  if (facts.kind === 'request') return { framing: { type: 'none' }, notes };
  // §6.3 point 8: otherwise a response body runs until the server closes.
  return { framing: { type: 'until-close' }, notes };
}
