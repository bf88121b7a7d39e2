/**
 * UTF-8 (RFC 3629) without TextEncoder / TextDecoder, which src/ cannot use:
 * its lib is ES2023 without the DOM, where those two are declared.
 */

/** The UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  if (isAscii(text)) {
    // Most bodies: one octet per code unit, straight into an array of the exact size.
    const ascii = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) ascii[i] = text.charCodeAt(i);
    return ascii;
  }
  // At most three octets per UTF-16 code unit (a surrogate pair, two units, takes four).
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.codePointAt(i) ?? 0xfffd;
    if (cp > 0xffff) i++; // a surrogate pair: its second code unit is read
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.slice(0, n);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

// RFC 3629 §4: the first octet decides the length; the range of the second
// octet excludes overlong forms, surrogates and code points above U+10FFFF.
function sequenceOf(lead: number): { length: number; min: number; max: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf };
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf };
  return null;
}

/**
 * Decodes UTF-8; each maximal invalid subpart becomes one U+FFFD, which is what
 * TextDecoder does (WHATWG Encoding, "UTF-8 decoder").
 */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      out += String.fromCharCode(lead);
      i++;
      continue;
    }
    const seq = sequenceOf(lead);
    if (seq === null) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = lead & (0xff >> (seq.length + 1));
    let j = 1;
    for (; j < seq.length; j++) {
      const b = bytes[i + j];
      const lo = j === 1 ? seq.min : 0x80;
      const hi = j === 1 ? seq.max : 0xbf;
      if (b === undefined || b < lo || b > hi) break;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (j < seq.length) {
      out += '\ufffd';
      i += j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += seq.length;
  }
  return out;
}
