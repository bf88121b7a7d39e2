/**
 * Each direction's byte stream, rebuilt from the payloads the way a receiving
 * TCP does (RFC 9293 §3.10.7.4, "seventh, process the segment text"): octets
 * are placed by sequence number, not by arrival; a retransmission or an
 * overlap brings octets already held, and the copy that came first is kept
 * (Linux and Wireshark's reassembly both keep it); octets the capture never
 * showed leave a gap, reported, never filled.
 *
 * Offsets count stream octets from 0: the first octet after the SYN, which
 * is Wireshark's relative sequence number 1.
 */
import { bytesToBinary } from '../timeline/bytes';
import type { Endpoint } from '../timeline/types';
import type { ConversationSegment } from './conversation';

/** Octets of the stream that one packet brought first. */
export interface StreamChunk {
  /** Stream offsets, end exclusive. */
  start: number;
  end: number;
  frame: number;
}

/** What the capture did not hold: never seen, or cut by the snap length. */
export interface StreamGap {
  start: number;
  end: number;
  /** The packet that carried these octets but whose capture stopped short, when one did. */
  truncatedIn: number | null;
}

/** A packet whose payload repeated octets already held, and whether they differed. */
export interface StreamRepeat {
  frame: number;
  start: number;
  end: number;
  /** Octets in this range that differ from the copy kept: a real stack would not send them. */
  conflicting: number;
}

export interface ByteStream {
  from: Endpoint;
  /**
   * The stream's octets from offset 0 to `end`, as a binary string; a gap is
   * filled with NUL octets here and listed in `gaps`, so offsets stay offsets.
   */
  octets: string;
  /** One past the last octet seen. */
  end: number;
  /** Where the sender's FIN sits in the stream (the offset after its last octet), when it was seen. */
  finAt: number | null;
  /** In stream order: which packet brought each range first. */
  chunks: StreamChunk[];
  gaps: StreamGap[];
  repeats: StreamRepeat[];
  /** Payload octets that lie before offset 0 (a capture that starts mid-stream sees some). */
  beforeStart: number;
}

/** Stream offsets above this are taken as negative: 32-bit sequence numbers wrap. */
const HALF = 2 ** 31;

/** Rebuilds the stream `from` sends, from the conversation's segments in capture order. */
export function reassemble(segments: readonly ConversationSegment[], from: Endpoint): ByteStream {
  const covered = new Intervals();
  const chunks: StreamChunk[] = [];
  const repeats: StreamRepeat[] = [];
  const truncations: StreamGap[] = [];
  const pieces: { start: number; octets: string }[] = [];
  let finAt: number | null = null;
  let beforeStart = 0;
  for (const s of segments) {
    if (s.from !== from) continue;
    const offset = dataOffset(s);
    if (s.flags.includes('FIN')) finAt ??= offset + s.len;
    if (s.len === 0) continue;
    let payload = bytesToBinary(s.packet.payload);
    let start = offset;
    if (start < 0) {
      const skip = Math.min(-start, s.len);
      beforeStart += skip;
      payload = payload.slice(skip);
      start = 0;
    }
    const captured = start + payload.length;
    const end = offset + s.len;
    if (captured < end && end > start)
      truncations.push({ start: Math.max(captured, start), end, truncatedIn: s.frame });
    if (captured <= start) continue;
    for (const [a, b] of covered.missing(start, captured)) {
      chunks.push({ start: a, end: b, frame: s.frame });
      pieces.push({ start: a, octets: payload.slice(a - start, b - start) });
    }
    const already = captured - start - covered.missingLength(start, captured);
    if (already > 0) repeats.push({ frame: s.frame, start, end: captured, conflicting: 0 });
    covered.add(start, captured);
  }
  chunks.sort((a, b) => a.start - b.start);
  pieces.sort((a, b) => a.start - b.start);
  const end = chunks.length > 0 ? (chunks[chunks.length - 1] as StreamChunk).end : 0;
  const octets = join(pieces, end);
  // A repeat's conflicts, now that the kept copy is known.
  for (const r of repeats) r.conflicting = conflicts(segments, r, octets);
  return {
    from,
    octets,
    end,
    finAt,
    chunks,
    gaps: gapsOf(chunks, truncations, Math.max(end, finAt ?? 0)),
    repeats,
    beforeStart,
  };
}

/** The packets that brought the octets [start, end), in stream order. */
export function framesOf(stream: ByteStream, start: number, end: number): number[] {
  const frames: number[] = [];
  for (const c of stream.chunks) {
    if (c.end <= start) continue;
    if (c.start >= end) break;
    if (!frames.includes(c.frame)) frames.push(c.frame);
  }
  return frames;
}

/** The packet that brought the octet at `offset`, or null in a gap. */
export function frameAt(stream: ByteStream, offset: number): number | null {
  let lo = 0;
  let hi = stream.chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = stream.chunks[mid] as StreamChunk;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c.frame;
  }
  return null;
}

function join(pieces: { start: number; octets: string }[], end: number): string {
  const parts: string[] = [];
  let at = 0;
  for (const p of pieces) {
    if (p.start > at) parts.push('\0'.repeat(p.start - at));
    parts.push(p.octets);
    at = p.start + p.octets.length;
  }
  if (end > at) parts.push('\0'.repeat(end - at));
  return parts.join('');
}

function gapsOf(chunks: StreamChunk[], truncations: StreamGap[], end: number): StreamGap[] {
  const gaps: StreamGap[] = [];
  let at = 0;
  const open = (start: number, stop: number) => {
    if (stop <= start) return;
    const cut = truncations.find((t) => t.start <= start && t.end >= stop);
    gaps.push({ start, end: stop, truncatedIn: cut?.truncatedIn ?? null });
  };
  for (const c of chunks) {
    open(at, c.start);
    at = Math.max(at, c.end);
  }
  open(at, end);
  return gaps;
}

/**
 * The stream offset of a segment's first data octet, signed: the data of a
 * SYN starts after the SYN's own sequence number (RFC 9293 §3.4).
 */
function dataOffset(s: ConversationSegment): number {
  const first = (s.relSeq + (s.flags.includes('SYN') ? 1 : 0) - 1) >>> 0;
  return first >= HALF ? first - 2 ** 32 : first;
}

/** Octets of a repeat that differ from the copy kept. */
function conflicts(
  segments: readonly ConversationSegment[],
  r: StreamRepeat,
  octets: string,
): number {
  const s = segments.find((x) => x.frame === r.frame);
  if (!s) return 0;
  const offset = dataOffset(s);
  let differ = 0;
  for (let i = r.start; i < r.end; i++) {
    if (s.packet.payload[i - offset] !== octets.charCodeAt(i)) differ++;
  }
  return differ;
}

/**
 * Disjoint sorted intervals [start, end): what the stream holds so far.
 * Segments mostly arrive in order, so most additions extend the last one.
 */
class Intervals {
  private readonly list: [number, number][] = [];

  /** The parts of [start, end) not yet held, in order. */
  missing(start: number, end: number): [number, number][] {
    const out: [number, number][] = [];
    let at = start;
    for (let i = this.firstEndingAfter(start); i < this.list.length && at < end; i++) {
      const [a, b] = this.list[i] as [number, number];
      if (a >= end) break;
      if (a > at) out.push([at, Math.min(a, end)]);
      at = Math.max(at, b);
    }
    if (at < end) out.push([at, end]);
    return out;
  }

  missingLength(start: number, end: number): number {
    return this.missing(start, end).reduce((n, [a, b]) => n + b - a, 0);
  }

  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start - 1);
    let a = start;
    let b = end;
    let remove = 0;
    while (i + remove < this.list.length) {
      const [x, y] = this.list[i + remove] as [number, number];
      if (x > b) break;
      a = Math.min(a, x);
      b = Math.max(b, y);
      remove++;
    }
    this.list.splice(i, remove, [a, b]);
  }

  /** Index of the first interval whose end is after `offset` (binary search). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid] as [number, number])[1] > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
