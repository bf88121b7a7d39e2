/**
 * A message's bytes as the handout prints them: each CR and LF as its letters, marked as the
 * screen marks them (app/message/MessageView.tsx), the line broken after LF. The control
 * pictures ␍ ␊ (U+240D, U+240A) are not used: fonts without them, common on the computers
 * that print, draw them as empty boxes.
 */
export type PrintedPiece = { text: string } | { marker: 'CR' | 'LF' };

export function printedPieces(bytes: string): PrintedPiece[] {
  const out: PrintedPiece[] = [];
  let text = '';
  for (const ch of bytes) {
    if (ch !== '\r' && ch !== '\n') {
      text += ch;
      continue;
    }
    if (text) out.push({ text });
    text = '';
    out.push({ marker: ch === '\r' ? 'CR' : 'LF' });
    if (ch === '\n') out.push({ text: '\n' });
  }
  if (text) out.push({ text });
  return out;
}
