/**
 * Reads a chunked body (RFC 9112 §7.1) from the input, one unit at a time:
 * a chunk-size line, chunk data, the CRLF after it, trailer field lines, and
 * the final CRLF. The whole chunked body is the message's one `body` block;
 * the chunk data joined is its content (RFC 9112 §7.1.3, "Decoding Chunked").
 */
import { chunkSizeLine } from './chunked';
import { type Fault, fault, isFault } from './errors';
import { fieldLine } from './fieldLine';
import { CR, isWhitespace, LF } from './grammar';
import { type LineReader, MAX_FIELD_LINES } from './lineReader';
import type { HttpHeader } from './message';

type ChunkPhase = 'chunk-size' | 'chunk-data' | 'chunk-data-end' | 'trailer';

export class ChunkedBodyReader {
  private phase: ChunkPhase = 'chunk-size';
  /** End of the current chunk's data. */
  private dataEnd = 0;
  /** Where each chunk's data is in the input: `[start, end)`. */
  private readonly data: { start: number; end: number }[] = [];
  /** The trailer fields read so far. */
  readonly trailers: HttpHeader[] = [];

  constructor(private readonly input: LineReader) {}

  /** The size of each chunk read, in order. */
  chunks(): number[] {
    return this.data.map((d) => d.end - d.start);
  }

  /** The chunk data joined: the content. */
  content(): Uint8Array {
    const out = new Uint8Array(this.data.reduce((n, d) => n + d.end - d.start, 0));
    let at = 0;
    for (const { start, end } of this.data) {
      out.set(this.input.buf.subarray(start, end), at);
      at += end - start;
    }
    return out;
  }

  /** One unit: true when it moved on, 'done' after the final CRLF, null when it needs more input. */
  step(): true | 'done' | null | Fault {
    switch (this.phase) {
      case 'chunk-size':
        return this.chunkSize();
      case 'chunk-data':
        if (this.input.len < this.dataEnd) return null;
        this.input.moveTo(this.dataEnd);
        this.phase = 'chunk-data-end';
        return true;
      case 'chunk-data-end':
        return this.chunkDataEnd();
      case 'trailer':
        return this.trailer();
    }
  }

  /** Why the input cannot end here. */
  incomplete(): string {
    const explanations: Record<ChunkPhase, string> = {
      'chunk-size': 'The input ended inside the chunked body; expected a chunk-size line.',
      'chunk-data': `The input ended inside a chunk; expected ${this.dataEnd - this.input.len} more octets of chunk data.`,
      'chunk-data-end': 'The input ended after a chunk; expected CRLF.',
      trailer:
        'The input ended inside the trailer section; expected a blank line (CRLF) to end the chunked body.',
    };
    return explanations[this.phase];
  }

  // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
  //                last-chunk = 1*("0") [ chunk-ext ] CRLF
  private chunkSize(): true | null | Fault {
    const line = this.input.nextLine(true);
    if (line === null || isFault(line)) return line;
    const size = chunkSizeLine(this.input.buf, this.input.pos, line.contentEnd);
    if (isFault(size)) return size;
    this.input.moveTo(line.end);
    if (size === 0) {
      this.phase = 'trailer';
    } else {
      this.phase = 'chunk-data';
      this.dataEnd = line.end + size;
      this.data.push({ start: line.end, end: this.dataEnd });
    }
    return true;
  }

  private chunkDataEnd(): true | null | Fault {
    const { buf, len, pos } = this.input;
    if (pos >= len) return null;
    if (buf[pos] === LF)
      return fault('bare-lf', pos, 'Chunk data must be followed by CRLF; found LF alone.');
    if (buf[pos] !== CR) {
      return fault(
        'missing-chunk-crlf',
        pos,
        'Expected CRLF right after the chunk data; the chunk is longer than its chunk-size says.',
      );
    }
    if (pos + 1 >= len) return null;
    if (buf[pos + 1] !== LF) return fault('bare-cr', pos, 'A CR must be followed by LF.');
    this.input.moveTo(pos + 2);
    this.phase = 'chunk-size';
    return true;
  }

  // RFC 9112 §7.1.2: trailer-section = *( field-line CRLF ), then the final CRLF.
  // The trailer fields are checked like header fields.
  private trailer(): true | 'done' | null | Fault {
    const line = this.input.nextLine(true);
    if (line === null || isFault(line)) return line;
    const start = this.input.pos;
    this.input.moveTo(line.end);
    if (line.contentEnd === start) return 'done';
    if (this.trailers.length >= MAX_FIELD_LINES) {
      return fault(
        'too-many-headers',
        start,
        `The trailer section has more than ${MAX_FIELD_LINES} field lines.`,
      );
    }
    if (isWhitespace(this.input.buf[start] ?? 0)) {
      return fault(
        'obs-fold',
        start,
        'A trailer field line may not start with whitespace (obsolete line folding).',
      );
    }
    const field = fieldLine(this.input.buf, start, line.contentEnd);
    if (isFault(field)) return field;
    this.trailers.push({ name: field.name, value: field.value });
    return true;
  }
}
