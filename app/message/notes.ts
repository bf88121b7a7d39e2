/** What each header line and block means, from the catalogues. */
import type { HttpMessageRecord, MessageBlock } from '../model';
import { type Catalogue, format, isMessageKey } from '../strings';

/** Content-Type values that are an HTML form's encoding (the HTML standard, §4.10.21.7). */
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;

export function fieldNote(t: Catalogue, name: string, value = ''): string {
  if (/^content-type$/i.test(name) && FORM.test(value)) return t['field.content-type.form'];
  const key = `field.${name.toLowerCase()}`;
  return isMessageKey(key) && key !== 'field.generic'
    ? t[key]
    : format(t, 'field.generic', { name });
}

/** How the body's end is found (RFC 9112 §6.3), as `messageFacts` reads it; null if unknown. */
export type BodyFraming = 'none' | 'content-length' | 'chunked' | 'until-close' | null;

export function blockNote(
  t: Catalogue,
  message: HttpMessageRecord,
  block: MessageBlock,
  framing: BodyFraming = 'content-length',
): string {
  switch (block.kind) {
    case 'start-line':
      return message.kind === 'request' ? t['block.request-line'] : t['block.status-line'];
    case 'header':
      return fieldNote(t, block.name ?? '', block.value);
    case 'blank-line':
      return t['block.blank-line-note'];
    case 'body':
      if (framing === 'chunked') return t['block.body-note.chunked'];
      if (framing === 'until-close') return t['block.body-note.until-close'];
      return t['block.body-note'];
  }
}
