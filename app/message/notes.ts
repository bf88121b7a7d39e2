/**
 * What each header line and block means, in the words of `lineStrings.ts`. Fetched with the parser
 * (messageFacts.ts `lineNotes`) and with the view of a message's lines (MessageBytes.tsx), as are
 * those words: nothing of the first load imports this file.
 */
import { answersAcceptLanguage, type HttpMessageRecord, type MessageBlock } from '../model';
import { fill, type Lang } from '../strings';
import { methodOf, statusOf } from './exchange';
import { requestVersionOf, targetOf, writtenChunked } from './fields';
import { type LineWords, lineStrings } from './lineStrings';

/** Content-Type values that are an HTML form's encoding (the HTML standard, §4.10.21.7). */
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/**
 * A response that carries no body whatever its header fields say (RFC 9112 §6.3 point 1): to a
 * HEAD request, or a 1xx, 204 or 304. Its Content-Length, where it has one, is the length a full
 * answer's body would have (RFC 9110 §8.6), not of octets that follow.
 */
function bodiless(startLine: string, request: HttpMessageRecord): boolean {
  const status = statusOf(startLine);
  return (
    methodOf(request.startLine) === 'HEAD' ||
    (status >= 100 && status < 200) ||
    status === 204 ||
    status === 304
  );
}

/**
 * A header line's note. `request` is the request a response answers (`requestOf`): a note says
 * what the request asked for only where that request carried it. `startLine` is the message's
 * own, for a response, which may carry no body.
 */
export function fieldNote(
  lang: Lang,
  name: string,
  value = '',
  request?: HttpMessageRecord,
  startLine = '',
): string {
  const s = lineStrings[lang];
  if (/^content-type$/i.test(name) && FORM.test(value)) return s['field.content-type.form'];
  if (/^content-length$/i.test(name) && request && bodiless(startLine, request)) {
    return s['field.content-length.no-body'];
  }
  // RFC 9110 §10.2.2: in a 201 the Location names what was created; in a 3xx, where to go.
  if (/^location$/i.test(name) && statusOf(startLine) === 201) return s['field.location.created'];
  // RFC 9112 Appendix C.2.2: in a response, keep-alive agrees to what an HTTP/1.0 client asked.
  const http10 = request && requestVersionOf(request.startLine) === 'HTTP/1.0';
  if (/^connection$/i.test(name) && http10 && /^\s*keep-alive\s*$/i.test(value)) {
    return s['field.connection.keep-alive-reply'];
  }
  // RFC 9110 §9.3.7: OPTIONS * asks about the server in general, not about one resource.
  if (/^allow$/i.test(name) && request && targetOf(request.startLine) === '*') {
    return s['field.allow.server'];
  }
  if (/^content-language$/i.test(name)) {
    const accept = request && fieldValue(request, 'accept-language');
    if (accept && answersAcceptLanguage(accept, value)) {
      return fill(s['field.content-language.asked'], { language: value, accept });
    }
  }
  const key = `field.${name.toLowerCase()}`;
  return isFieldKey(s, key) && key !== 'field.generic'
    ? s[key]
    : fill(s['field.generic'], { name });
}

const isFieldKey = (s: LineWords, key: string): key is keyof LineWords => Object.hasOwn(s, key);

/** A field's value in a message, its lines joined as one list (RFC 9110 §5.3); undefined if absent. */
function fieldValue(message: HttpMessageRecord, name: string): string | undefined {
  const values = message.blocks
    .filter((b) => b.kind === 'header' && b.name?.toLowerCase() === name)
    .map((b) => b.value ?? '');
  return values.length > 0 ? values.join(', ') : undefined;
}

/** How the body's end is found (RFC 9112 §6.3), as `messageFacts` reads it; null if unknown. */
export type BodyFraming = 'none' | 'content-length' | 'chunked' | 'until-close' | null;

/** How the sender framed a body, from its header lines as written (RFC 9112 §6.1, §6.2). */
function writtenFraming(message: HttpMessageRecord): BodyFraming {
  if (writtenChunked(message)) return 'chunked';
  return fieldValue(message, 'content-length') === undefined ? null : 'content-length';
}

/**
 * RFC 9112 §3.2: the request-target's form. A path (origin form) names a resource of the
 * server; a whole URL (absolute form, §3.2.2) one of any server, as sent to a proxy; `*`
 * (asterisk form, §3.2.4) the server itself, for OPTIONS.
 */
function requestLineNote(target: string): keyof LineWords {
  if (target === '*') return 'block.request-line.asterisk';
  // RFC 3986 §3.1, §3.2: a scheme, then "://" and an authority (authority form, a CONNECT's
  // host:port, has no "//").
  return /^[a-z][a-z\d+.-]*:\/\//i.test(target)
    ? 'block.request-line.absolute'
    : 'block.request-line';
}

export function blockNote(
  lang: Lang,
  message: HttpMessageRecord,
  block: MessageBlock,
  framing: BodyFraming = 'content-length',
  request?: HttpMessageRecord,
): string {
  const s = lineStrings[lang];
  switch (block.kind) {
    case 'start-line':
      return message.kind === 'request'
        ? s[requestLineNote(targetOf(message.startLine))]
        : s['block.status-line'];
    case 'header':
      return fieldNote(lang, block.name ?? '', block.value, request, message.startLine);
    case 'blank-line':
      return s['block.blank-line-note'];
    case 'body': {
      // Where the parser refuses the framing (an HTTP/1.0 message in chunks, RFC 9112 §6.1) it
      // gives none: the note then says how the sender framed the body.
      const framed = framing ?? writtenFraming(message);
      if (framed === 'chunked') return s['block.body-note.chunked'];
      if (framed === 'until-close') return s['block.body-note.until-close'];
      return framed === 'content-length' ? s['block.body-note'] : s['block.body-note.plain'];
    }
  }
}
