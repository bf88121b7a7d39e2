/**
 * A message's bytes as the message view draws them: decoded as UTF-8, CR and LF made visible, or
 * as hex. Fetched with the view of the bytes (MessageBytes.tsx), not with the first page.
 */

/** UTF-8 text of a binary-string slice (one char per byte), for display. */
const decoder = new TextDecoder('utf-8');
export function decodeBytes(binary: string): string {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return decoder.decode(bytes);
}

/** Whether bytes look like text (no control characters but TAB, CR, LF). */
export function looksLikeText(binary: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
  return !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(binary);
}

export type Piece = { text: string } | { marker: 'CR' | 'LF' };

/** Splits text so that CR and LF can be drawn as visible markers. */
export function visiblePieces(text: string): Piece[] {
  const out: Piece[] = [];
  let buf = '';
  for (const ch of text) {
    if (ch === '\r' || ch === '\n') {
      if (buf) out.push({ text: buf });
      buf = '';
      out.push({ marker: ch === '\r' ? 'CR' : 'LF' });
    } else buf += ch;
  }
  if (buf) out.push({ text: buf });
  return out;
}

export function hexDump(binary: string, max = 512): string[] {
  const rows: string[] = [];
  const n = Math.min(binary.length, max);
  for (let i = 0; i < n; i += 16) {
    const bytes = [...binary.slice(i, Math.min(i + 16, n))].map((c) =>
      (c.charCodeAt(0) & 0xff).toString(16).padStart(2, '0'),
    );
    rows.push(bytes.join(' '));
  }
  return rows;
}
