/**
 * The HTTP/1.1 message parser (RFC 9112), incremental and byte-exact.
 *
 * It reads the head line by line (start line, field lines, blank line), then
 * decides the body length (RFC 9112 §6.3, `framing.ts`) and reads the body.
 * Every decision depends only on octets already seen, and a line is judged
 * only once it is complete, so feeding the input whole or one byte at a time
 * gives the same result, error offsets included.
 *
 * Choices where the RFC lets a recipient choose (also in cases/README.md):
 * - RFC 9112 §2.2: a bare LF ends a line of the head (start line, field lines,
 *   blank line). Inside a chunked body every line needs CRLF (`bare-lf`).
 * - RFC 9112 §2.2: empty lines before a request line are skipped (the
 *   start-line block begins after them); a response must start at once.
 * - RFC 9112 §5.2: obs-fold is rejected in requests and trailers; in a
 *   response it is replaced by one SP and the header block spans both lines.
 * - A chunked body is one `body` block, from the first chunk-size line to the
 *   final CRLF, trailers included; `message.body` holds those octets as sent.
 * - A response delimited by close (§6.3 point 8) ends where the input ends:
 *   `push` never settles it, `finish` does.
 */

import type { MessageBlock } from '../timeline/types';
import { chunkSizeLine } from './chunked';
import { type Fault, fault, isFault, locate, type ParseError } from './errors';
import { type BodyFraming, decideFraming, type ReadField } from './framing';
import { CR, isWhitespace, LF } from './grammar';
import {
  fieldLine,
  foldedLine,
  methodOctetFault,
  type RequestLine,
  requestLine,
  type StatusLine,
  statusLine,
  VERSION_LENGTH,
  versionOctetFault,
} from './head';
import type { HttpMessage } from './message';

/** Limit: the longest start line, field line or chunk line, CRLF not counted. */
export const MAX_LINE_LENGTH = 8192;
/** Limit: the most field lines in the header section (and, apart, in the trailer section). */
export const MAX_FIELD_LINES = 100;

export interface ParseOptions {
  /** For a response: the method of the request it answers (HEAD and CONNECT change framing). */
  requestMethod?: string;
}

export interface ParseSuccess {
  ok: true;
  message: HttpMessage;
  blocks: MessageBlock[];
  /** Octets of the input that belong to the message; the rest is the next message's. */
  consumed: number;
  /** How the body's end was found (RFC 9112 §6.3). */
  framing: BodyFraming;
}

export interface ParseFailure {
  ok: false;
  error: ParseError;
}

export type ParseResult = ParseSuccess | ParseFailure;

export interface HttpParser {
  /** Adds input; returns the result once it is settled (complete or failed), else null. */
  push(chunk: Uint8Array): ParseResult | null;
  /** Declares the end of the input (the connection closed) and returns the result. */
  finish(): ParseResult;
  /** The blocks read so far (the body block appears when the body is complete). */
  blocks(): readonly MessageBlock[];
}

type Phase =
  | 'start-line'
  | 'field-line'
  | 'body'
  | 'chunk-size'
  | 'chunk-data'
  | 'chunk-data-end'
  | 'trailer'
  | 'until-close';

interface Line {
  /** End of the line's content: the CR of CRLF, or the bare LF. */
  contentEnd: number;
  /** Just past the LF. */
  end: number;
}

/** Where the reading stands; `null` from a step means it needs more input. */
class MessageParser implements HttpParser {
  private buf = new Uint8Array(256);
  private len = 0;
  private pos = 0;
  /** Where the search for the current line's terminator resumes. */
  private scan = 0;
  private phase: Phase = 'start-line';
  private head: RequestLine | StatusLine | null = null;
  private fields: ReadField[] = [];
  private fieldLines = 0;
  private trailerLines = 0;
  /** While reading a request line: every octet so far is part of the method. */
  private inMethod = true;
  private readonly read: MessageBlock[] = [];
  private framing: BodyFraming = 'none';
  private bodyStart = 0;
  /** End of the body (content-length) or of the current chunk's data. */
  private dataEnd = 0;
  private result: ParseResult | null = null;

  constructor(
    private readonly kind: 'request' | 'response',
    private readonly options: ParseOptions,
  ) {}

  push(chunk: Uint8Array): ParseResult | null {
    if (this.result) return this.result;
    if (this.len + chunk.length > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.len + chunk.length, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
    this.advance();
    return this.result;
  }

  finish(): ParseResult {
    if (this.result) return this.result;
    if (this.phase === 'until-close') {
      this.pos = this.len;
      return this.succeed();
    }
    const at = this.len;
    const explanations: Record<Phase, string> = {
      'start-line':
        'The input ended before the start line was complete; expected a line ending in CRLF.',
      'field-line':
        'The input ended inside the header section; expected a blank line (CRLF) to end it.',
      body: `The input ended after ${at - this.bodyStart} of the ${this.dataEnd - this.bodyStart} body octets that Content-Length announced.`,
      'chunk-size': 'The input ended inside the chunked body; expected a chunk-size line.',
      'chunk-data': `The input ended inside a chunk; expected ${this.dataEnd - at} more octets of chunk data.`,
      'chunk-data-end': 'The input ended after a chunk; expected CRLF.',
      trailer:
        'The input ended inside the trailer section; expected a blank line (CRLF) to end the chunked body.',
      'until-close': '',
    };
    return this.fail(fault('incomplete', at, explanations[this.phase]));
  }

  blocks(): readonly MessageBlock[] {
    return this.read;
  }

  private advance(): void {
    while (!this.result) {
      const step = this.step();
      if (step === null) return;
      if (isFault(step)) {
        this.fail(step);
        return;
      }
    }
  }

  /** One unit of reading: true when it moved on, null when it needs more input. */
  private step(): true | null | Fault {
    switch (this.phase) {
      case 'start-line':
        return this.startLine();
      case 'field-line':
        return this.fieldLine();
      case 'body':
        if (this.len < this.dataEnd) return null;
        this.pos = this.dataEnd;
        this.succeed();
        return true;
      case 'chunk-size':
        return this.chunkSize();
      case 'chunk-data':
        if (this.len < this.dataEnd) return null;
        this.pos = this.dataEnd;
        this.phase = 'chunk-data-end';
        return true;
      case 'chunk-data-end':
        return this.chunkDataEnd();
      case 'trailer':
        return this.trailer();
      case 'until-close':
        return null;
    }
  }

  /**
   * Finds the end of the line starting at `pos`. RFC 9112 §2.2: a bare CR is
   * invalid; a bare LF is accepted unless `crlfOnly`. Lines longer than
   * MAX_LINE_LENGTH fail as soon as the limit is passed, so no input makes
   * the parser wait (or scan) without bound. `early` looks at each octet of
   * the line as it is scanned, so that garbage fails at once.
   */
  private nextLine(
    crlfOnly: boolean,
    early?: (b: number, i: number) => Fault | null,
  ): Line | null | Fault {
    for (let i = this.scan; i < this.len; i++) {
      const b = this.buf[i] ?? 0;
      if (b === LF) {
        if (crlfOnly)
          return fault(
            'bare-lf',
            i,
            'Lines of the chunked coding must end with CRLF; found LF alone.',
          );
        return { contentEnd: i, end: i + 1 };
      }
      if (b === CR) {
        if (i + 1 >= this.len) {
          this.scan = i;
          return null;
        }
        if (this.buf[i + 1] !== LF) {
          return fault(
            'bare-cr',
            i,
            'A CR must be followed by LF; a bare CR is not allowed outside the body.',
          );
        }
        return { contentEnd: i, end: i + 2 };
      }
      const bad = early?.(b, i);
      if (bad) return bad;
      if (i - this.pos >= MAX_LINE_LENGTH) {
        return fault(
          'line-too-long',
          i,
          `The line is longer than the limit of ${MAX_LINE_LENGTH} octets.`,
        );
      }
    }
    this.scan = this.len;
    return null;
  }

  private moveTo(end: number): void {
    this.pos = end;
    this.scan = end;
    this.inMethod = true;
  }

  /**
   * The start line is judged octet by octet up to the end of the method (or
   * of the HTTP-version of a status line), with the same functions that judge
   * the complete line: a TLS handshake or a binary stream fails on its first
   * octet instead of after 8 KiB, and the fault is the same however the input
   * is fed.
   */
  private readonly earlyStartLine = (b: number, i: number): Fault | null => {
    if (this.kind === 'response') {
      const k = i - this.pos;
      return k < VERSION_LENGTH ? versionOctetFault(b, k, i) : null;
    }
    if (!this.inMethod) return null;
    const verdict = methodOctetFault(b, i, this.pos);
    if (verdict === 'end') {
      this.inMethod = false;
      return null;
    }
    return verdict;
  };

  // RFC 9112 §2.1: HTTP-message = start-line CRLF *( field-line CRLF ) CRLF [ message-body ]
  //                start-line   = request-line / status-line
  private startLine(): true | null | Fault {
    const line = this.nextLine(false, this.earlyStartLine);
    if (line === null || isFault(line)) return line;
    // RFC 9112 §2.2: "a server that is expecting to receive and parse a
    // request-line SHOULD ignore at least one empty line (CRLF) received prior
    // to the request-line."
    if (this.kind === 'request' && line.contentEnd === this.pos) {
      this.moveTo(line.end);
      return true;
    }
    const read =
      this.kind === 'request'
        ? requestLine(this.buf, this.pos, line.contentEnd)
        : statusLine(this.buf, this.pos, line.contentEnd);
    if (isFault(read)) return read;
    this.head = read;
    this.read.push({ kind: 'start-line', start: this.pos, end: line.end });
    this.moveTo(line.end);
    this.phase = 'field-line';
    return true;
  }

  private fieldLine(): true | null | Fault {
    const line = this.nextLine(false);
    if (line === null || isFault(line)) return line;
    const start = this.pos;
    if (line.contentEnd === start) return this.blankLine(line);
    if (this.fieldLines >= MAX_FIELD_LINES) {
      return fault(
        'too-many-headers',
        start,
        `The header section has more than ${MAX_FIELD_LINES} field lines.`,
      );
    }
    if (isWhitespace(this.buf[start] ?? 0)) {
      const previous = this.fields[this.fields.length - 1];
      const block = this.read[this.read.length - 1];
      // RFC 9112 §2.2: whitespace between the start line and the first field
      // line: "a recipient ... MUST either reject the message as invalid or ...".
      if (!previous || !block) {
        return fault(
          'whitespace-before-first-header',
          start,
          'The first field line may not start with whitespace.',
        );
      }
      // RFC 9112 §5.2: obs-fold = OWS CRLF RWS. "A server that receives an
      // obs-fold in a request message ... MUST either reject the message by
      // sending a 400 (Bad Request) ...". A user agent MUST replace it with SP.
      if (this.kind === 'request') {
        return fault(
          'obs-fold',
          start,
          'A field line may not be continued on the next line (obsolete line folding).',
        );
      }
      const more = foldedLine(this.buf, start, line.contentEnd);
      if (isFault(more)) return more;
      previous.value = [previous.value, more].filter((v) => v.length > 0).join(' ');
      block.value = previous.value;
      block.end = line.end;
    } else {
      const field = fieldLine(this.buf, start, line.contentEnd);
      if (isFault(field)) return field;
      this.fields.push({
        name: field.name,
        value: field.value,
        lineStart: start,
        valueOffset: field.valueOffset,
      });
      this.read.push({
        kind: 'header',
        start,
        end: line.end,
        name: field.name,
        value: field.value,
      });
    }
    this.fieldLines++;
    this.moveTo(line.end);
    return true;
  }

  private blankLine(line: Line): true | Fault {
    const head = this.head;
    const framing = decideFraming({
      kind: this.kind,
      version: head?.version ?? 'HTTP/1.1',
      method: head && 'method' in head ? head.method : this.options.requestMethod,
      status: head && 'status' in head ? head.status : undefined,
      fields: this.fields,
      blankLineOffset: this.pos,
    });
    if (isFault(framing)) return framing;
    this.read.push({ kind: 'blank-line', start: this.pos, end: line.end });
    this.moveTo(line.end);
    this.bodyStart = this.pos;
    this.framing = framing.type;
    if (framing.type === 'none' || (framing.type === 'content-length' && framing.length === 0)) {
      this.succeed();
    } else if (framing.type === 'content-length') {
      this.phase = 'body';
      this.dataEnd = this.pos + framing.length;
    } else if (framing.type === 'chunked') {
      this.phase = 'chunk-size';
    } else {
      this.phase = 'until-close';
    }
    return true;
  }

  // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
  private chunkSize(): true | null | Fault {
    const line = this.nextLine(true);
    if (line === null || isFault(line)) return line;
    const size = chunkSizeLine(this.buf, this.pos, line.contentEnd);
    if (isFault(size)) return size;
    this.moveTo(line.end);
    if (size === 0) {
      this.phase = 'trailer';
    } else {
      this.phase = 'chunk-data';
      this.dataEnd = this.pos + size;
    }
    return true;
  }

  private chunkDataEnd(): true | null | Fault {
    if (this.pos >= this.len) return null;
    const b = this.buf[this.pos];
    if (b === LF)
      return fault('bare-lf', this.pos, 'Chunk data must be followed by CRLF; found LF alone.');
    if (b !== CR) {
      return fault(
        'missing-chunk-crlf',
        this.pos,
        'Expected CRLF right after the chunk data; the chunk is longer than its chunk-size says.',
      );
    }
    if (this.pos + 1 >= this.len) return null;
    if (this.buf[this.pos + 1] !== LF)
      return fault('bare-cr', this.pos, 'A CR must be followed by LF.');
    this.moveTo(this.pos + 2);
    this.phase = 'chunk-size';
    return true;
  }

  // RFC 9112 §7.1.2: trailer-section = *( field-line CRLF )
  private trailer(): true | null | Fault {
    const line = this.nextLine(true);
    if (line === null || isFault(line)) return line;
    const start = this.pos;
    if (line.contentEnd !== start) {
      if (this.trailerLines >= MAX_FIELD_LINES) {
        return fault(
          'too-many-headers',
          start,
          `The trailer section has more than ${MAX_FIELD_LINES} field lines.`,
        );
      }
      if (isWhitespace(this.buf[start] ?? 0)) {
        return fault(
          'obs-fold',
          start,
          'A trailer field line may not start with whitespace (obsolete line folding).',
        );
      }
      const field = fieldLine(this.buf, start, line.contentEnd);
      if (isFault(field)) return field;
      this.trailerLines++;
      this.moveTo(line.end);
      return true;
    }
    this.moveTo(line.end);
    this.succeed();
    return true;
  }

  private succeed(): ParseResult {
    const body = this.buf.slice(this.bodyStart, this.pos);
    if (this.phase !== 'start-line' && this.phase !== 'field-line' && body.length > 0) {
      this.read.push({ kind: 'body', start: this.bodyStart, end: this.pos });
    }
    const headers = this.fields.map((f) => ({ name: f.name, value: f.value }));
    const head = this.head;
    let message: HttpMessage;
    if (head && 'method' in head) {
      message = { kind: 'request', ...head, headers, body };
    } else if (head) {
      message = { kind: 'response', ...head, headers, body };
    } else {
      throw new Error('unreachable: a message completed without a start line');
    }
    this.result = {
      ok: true,
      message,
      blocks: this.read.slice(),
      consumed: this.pos,
      framing: this.framing,
    };
    return this.result;
  }

  private fail(f: Fault): ParseResult {
    const { line, column } = locate(this.buf, this.len, f.offset);
    this.result = { ok: false, error: { ...f, line, column } };
    return this.result;
  }
}

/** An incremental parser for one message of the given kind. */
export function createParser(kind: 'request' | 'response', options: ParseOptions = {}): HttpParser {
  return new MessageParser(kind, options);
}

/**
 * Parses one message from the start of `input`. Octets after a complete
 * message are left for the next one (`consumed` says where it ended); the end
 * of `input` counts as the end of the connection.
 */
export function parseMessage(
  input: Uint8Array,
  kind: 'request' | 'response',
  options: ParseOptions = {},
): ParseResult {
  const parser = createParser(kind, options);
  parser.push(input);
  return parser.finish();
}
