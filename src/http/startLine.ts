/**
 * The start line (RFC 9112 §2.1: start-line = request-line / status-line).
 * Each function reads one line's content (`bytes[start..end)`, without its
 * line terminator) and returns what it found or a `Fault` at the first octet
 * that breaks the grammar, reading left to right.
 */
import type { Note } from './deviations';
import { type Fault, fault } from './errors';
import {
  describeByte,
  hexValue,
  isAlpha,
  isDigit,
  isFieldContent,
  isTchar,
  isWhitespace,
  latin1,
  octetSet,
  SP,
} from './grammar';
import { hostFault } from './host';
import type { HttpVersion } from './message';

// RFC 9112 §2.3: HTTP-version = HTTP-name "/" DIGIT "." DIGIT
//                HTTP-name    = %s"HTTP"   (case-sensitive)
const VERSION_SHAPE = 'HTTP/D.D';

/**
 * Checks octet `k` of an HTTP-version at offset `at`. Shared by the
 * line-at-a-time reading below and the octet-at-a-time early check in
 * `parse.ts`, so both report the same fault.
 */
export function versionOctetFault(b: number, k: number, at: number): Fault | null {
  const want = VERSION_SHAPE.charCodeAt(k);
  if (want === 0x44 /* D */ ? isDigit(b) : b === want) return null;
  const expected = want === 0x44 ? 'a digit' : `"${VERSION_SHAPE[k]}"`;
  return fault(
    'invalid-version',
    at,
    `The HTTP-version must look like HTTP/1.1 (case-sensitive); found ${describeByte(b)} where ${expected} was expected.`,
  );
}

export const VERSION_LENGTH = VERSION_SHAPE.length;

function readVersion(bytes: Uint8Array, start: number, end: number): HttpVersion | Fault {
  for (let k = 0; k < VERSION_SHAPE.length; k++) {
    const at = start + k;
    if (at >= end) {
      return fault('invalid-version', at, 'The HTTP-version ended early; expected HTTP/1.1.');
    }
    const bad = versionOctetFault(bytes[at] ?? 0, k, at);
    if (bad) return bad;
  }
  const version = latin1(bytes, start, start + VERSION_SHAPE.length);
  // RFC 9110 §2.5 lets a recipient treat HTTP/1.2+ as 1.1; Simplification: the
  // model only carries the two versions that have RFC 9112's syntax.
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    return fault(
      'unsupported-version',
      start,
      `${version} is well-formed but not supported; expected HTTP/1.1 or HTTP/1.0.`,
    );
  }
  return version;
}

// RFC 3986 §2.2, §2.3: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
//   sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
// RFC 9112 §3.2 builds every request-target from these, ":", "@", "/", "?",
// pct-encoded, and "[" "]" for an IP-literal authority. No "#": fragments are
// not sent.
const URI_SYMBOLS = octetSet("-._~!$&'()*+,;=:@/?[]");
function isUriChar(b: number): boolean {
  return isAlpha(b) || isDigit(b) || URI_SYMBOLS.has(b);
}

/** Checks the characters of a request-target; returns the first bad one. */
function targetCharFault(bytes: Uint8Array, start: number, end: number): Fault | null {
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    // RFC 3986 §2.1: pct-encoded = "%" HEXDIG HEXDIG
    if (b === 0x25) {
      if (i + 2 >= end || hexValue(bytes[i + 1] ?? 0) < 0 || hexValue(bytes[i + 2] ?? 0) < 0) {
        return fault(
          'invalid-request-target',
          i,
          'A "%" in the request-target must be followed by two hex digits.',
        );
      }
      i += 2;
    } else if (!isUriChar(b)) {
      return fault(
        'invalid-request-target',
        i,
        `The request-target may only contain URI characters; found ${describeByte(b)}.`,
      );
    }
  }
  return null;
}

// RFC 9112 §3.2:
//   request-target = origin-form / absolute-form / authority-form / asterisk-form
//   origin-form    = absolute-path [ "?" query ]
//   absolute-form  = absolute-URI
//   authority-form = uri-host ":" port
//   asterisk-form  = "*"
function targetFormFault(method: string, target: string, at: number): Fault | null {
  if (target === '*') {
    if (method === 'OPTIONS') return null;
    return fault(
      'invalid-request-target',
      at,
      'The asterisk-form "*" is only for OPTIONS requests.',
    );
  }
  if (method === 'CONNECT') return hostFault(target, at, true, 'invalid-request-target');
  if (target.startsWith('/')) return null;
  // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ":"
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) return null;
  return fault(
    'invalid-request-target',
    at,
    'The request-target must start with "/" (origin-form) or a scheme such as "http:" (absolute-form).',
  );
}

export interface RequestLine {
  method: string;
  target: string;
  version: HttpVersion;
}

/**
 * Checks octet `i` of a request line that starts at `start`, while still in
 * the method (every octet before it a tchar): 'end' at the SP that ends the
 * method. Shared with the octet-at-a-time early check in `parse.ts`.
 */
export function methodOctetFault(b: number, i: number, start: number): Fault | 'end' | null {
  if (isTchar(b)) return null;
  if (b === SP && i > start) return 'end';
  if (isWhitespace(b) && i > start) {
    return fault(
      'invalid-request-line',
      i,
      'The method must be followed by a single SP, not HTAB.',
    );
  }
  if (i === start) {
    return fault(
      'invalid-method',
      i,
      `A request line starts with a method token such as GET; found ${describeByte(b)}.`,
    );
  }
  return fault(
    'invalid-method',
    i,
    `The method must be a token; ${describeByte(b)} is not a token character.`,
  );
}

// RFC 9112 §3: request-line = method SP request-target SP HTTP-version
// RFC 9112 §3.1: method = token
// Strict: exactly one SP between the parts (§3 lets a recipient split on any
// whitespace instead; we do not, and say so).
export function requestLine(bytes: Uint8Array, start: number, end: number): RequestLine | Fault {
  let i = start;
  for (; i < end; i++) {
    const verdict = methodOctetFault(bytes[i] ?? 0, i, start);
    if (verdict === 'end') break;
    if (verdict) return verdict;
  }
  if (i === end) {
    if (i === start)
      return fault(
        'invalid-method',
        i,
        'A request line starts with a method token such as GET; found an empty line.',
      );
    return fault(
      'invalid-request-line',
      i,
      'The request line ended after the method; expected SP request-target SP HTTP-version.',
    );
  }
  const method = latin1(bytes, start, i);
  const targetStart = i + 1;
  if (bytes[targetStart] === SP) {
    return fault(
      'invalid-request-line',
      targetStart,
      'Expected exactly one SP between the method and the request-target; found two.',
    );
  }
  let t = targetStart;
  while (t < end && bytes[t] !== SP) t++;
  if (t === targetStart) {
    return fault(
      'invalid-request-line',
      t,
      'The request line ended after the method; expected a request-target.',
    );
  }
  const chars = targetCharFault(bytes, targetStart, t);
  if (chars) return chars;
  if (t === end) {
    return fault(
      'invalid-request-line',
      t,
      'The request line ended after the request-target; expected SP HTTP-version.',
    );
  }
  if (bytes[t + 1] === SP) {
    return fault(
      'invalid-request-line',
      t + 1,
      'Expected exactly one SP between the request-target and the HTTP-version; found two.',
    );
  }
  const version = readVersion(bytes, t + 1, end);
  if (typeof version !== 'string') {
    // RFC 9112 §3.2: a request-target has no space in it (one is written %20). "GET /a b
    // HTTP/1.1" is a target with a space, not a bad version "b HTTP/1.1": the fault is that space.
    if (bytes.subarray(t + 1, end).includes(SP)) {
      return fault(
        'invalid-request-target',
        t,
        'A request-target cannot contain a space (RFC 9112 §3.2); write it as %20.',
      );
    }
    return version;
  }
  if (t + 1 + VERSION_SHAPE.length < end) {
    const at = t + 1 + VERSION_SHAPE.length;
    return fault(
      'invalid-request-line',
      at,
      `Expected the line to end after ${version}; found ${describeByte(bytes[at] ?? 0)}.`,
    );
  }
  const target = latin1(bytes, targetStart, t);
  const form = targetFormFault(method, target, targetStart);
  if (form) return form;
  return { method, target, version };
}

export interface StatusLine {
  version: HttpVersion;
  status: number;
  reason: string;
}

// RFC 9112 §4: status-line   = HTTP-version SP status-code SP [ reason-phrase ]
//              status-code   = 3DIGIT
//              reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
// Tolerated (noted in `notes`): a line that ends right after the status code, without the SP
// of an empty reason phrase, as llhttp, h11 and curl read it. Any other octet there is refused.
export function statusLine(
  bytes: Uint8Array,
  start: number,
  end: number,
  notes: Note[] = [],
): StatusLine | Fault {
  const version = readVersion(bytes, start, end);
  if (typeof version !== 'string') return version;
  let i = start + VERSION_SHAPE.length;
  if (bytes[i] !== SP || i >= end) {
    const found = i < end ? describeByte(bytes[i] ?? 0) : 'the end of the line';
    return fault('invalid-status-line', i, `Expected SP after ${version}; found ${found}.`);
  }
  i++;
  const codeStart = i;
  for (; i < codeStart + 3; i++) {
    if (i >= end || !isDigit(bytes[i] ?? 0)) {
      const found = i < end ? describeByte(bytes[i] ?? 0) : 'the end of the line';
      return fault(
        'invalid-status-code',
        i,
        `The status code must be three digits; found ${found}.`,
      );
    }
  }
  if (i < end && isDigit(bytes[i] ?? 0)) {
    return fault(
      'invalid-status-code',
      i,
      'The status code must be exactly three digits; found a fourth.',
    );
  }
  const status = Number(latin1(bytes, codeStart, i));
  // RFC 9110 §15: "All valid status codes are within the range of 100 to 599, inclusive."
  if (status < 100 || status > 599) {
    return fault('invalid-status-code', codeStart, `Status code ${status} is outside 100–599.`);
  }
  if (i === end) {
    notes.push({
      code: 'status-line-without-reason',
      offset: i,
      explanation:
        'The status line ends right after the status code, without the SP before the reason phrase; it is read with an empty reason phrase.',
    });
    return { version, status, reason: '' };
  }
  if (bytes[i] !== SP) {
    return fault(
      'invalid-status-line',
      i,
      `Expected SP and a reason phrase (or the end of the line) after the status code; found ${describeByte(bytes[i] ?? 0)}.`,
    );
  }
  for (let r = i + 1; r < end; r++) {
    const b = bytes[r] ?? 0;
    if (!isFieldContent(b)) {
      return fault(
        'invalid-status-line',
        r,
        `The reason phrase may not contain ${describeByte(b)}.`,
      );
    }
  }
  return { version, status, reason: latin1(bytes, i + 1, end) };
}
