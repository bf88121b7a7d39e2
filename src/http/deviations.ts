/**
 * What the parser tolerates: input that breaks what RFC 9112 asks of a sender, but that
 * the RFC lets a recipient accept (or that every widely used client accepts), read in one
 * stated way. A parse that succeeds lists each kind it met, at its first occurrence, so a view
 * can say what was tolerated and where. The choices, with the RFC's words and what llhttp,
 * h11 and curl do, are the table in `cases/README.md`.
 */

export const DEVIATION_CODES = [
  /** RFC 9112 §2.2: a line of the head ended with LF alone (a recipient MAY accept it). */
  'bare-lf',
  /** RFC 9112 §2.2: empty lines before the request line, skipped (a server SHOULD ignore one). */
  'empty-line-before-request',
  /** RFC 9112 §5.2: obs-fold in a response, replaced by SP (a user agent MUST). */
  'obs-fold',
  /** RFC 9112 §6.3 point 5: a list of identical Content-Length values, read as one (MAY). */
  'content-length-list',
  /** RFC 9112 §4: a status line without the SP before an empty reason phrase. */
  'status-line-without-reason',
  /**
   * RFC 9112 §6.3 points 1–2: Content-Length or Transfer-Encoding that would be refused, in a
   * response that has no body "regardless of the header fields".
   */
  'framing-fields-ignored',
] as const;

export type DeviationCode = (typeof DEVIATION_CODES)[number];

/** A deviation as a grammar function finds it, before it is located. */
export interface Note {
  code: DeviationCode;
  /** 0-based byte offset into the input of what was tolerated. */
  offset: number;
  /** One plain English sentence: what was tolerated and how it was read. */
  explanation: string;
}

export interface Deviation extends Note {
  /** 1-based; lines are counted by LF. */
  line: number;
  /** 1-based byte column within the line. */
  column: number;
}
