/**
 * Scrubbing a session before it leaves the computer: cookies (`Cookie`, `Set-Cookie`, RFC 6265
 * §4), credentials (`Authorization`, `Proxy-Authorization`, RFC 9110 §11.6.2 and §11.7.2) and
 * message bodies (RFC 9112 §6) are overwritten in place, octet for octet, by a placeholder of
 * the same length (`[scrubbed]****…`), never removed. The lengths are what the session is about:
 * Content-Length, every segment's length and sequence numbers, every block's byte offsets stay
 * true, so the scrubbed session reads, exports and re-imports as the same segments, and the
 * reader sees where something was taken out.
 *
 * A message's bytes are changed once; then every segment that carried some of them gets its
 * payload rebuilt from the new bytes, slice by slice (`Segment.carries`).
 */
import type { HttpMessageRecord, MessageBlock, Segment, Timeline } from '../timeline/types';

export interface ScrubOptions {
  /** `Cookie` and `Set-Cookie` values (and the obsolete `Cookie2`, `Set-Cookie2`). */
  cookies: boolean;
  /** `Authorization` and `Proxy-Authorization` values. */
  authorization: boolean;
  /** Every message body (chunked: the chunks' data; the chunk-size lines stay). */
  bodies: boolean;
}

export interface ScrubCount {
  cookies: number;
  authorization: number;
  bodies: number;
}

export interface ScrubResult {
  timeline: Timeline;
  /** How many values of each kind were overwritten. */
  scrubbed: ScrubCount;
}

export const SCRUB_MARK = '[scrubbed]';

export const COOKIE_FIELDS: ReadonlySet<string> = new Set([
  'cookie',
  'set-cookie',
  'cookie2',
  'set-cookie2',
]);
export const AUTHORIZATION_FIELDS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
]);

/** A placeholder exactly `length` octets long: the mark, then stars; only stars when shorter. */
export function placeholder(length: number): string {
  if (length < SCRUB_MARK.length) return '*'.repeat(length);
  return SCRUB_MARK + '*'.repeat(length - SCRUB_MARK.length);
}

/** A range of a message's bytes to overwrite, end exclusive. */
interface Range {
  start: number;
  end: number;
}

/**
 * The field value's octets in a header block (`name: value  CRLF`): after the colon and the
 * optional whitespace, up to the trailing whitespace (RFC 9112 §5: field-line = field-name ":"
 * OWS field-value OWS).
 */
function valueRange(bytes: string, block: MessageBlock): Range | null {
  const colon = bytes.indexOf(':', block.start);
  if (colon < 0 || colon >= block.end) return null;
  let start = colon + 1;
  let end = block.end;
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
  while (start < end && space(bytes[start])) start++;
  while (end > start && space(bytes[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Whether the message's last Transfer-Encoding is chunked (RFC 9112 §6.3 point 4). */
function isChunked(message: HttpMessageRecord): boolean {
  const codings = message.blocks
    .filter((b) => b.kind === 'header' && b.name?.toLowerCase() === 'transfer-encoding')
    .flatMap((b) => (b.value ?? '').split(','))
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  return codings.at(-1) === 'chunked';
}

/**
 * A chunked body's data octets (RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data
 * CRLF), so that the chunk-size lines, which say the lengths, stay readable. Where the framing
 * cannot be followed, the rest of the body is overwritten whole: nothing private is left.
 */
function chunkDataRanges(bytes: string, body: Range): Range[] {
  const ranges: Range[] = [];
  let at = body.start;
  while (at < body.end) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = Number.parseInt(bytes.slice(at, lineEnd).split(';')[0]?.trim() ?? '', 16);
    if (lineEnd < 0 || lineEnd >= body.end || !Number.isFinite(size) || size < 0) {
      ranges.push({ start: at, end: body.end });
      return ranges;
    }
    const dataStart = lineEnd + 2;
    // The last chunk (size 0): what follows is the trailer section, fields like the headers.
    if (size === 0) return ranges;
    const dataEnd = Math.min(dataStart + size, body.end);
    ranges.push({ start: dataStart, end: dataEnd });
    at = dataEnd + 2;
  }
  return ranges;
}

function overwrite(bytes: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    out += bytes.slice(at, r.start) + placeholder(r.end - r.start);
    at = r.end;
  }
  return out + bytes.slice(at);
}

function scrubMessage(
  message: HttpMessageRecord,
  options: ScrubOptions,
  count: ScrubCount,
): HttpMessageRecord {
  const ranges: Range[] = [];
  const blocks = message.blocks.map((block) => {
    if (block.kind === 'header') {
      const name = block.name?.toLowerCase() ?? '';
      const kind =
        options.cookies && COOKIE_FIELDS.has(name)
          ? 'cookies'
          : options.authorization && AUTHORIZATION_FIELDS.has(name)
            ? 'authorization'
            : null;
      const range = kind ? valueRange(message.bytes, block) : null;
      if (!kind || !range) return block;
      count[kind] += 1;
      ranges.push(range);
      return { ...block, value: placeholder(range.end - range.start) };
    }
    if (block.kind === 'body' && options.bodies && block.end > block.start) {
      count.bodies += 1;
      ranges.push(...(isChunked(message) ? chunkDataRanges(message.bytes, block) : [block]));
    }
    return block;
  });
  if (ranges.length === 0) return message;
  return { ...message, bytes: overwrite(message.bytes, ranges), blocks };
}

/**
 * Where each slice a segment carries sits in its payload: one after the other, as both the
 * simulator and a capture cut them, checked against the original octets (a captured payload
 * may begin with octets of no message).
 */
function rebuildPayload(
  segment: Segment,
  before: readonly HttpMessageRecord[],
  after: readonly HttpMessageRecord[],
): string {
  let payload = segment.payload;
  let at = 0;
  for (const slice of segment.carries) {
    const old = before[slice.messageId]?.bytes.slice(slice.start, slice.end) ?? '';
    const now = after[slice.messageId]?.bytes.slice(slice.start, slice.end) ?? '';
    const pos = payload.startsWith(old, at) ? at : payload.indexOf(old, at);
    if (pos < 0) {
      throw new Error(
        `Segment ${segment.id} does not carry the octets ${slice.start}–${slice.end} of message ${slice.messageId} it says it carries.`,
      );
    }
    if (now !== old) payload = payload.slice(0, pos) + now + payload.slice(pos + old.length);
    at = pos + old.length;
  }
  return payload;
}

/** The timeline with what `options` names overwritten by same-length placeholders. */
export function scrubTimeline(timeline: Timeline, options: ScrubOptions): ScrubResult {
  const scrubbed: ScrubCount = { cookies: 0, authorization: 0, bodies: 0 };
  const messages = timeline.messages.map((m) => scrubMessage(m, options, scrubbed));
  if (messages.every((m, i) => m === timeline.messages[i])) return { timeline, scrubbed };
  // `carries` names messages by id; in a timeline a message's id is its index.
  const byId = (list: readonly HttpMessageRecord[]) => {
    const out: HttpMessageRecord[] = [];
    for (const m of list) out[m.id] = m;
    return out;
  };
  const before = byId(timeline.messages);
  const after = byId(messages);
  const segments = timeline.segments.map((s) => {
    if (s.carries.every((c) => before[c.messageId] === after[c.messageId])) return s;
    return { ...s, payload: rebuildPayload(s, before, after) };
  });
  return { timeline: { ...timeline, messages, segments }, scrubbed };
}
