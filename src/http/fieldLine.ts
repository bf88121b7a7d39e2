/**
 * Field lines of the header and trailer sections (RFC 9112 §5). Each function
 * reads one line's content (without its line terminator) and returns what it
 * found or a `Fault` at the first octet that breaks the grammar.
 */
import { type Fault, fault } from './errors';
import {
  COLON,
  describeByte,
  isFieldContent,
  isTchar,
  isWhitespace,
  latin1,
  trimOws,
} from './grammar';

export interface FieldLine {
  name: string;
  value: string;
  /** Offset of the first octet of the value after OWS (or the line end if empty). */
  valueOffset: number;
}

// RFC 9110 §5.5: field-value = *field-content; no CTL but HTAB. A recipient of
// CR or NUL MUST reject or replace with SP: we reject, and reject DEL and the
// other CTLs too (§5.5 allows either).
function fieldValueFault(bytes: Uint8Array, start: number, end: number): Fault | null {
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (!isFieldContent(b)) {
      return fault(
        'invalid-field-value',
        i,
        `A field value may not contain the control character ${describeByte(b)}.`,
      );
    }
  }
  return null;
}

// RFC 9112 §5: field-line = field-name ":" OWS field-value OWS
// RFC 9110 §5.1: field-name = token
// RFC 9112 §5.1: "No whitespace is allowed between the field name and colon."
export function fieldLine(bytes: Uint8Array, start: number, end: number): FieldLine | Fault {
  let i = start;
  while (i < end && isTchar(bytes[i] ?? 0)) i++;
  if (i === end) {
    return fault(
      'missing-colon',
      end,
      'A field line needs a colon after the field name; the line ended first.',
    );
  }
  const b = bytes[i] ?? 0;
  if (isWhitespace(b) && i > start) {
    let j = i;
    while (j < end && isWhitespace(bytes[j] ?? 0)) j++;
    if (bytes[j] === COLON && j < end) {
      return fault(
        'whitespace-before-colon',
        i,
        'No whitespace is allowed between the field name and the colon.',
      );
    }
    return fault('invalid-field-name', i, 'A field name may not contain whitespace.');
  }
  if (b !== COLON) {
    return fault(
      'invalid-field-name',
      i,
      `A field name must be a token; ${describeByte(b)} is not a token character.`,
    );
  }
  if (i === start) {
    return fault('invalid-field-name', i, 'The field name before the colon is empty.');
  }
  const bad = fieldValueFault(bytes, i + 1, end);
  if (bad) return bad;
  let valueOffset = i + 1;
  while (valueOffset < end && isWhitespace(bytes[valueOffset] ?? 0)) valueOffset++;
  let valueEnd = end;
  while (valueEnd > valueOffset && isWhitespace(bytes[valueEnd - 1] ?? 0)) valueEnd--;
  return {
    name: latin1(bytes, start, i),
    value: latin1(bytes, valueOffset, valueEnd),
    valueOffset,
  };
}

// RFC 9112 §5.2: obs-fold = OWS CRLF RWS. A user agent "MUST replace each
// received obs-fold with one or more SP octets"; this reads the folded line.
export function foldedLine(bytes: Uint8Array, start: number, end: number): string | Fault {
  const bad = fieldValueFault(bytes, start, end);
  if (bad) return bad;
  return trimOws(latin1(bytes, start, end));
}
