/**
 * The octet classes of the HTTP grammar (RFC 9110 §5.6, RFC 9112 §2, RFC 5234
 * Appendix B.1), one predicate per ABNF rule, and the string helpers that the
 * parser and the serializer share.
 *
 * Strings in the message head (method, target, reason, field names and values)
 * are "binary strings": one UTF-16 code unit per octet, 0–255, the ISO-8859-1
 * reading that RFC 9110 §5.5 calls historical. It is lossless, so a parsed
 * message serialises back to the same bytes. Bodies stay Uint8Array; use
 * `encodeUtf8` / `decodeUtf8` for text bodies.
 */

export const HTAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SP = 0x20;
export const COLON = 0x3a;
export const SEMICOLON = 0x3b;

// RFC 5234 B.1: DIGIT = %x30-39
export function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

// RFC 5234 B.1: ALPHA = %x41-5A / %x61-7A
export function isAlpha(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

// RFC 5234 B.1: HEXDIG = DIGIT / "A" / "B" / "C" / "D" / "E" / "F"
// (ABNF strings are case-insensitive, so a–f too.) Returns -1 for a non-digit.
export function hexValue(b: number): number {
  if (isDigit(b)) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  return -1;
}

// RFC 9110 §5.6.3: OWS = *( SP / HTAB )
export function isWhitespace(b: number): boolean {
  return b === SP || b === HTAB;
}

// RFC 9110 §5.6.2:
//   tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
//           "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR_SYMBOLS = octetSet("!#$%&'*+-.^_`|~");
export function isTchar(b: number): boolean {
  return isDigit(b) || isAlpha(b) || TCHAR_SYMBOLS.has(b);
}

/** The octets of an ABNF list of symbols, for looking one up without making a string of it. */
export function octetSet(symbols: string): ReadonlySet<number> {
  return new Set(Array.from(symbols, (c) => c.charCodeAt(0)));
}

// RFC 5234 B.1: VCHAR = %x21-7E
export function isVchar(b: number): boolean {
  return b >= 0x21 && b <= 0x7e;
}

// RFC 9110 §5.5: field-vchar = VCHAR / obs-text; obs-text = %x80-FF
export function isFieldVchar(b: number): boolean {
  return isVchar(b) || b >= 0x80;
}

// RFC 9110 §5.5: field-content allows SP / HTAB between field-vchars.
// RFC 9112 §4 reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ) is the same class.
export function isFieldContent(b: number): boolean {
  return isFieldVchar(b) || isWhitespace(b);
}

// RFC 9110 §5.6.2: token = 1*tchar
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isTchar(s.charCodeAt(i))) return false;
  return true;
}

/** The binary string of `bytes[start..end)`. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/**
 * Field names, methods' cousins and list tokens compare case-insensitively in
 * ASCII only (RFC 9110 §5.1); String.toLowerCase would also fold Latin-1 letters.
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x20));
}

// RFC 9110 §5.5: "a field value does not include leading or trailing whitespace"
export function trimOws(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** How an octet is named in an explanation: `"a"`, `SP`, `CR`, `0x00`. */
export function describeByte(b: number): string {
  const names: Record<number, string> = { [HTAB]: 'HTAB', [LF]: 'LF', [CR]: 'CR', [SP]: 'SP' };
  const name = names[b];
  if (name !== undefined) return name;
  if (isVchar(b)) return `"${String.fromCharCode(b)}"`;
  return `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
}

/** The octets of a binary string; a char above 0xFF is not an octet and throws. */
export function binaryBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  writeBinary(s, out, 0);
  return out;
}

/** Writes the octets of a binary string into `bytes` from `at` on; throws like `binaryBytes`. */
export function writeBinary(s: string, bytes: Uint8Array, at: number): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) {
      throw new RangeError(
        `"${s}" has a character above U+00FF; head strings are one octet per char`,
      );
    }
    bytes[at + i] = c;
  }
}
