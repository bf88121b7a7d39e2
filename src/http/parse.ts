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
 *   final CRLF, trailers included; `message.body` holds the chunk data joined,
 *   `message.chunks` the size of each chunk and `message.trailers` the
 *   trailer fields.
 * - A response delimited by close (§6.3 point 8) ends where the input ends:
 *   `push` never settles it, `finish` does.
 */

import type { MessageBlock } from '../timeline/types';
import { ChunkedBodyReader } from './chunkedBody';
import type { Deviation, DeviationCode, Note } from './deviations';
import { type Fault, fault, isFault, locate, type ParseError } from './errors';
import { fieldLine, foldedLine } from './fieldLine';
import { type BodyFraming, decideFraming, hostCheck, type ReadField } from './framing';
import { isWhitespace } from './grammar';
import { type Line, LineReader, MAX_FIELD_LINES } from './lineReader';
import type { HttpMessage } from './message';
import {
  methodOctetFault,
  type RequestLine,
  requestLine,
  type StatusLine,
  statusLine,
  VERSION_LENGTH,
  versionOctetFault,
} from './startLine';

export { MAX_FIELD_LINES, MAX_LINE_LENGTH } from './lineReader';

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
  /** What the parser tolerated (see `deviations.ts`), each kind once, by offset. */
  deviations: Deviation[];
}

export interface ParseFailure {
  ok: false;
  error: ParseError;
}

export type ParseResult = ParseSuccess | ParseFailure;

export interface HttpParser {
  /** Adds input; returns the result once it is settled (complete or failed), else null. */
  push(chunk: Uint8Array): ParseResult | null;
  /**
   * `push` for octets held as a binary string (one char per octet), as TCP delivers them in
   * the simulation: read straight into the parser's buffer, with no Uint8Array in between.
   */
  pushBinary(octets: string): ParseResult | null;
  /** Declares the end of the input (the connection closed) and returns the result. */
  finish(): ParseResult;
  /** The blocks read so far (the body block appears when the body is complete). */
  blocks(): readonly MessageBlock[];
}

type Phase = 'start-line' | 'field-line' | 'body' | 'chunked' | 'until-close';

/** The reading of one message; `null` from a step means it needs more input. */
class MessageParser implements HttpParser {
  private readonly input = new LineReader();
  private phase: Phase = 'start-line';
  private head: RequestLine | StatusLine | null = null;
  private readonly fields: ReadField[] = [];
  private fieldLines = 0;
  /** While reading a request line: every octet so far is part of the method. */
  private inMethod = true;
  private readonly read: MessageBlock[] = [];
  private framing: BodyFraming = 'none';
  private bodyStart = 0;
  /** End of a body framed by Content-Length. */
  private bodyEnd = 0;
  private chunked: ChunkedBodyReader | null = null;
  private readonly notes: Note[] = [];
  private result: ParseResult | null = null;

  constructor(
    private readonly kind: 'request' | 'response',
    private readonly options: ParseOptions,
  ) {}

  push(chunk: Uint8Array): ParseResult | null {
    if (this.result) return this.result;
    this.input.append(chunk);
    return this.advance();
  }

  pushBinary(octets: string): ParseResult | null {
    if (this.result) return this.result;
    this.input.appendBinary(octets);
    return this.advance();
  }

  /** Reads as far as the input allows. */
  private advance(): ParseResult | null {
    while (!this.result) {
      const step = this.step();
      if (step === null) break;
      if (isFault(step)) this.fail(step);
    }
    return this.result;
  }

  finish(): ParseResult {
    if (this.result) return this.result;
    const at = this.input.len;
    if (this.phase === 'until-close') return this.succeed(at);
    const explanations: Record<Exclude<Phase, 'until-close'>, () => string> = {
      'start-line': () =>
        'The input ended before the start line was complete; expected a line ending in CRLF.',
      'field-line': () =>
        'The input ended inside the header section; expected a blank line (CRLF) to end it.',
      body: () =>
        `The input ended after ${at - this.bodyStart} of the ${this.bodyEnd - this.bodyStart} body octets that Content-Length announced.`,
      chunked: () => this.chunked?.incomplete() ?? '',
    };
    return this.fail(fault('incomplete', at, explanations[this.phase]()));
  }

  blocks(): readonly MessageBlock[] {
    return this.read;
  }

  private step(): true | null | Fault {
    switch (this.phase) {
      case 'start-line':
        return this.startLine();
      case 'field-line':
        return this.fieldLine();
      case 'body':
        if (this.input.len < this.bodyEnd) return null;
        this.succeed(this.bodyEnd);
        return true;
      case 'chunked': {
        const step = this.chunked?.step() ?? null;
        if (step !== 'done') return step;
        this.succeed(this.input.pos);
        return true;
      }
      case 'until-close':
        return null;
    }
  }

  /**
   * The start line is judged octet by octet up to the end of the method (or
   * of the HTTP-version of a status line), with the same functions that judge
   * the complete line: a TLS handshake or a binary stream fails on its first
   * octet instead of after 8 KiB, and the fault is the same however the input
   * is fed.
   */
  private readonly earlyStartLine = (b: number, i: number): Fault | null => {
    const start = this.input.pos;
    if (this.kind === 'response') {
      return i - start < VERSION_LENGTH ? versionOctetFault(b, i - start, i) : null;
    }
    if (!this.inMethod) return null;
    const verdict = methodOctetFault(b, i, start);
    if (verdict === 'end') {
      this.inMethod = false;
      return null;
    }
    return verdict;
  };

  // RFC 9112 §2.1: HTTP-message = start-line CRLF *( field-line CRLF ) CRLF [ message-body ]
  //                start-line   = request-line / status-line
  private startLine(): true | null | Fault {
    const line = this.input.nextLine(false, this.earlyStartLine);
    if (line === null || isFault(line)) return line;
    const start = this.input.pos;
    // RFC 9112 §2.2: "a server that is expecting to receive and parse a
    // request-line SHOULD ignore at least one empty line (CRLF) received prior
    // to the request-line."
    if (this.kind === 'request' && line.contentEnd === start) {
      this.note(
        'empty-line-before-request',
        start,
        'An empty line before the request line is skipped.',
      );
      this.noteLineEnd(line);
      this.input.moveTo(line.end);
      this.inMethod = true;
      return true;
    }
    const read =
      this.kind === 'request'
        ? requestLine(this.input.buf, start, line.contentEnd)
        : statusLine(this.input.buf, start, line.contentEnd, this.notes);
    if (isFault(read)) return read;
    this.noteLineEnd(line);
    this.head = read;
    this.read.push({ kind: 'start-line', start, end: line.end });
    this.input.moveTo(line.end);
    this.phase = 'field-line';
    return true;
  }

  // RFC 9112 §5: field-line = field-name ":" OWS field-value OWS
  private fieldLine(): true | null | Fault {
    const line = this.input.nextLine(false);
    if (line === null || isFault(line)) return line;
    const start = this.input.pos;
    if (line.contentEnd === start) return this.blankLine(line);
    this.noteLineEnd(line);
    if (this.fieldLines >= MAX_FIELD_LINES) {
      return fault(
        'too-many-headers',
        start,
        `The header section has more than ${MAX_FIELD_LINES} field lines.`,
      );
    }
    if (isWhitespace(this.input.buf[start] ?? 0)) {
      const folded = this.obsFold(start, line);
      if (folded) return folded;
    } else {
      const field = fieldLine(this.input.buf, start, line.contentEnd);
      if (isFault(field)) return field;
      const { name, value, valueOffset } = field;
      this.fields.push({ name, value, lineStart: start, valueOffset });
      this.read.push({ kind: 'header', start, end: line.end, name, value });
    }
    this.fieldLines++;
    this.input.moveTo(line.end);
    return true;
  }

  /** A field line that starts with whitespace: folded onto the previous one, or refused. */
  private obsFold(start: number, line: Line): Fault | null {
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
    const more = foldedLine(this.input.buf, start, line.contentEnd);
    if (isFault(more)) return more;
    this.note(
      'obs-fold',
      start,
      'A field value continues on the next line (obsolete line folding); the fold is read as one SP.',
    );
    previous.value = [previous.value, more].filter((v) => v.length > 0).join(' ');
    block.value = previous.value;
    block.end = line.end;
    return null;
  }

  private blankLine(line: Line): true | Fault {
    const head = this.head;
    const blankLineOffset = this.input.pos;
    const facts = {
      kind: this.kind,
      version: head?.version ?? 'HTTP/1.1',
      method: head && 'method' in head ? head.method : this.options.requestMethod,
      status: head && 'status' in head ? head.status : undefined,
      fields: this.fields,
      blankLineOffset,
    };
    const host = this.kind === 'request' ? hostCheck(facts) : null;
    if (host) return host;
    const decision = decideFraming(facts);
    if (isFault(decision)) return decision;
    const framing = decision.framing;
    this.notes.push(...decision.notes);
    this.noteLineEnd(line);
    this.read.push({ kind: 'blank-line', start: blankLineOffset, end: line.end });
    this.input.moveTo(line.end);
    this.bodyStart = line.end;
    this.framing = framing.type;
    if (framing.type === 'none') {
      this.succeed(line.end);
    } else if (framing.type === 'content-length') {
      this.phase = 'body';
      this.bodyEnd = line.end + framing.length;
    } else if (framing.type === 'chunked') {
      this.phase = 'chunked';
      this.chunked = new ChunkedBodyReader(this.input);
    } else {
      this.phase = 'until-close';
    }
    return true;
  }

  /** Notes a tolerated deviation, once per kind: the first occurrence is the one shown. */
  private note(code: DeviationCode, offset: number, explanation: string): void {
    if (!this.notes.some((n) => n.code === code)) this.notes.push({ code, offset, explanation });
  }

  /** RFC 9112 §2.2: a line of the head ended with LF alone. */
  private noteLineEnd(line: Line): void {
    if (line.end - line.contentEnd === 1) {
      this.note('bare-lf', line.contentEnd, 'A line ends with LF alone; it is read as CRLF.');
    }
  }

  private deviations(): Deviation[] {
    const { buf, len } = this.input;
    return this.notes
      .map((n) => ({ ...n, ...locate(buf, len, n.offset) }))
      .sort((a, b) => a.offset - b.offset);
  }

  private succeed(end: number): ParseResult {
    if (end > this.bodyStart) {
      this.read.push({ kind: 'body', start: this.bodyStart, end });
    }
    const headers = this.fields.map(({ name, value }) => ({ name, value }));
    const head = this.head;
    if (!head) throw new Error('unreachable: a message completed without a start line');
    const chunked = this.chunked;
    const body = chunked ? chunked.content() : this.input.buf.slice(this.bodyStart, end);
    const framed = chunked
      ? { headers, body, chunks: chunked.chunks(), trailers: chunked.trailers }
      : { headers, body };
    const message: HttpMessage =
      'method' in head
        ? { kind: 'request', ...head, ...framed }
        : { kind: 'response', ...head, ...framed };
    this.result = {
      ok: true,
      message,
      blocks: this.read.slice(),
      consumed: end,
      framing: this.framing,
      deviations: this.deviations(),
    };
    return this.result;
  }

  private fail(f: Fault): ParseResult {
    const { line, column } = locate(this.input.buf, this.input.len, f.offset);
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
