/** What each header line and block means, from the catalogues. */
import { answersAcceptLanguage, type HttpMessageRecord, type MessageBlock } from '../model';
import { type Catalogue, format, isMessageKey } from '../strings';

/** Content-Type values that are an HTML form's encoding (the HTML standard, §4.10.21.7). */
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/**
 * A header line's note. `request` is the request a response answers (`requestOf`): a note says
 * what the request asked for only where that request carried it.
 */
export function fieldNote(
  t: Catalogue,
  name: string,
  value = '',
  request?: HttpMessageRecord,
): string {
  if (/^content-type$/i.test(name) && FORM.test(value)) return t['field.content-type.form'];
  if (/^content-language$/i.test(name)) {
    const accept = request && fieldValue(request, 'accept-language');
    if (accept && answersAcceptLanguage(accept, value)) {
      return format(t, 'field.content-language.asked', { language: value, accept });
    }
  }
  const key = `field.${name.toLowerCase()}`;
  return isMessageKey(key) && key !== 'field.generic'
    ? t[key]
    : format(t, 'field.generic', { name });
}

/** A field's value in a message, its lines joined as one list (RFC 9110 §5.3); undefined if absent. */
function fieldValue(message: HttpMessageRecord, name: string): string | undefined {
  const values = message.blocks
    .filter((b) => b.kind === 'header' && b.name?.toLowerCase() === name)
    .map((b) => b.value ?? '');
  return values.length > 0 ? values.join(', ') : undefined;
}

/** How the body's end is found (RFC 9112 §6.3), as `messageFacts` reads it; null if unknown. */
export type BodyFraming = 'none' | 'content-length' | 'chunked' | 'until-close' | null;

export function blockNote(
  t: Catalogue,
  message: HttpMessageRecord,
  block: MessageBlock,
  framing: BodyFraming = 'content-length',
  request?: HttpMessageRecord,
): string {
  switch (block.kind) {
    case 'start-line':
      return message.kind === 'request' ? t['block.request-line'] : t['block.status-line'];
    case 'header':
      return fieldNote(t, block.name ?? '', block.value, request);
    case 'blank-line':
      return t['block.blank-line-note'];
    case 'body':
      if (framing === 'chunked') return t['block.body-note.chunked'];
      if (framing === 'until-close') return t['block.body-note.until-close'];
      return t['block.body-note'];
  }
}
