/**
 * A message typed by hand, octet for octet (the workshop's raw response, a scenario's `raw`).
 * It is read by the parser like any message on the wire, and accepted only if it is whole and
 * exactly what `serializeMessage` writes for what was read: the simulator sends messages through
 * the serializer, so a message it would write differently (a wrong Content-Length, no space after
 * a colon) is refused at the first octet that differs, never rewritten behind the typist's back.
 */
import type { MessageBlock } from '../timeline/types';
import { lineAt, locate, type ParseErrorCode } from './errors';
import { CR, LF } from './grammar';
import { type HttpMessage, sameFieldName } from './message';
import { parseMessage } from './parse';
import { serializeMessage } from './serialize';
import { decodeUtf8 } from './utf8';

/**
 * `differs`: the serializer writes another octet here (`expected` says its line). `not-written`:
 * a field line the serializer does not write at all, whatever follows it being written here;
 * `no-content-length`, that line is a Content-Length in a response that has none (RFC 9110 §8.6);
 * `no-transfer-encoding`, a Transfer-Encoding in a 1xx or 204 response (RFC 9112 §6.1).
 */
export type ExactErrorCode =
  | ParseErrorCode
  | 'differs'
  | 'not-written'
  | 'no-content-length'
  | 'no-transfer-encoding'
  | 'after-end';

export interface ExactError {
  code: ExactErrorCode;
  /** 0-based octet offset into the typed octets. */
  offset: number;
  /** 1-based; lines are counted by LF, as the parser counts them. */
  line: number;
  /** 1-based octet column within the line. */
  column: number;
  /** One plain English sentence. */
  explanation: string;
  /** For `differs`: the line as the serializer writes it. */
  expected?: string;
}

export type ExactReading =
  | { ok: true; message: HttpMessage; blocks: MessageBlock[] }
  | { ok: false; error: ExactError };

function errorAt(
  bytes: Uint8Array,
  code: ExactErrorCode,
  offset: number,
  explanation: string,
  expected?: string,
): ExactReading {
  const at = Math.min(Math.max(offset, 0), bytes.length);
  return {
    ok: false,
    error: {
      code,
      offset: at,
      ...locate(bytes, bytes.length, at),
      explanation,
      ...(expected === undefined ? {} : { expected }),
    },
  };
}

/** `bytes` as one whole message of `kind`, exactly as the serializer writes it, or where not. */
export function readExactMessage(bytes: Uint8Array, kind: 'request' | 'response'): ExactReading {
  const parsed = parseMessage(bytes, kind);
  if (!parsed.ok) {
    const e = parsed.error;
    return errorAt(bytes, e.code, e.offset, e.explanation);
  }
  if (parsed.consumed < bytes.length) {
    return errorAt(
      bytes,
      'after-end',
      parsed.consumed,
      'the message ends here (its framing says so); more octets follow',
    );
  }
  // RFC 9112 §6.1: "A server MUST NOT send a Transfer-Encoding header field in any response with
  // a status code of 1xx (Informational) or 204 (No Content)." A recipient reads past it (such a
  // response ends at its blank line whatever it says, §6.3), so the parser and the serializer
  // both let it through: the rule is the sender's, and a response typed by hand is one it sends.
  const message = parsed.message;
  if (message.kind === 'response' && (message.status < 200 || message.status === 204)) {
    const te = parsed.blocks.find(
      (b) => b.kind === 'header' && sameFieldName(b.name ?? '', 'transfer-encoding'),
    );
    if (te) {
      return errorAt(
        bytes,
        'no-transfer-encoding',
        te.start,
        'a 1xx or 204 response has no content, and RFC 9112 §6.1 forbids Transfer-Encoding in it',
      );
    }
  }
  let written: Uint8Array;
  try {
    // Its framing is as typed: a response without a length of its own runs to the close.
    written = serializeMessage(parsed.message, { untilClose: true }).bytes;
  } catch (error) {
    return errorAt(bytes, 'differs', 0, error instanceof Error ? error.message : String(error));
  }
  const n = Math.min(written.length, bytes.length);
  let k = 0;
  while (k < n && written[k] === bytes[k]) k++;
  if (k === n && written.length === bytes.length) {
    return { ok: true, message: parsed.message, blocks: parsed.blocks };
  }
  const extra = lineNotWritten(bytes, written, k);
  if (extra !== null) {
    const name = decodeUtf8(bytes.subarray(k, extra)).split(':')[0] ?? '';
    const status = parsed.message.kind === 'response' ? parsed.message.status : 200;
    // RFC 9110 §8.6: "A server MUST NOT send a Content-Length header field in any response with a
    // status code of 1xx (Informational) or 204 (No Content)": there is no content to count.
    if (sameFieldName(name, 'content-length') && (status < 200 || status === 204)) {
      return errorAt(
        bytes,
        'no-content-length',
        k,
        'a 1xx or 204 response has no content, and RFC 9110 §8.6 forbids Content-Length in it: the serializer does not write this line',
      );
    }
    return errorAt(bytes, 'not-written', k, 'the serializer does not write this line');
  }
  return errorAt(
    bytes,
    'differs',
    k,
    'the serializer writes another octet here',
    lineAt(written, Math.min(k, written.length - 1)),
  );
}

/**
 * Where the field line typed at `k` ends, if it is one the serializer leaves out: `k` starts a
 * line of the head, not its blank line, and what the serializer writes at `k` is the line typed
 * after it. Said as such, the place to change is that line (delete it), not the line after it,
 * which the serializer's own line there would name.
 */
function lineNotWritten(bytes: Uint8Array, written: Uint8Array, k: number): number | null {
  if (k === 0 || bytes[k - 1] !== LF) return null;
  const end = bytes.indexOf(LF, k) + 1;
  // Not the blank line (CR LF), nor past it: a line of the body is written as typed.
  const head = bytes.findIndex((b, i) => b === LF && bytes[i - 1] === CR && bytes[i - 2] === LF);
  if (end === 0 || end - k <= 2 || head === -1 || k > head - 2) return null;
  const next = bytes.indexOf(LF, end) + 1;
  if (next === 0 || k + (next - end) > written.length) return null;
  for (let i = end; i < next; i++) if (written[k + i - end] !== bytes[i]) return null;
  return end;
}
