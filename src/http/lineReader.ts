/**
 * The input as it arrives, and the search for line ends in it. Shared by the
 * head reader (`parse.ts`) and the chunked body reader (`chunkedBody.ts`).
 */
import { type Fault, fault } from './errors';
import { CR, LF } from './grammar';

/** Limit: the longest start line, field line or chunk line, CRLF not counted. */
export const MAX_LINE_LENGTH = 8192;
/** Limit: the most field lines in the header section, and apart in the trailer section. */
export const MAX_FIELD_LINES = 100;

export interface Line {
  /** End of the line's content: the CR of CRLF, or the bare LF. */
  contentEnd: number;
  /** Just past the LF. */
  end: number;
}

export class LineReader {
  buf = new Uint8Array(0);
  /** Octets received so far. */
  len = 0;
  /** Where the current unit (line, chunk data, body) starts. */
  pos = 0;
  /** Where the search for the current line's end resumes, so no octet is looked at twice. */
  private scan = 0;

  append(chunk: Uint8Array): void {
    this.makeRoom(chunk.length);
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
  }

  /** `append` for octets held as a binary string (one char per octet), read straight in. */
  appendBinary(octets: string): void {
    this.makeRoom(octets.length);
    for (let i = 0; i < octets.length; i++) this.buf[this.len + i] = octets.charCodeAt(i) & 0xff;
    this.len += octets.length;
  }

  private makeRoom(more: number): void {
    if (this.len + more <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.len + more, this.buf.length * 2, 256));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }

  moveTo(offset: number): void {
    this.pos = offset;
    this.scan = offset;
  }

  /**
   * Finds the end of the line starting at `pos`; null until it has arrived.
   * RFC 9112 §2.2: a bare CR is invalid; a bare LF is accepted unless
   * `crlfOnly`. A line longer than MAX_LINE_LENGTH fails as soon as the limit
   * is passed, so no input makes the parser wait (or scan) without bound.
   * `early` looks at each octet of the line as it is scanned.
   */
  nextLine(crlfOnly: boolean, early?: (b: number, i: number) => Fault | null): Line | null | Fault {
    for (let i = this.scan; i < this.len; i++) {
      const b = this.buf[i] ?? 0;
      if (b === LF) {
        if (crlfOnly) {
          return fault(
            'bare-lf',
            i,
            'Lines of the chunked coding must end with CRLF; found LF alone.',
          );
        }
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
}
