/** What each header line and block means, from the catalogues. */
import type { HttpMessageRecord, MessageBlock } from '../model';
import { type Catalogue, format, type MessageKey } from '../strings';

export function fieldNote(t: Catalogue, name: string): string {
  const key = `field.${name.toLowerCase()}`;
  return key in t && key !== 'field.generic'
    ? t[key as MessageKey]
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
