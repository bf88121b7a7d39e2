/**
 * A message typed by hand, octet for octet (the workshop's raw response, a scenario's `raw`).
 * It is read by the parser like any message on the wire, and accepted only if it is whole and
 * exactly what `serializeMessage` writes for what was read: the simulator sends messages through
 * the serializer, so a message it would write differently (a wrong Content-Length, no space after
 * a colon) is refused at the first octet that differs, never rewritten behind the typist's back.
 */
import type { MessageBlock } from '../timeline/types';
import { lineAt, locate, type ParseErrorCode } from './errors';
import type { HttpMessage } from './message';
import { parseMessage } from './parse';
import { serializeMessage } from './serialize';

export type ExactErrorCode = ParseErrorCode | 'differs' | 'after-end';

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
  let written: Uint8Array;
  try {
    written = serializeMessage(parsed.message).bytes;
  } catch (error) {
    return errorAt(bytes, 'differs', 0, error instanceof Error ? error.message : String(error));
  }
  const n = Math.min(written.length, bytes.length);
  let k = 0;
  while (k < n && written[k] === bytes[k]) k++;
  if (k === n && written.length === bytes.length) {
    return { ok: true, message: parsed.message, blocks: parsed.blocks };
  }
  return errorAt(
    bytes,
    'differs',
    k,
    'the serializer writes another octet here',
    lineAt(written, Math.min(k, written.length - 1)),
  );
}
