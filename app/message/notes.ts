/** What each header line and block means, from the catalogues. */
import type { HttpMessageRecord, MessageBlock } from '../model';
import { type Catalogue, format, isMessageKey } from '../strings';

export function fieldNote(t: Catalogue, name: string): string {
  const key = `field.${name.toLowerCase()}`;
  return isMessageKey(key) && key !== 'field.generic'
    ? t[key]
    : format(t, 'field.generic', { name });
}

export function blockNote(t: Catalogue, message: HttpMessageRecord, block: MessageBlock): string {
  switch (block.kind) {
    case 'start-line':
      return message.kind === 'request' ? t['block.request-line'] : t['block.status-line'];
    case 'header':
      return fieldNote(t, block.name ?? '');
    case 'blank-line':
      return t['block.blank-line-note'];
    case 'body':
      return t['block.body-note'];
  }
}
