/**
 * What goes into the timeline from the wire: a TCP segment as a timeline
 * `Segment` (ids, relative numbers, which message octets it carries, its times
 * on the link), and an HTTP message as its record.
 */
import { type HttpMessage, type SerializeOptions, serializeMessage } from '../http';
import type { SegmentClass } from '../network/link';
import { hasFlag, segLen, type TcpSegment } from '../tcp/segment';
import { seqDiff } from '../tcp/sequence';
import type { Tcb } from '../tcp/tcb';
import { bytesToBinary } from '../timeline/bytes';
import type { Endpoint, HttpMessageRecord, MessageSlice, Segment } from '../timeline/types';

/** A message serialised (RFC 9112), as the timeline records it. */
export function messageRecord(
  id: number,
  connection: number,
  from: Endpoint,
  message: HttpMessage,
  options: SerializeOptions,
): HttpMessageRecord {
  const { bytes, blocks } = serializeMessage(message, options);
  const binary = bytesToBinary(bytes);
  return {
    id,
    kind: message.kind,
    from,
    connection,
    bytes: binary,
    blocks,
    startLine: binary.slice(0, binary.indexOf('\r\n')),
  };
}

/** Where one message sits in a sender's byte stream (offset 0 is the octet after the SYN). */
export interface StreamSpan {
  offset: number;
  messageId: number;
  length: number;
}

/** The message slices in stream octets [start, end). */
export function slicesOf(spans: readonly StreamSpan[], start: number, end: number): MessageSlice[] {
  const out: MessageSlice[] = [];
  for (const span of spans) {
    const from = Math.max(start, span.offset);
    const to = Math.min(end, span.offset + span.length);
    if (from < to) {
      out.push({ messageId: span.messageId, start: from - span.offset, end: to - span.offset });
    }
  }
  return out;
}

export interface WireInput {
  id: number;
  seg: TcpSegment;
  from: Endpoint;
  ports: Record<Endpoint, number>;
  /** The sender's TCB when it sent the segment (for relative numbers). */
  sender: Tcb;
  /**
   * The ISN of the end the segment is sent to, as that end chose it, or null if it has none
   * yet (a server in LISTEN). SEG.ACK is shown relative to it.
   */
  receiverIsn: number | null;
  /**
   * The number SEG.SEQ is shown relative to when the sender's own ISS means nothing: a RST from
   * LISTEN takes its SEQ from the SEG.ACK it answers (RFC 9293 §3.10.7.2), a number of the
   * receiver's connection, so it is shown relative to the ISN that connection knows (as
   * Wireshark numbers it). Absent: relative to the sender's ISS.
   */
  seqBase?: number;
  spans: readonly StreamSpan[];
  sentAt: number;
  arrivesAt: number;
  lostAt: number | null;
  retransmissionOf: number | null;
}

export function toTimelineSegment(w: WireInput): Segment {
  const { seg, sender } = w;
  const to: Endpoint = w.from === 'client' ? 'server' : 'client';
  const hasAck = seg.flags.includes('ACK');
  // Stream offset of the first payload octet: data starts one after the ISS (the SYN's number).
  const offset = seqDiff(seg.seq, (sender.iss + 1) >>> 0) + (seg.flags.includes('SYN') ? 1 : 0);
  const carries =
    seg.payload.length > 0 ? slicesOf(w.spans, offset, offset + seg.payload.length) : [];
  return {
    id: w.id,
    from: w.from,
    to,
    srcPort: w.ports[w.from],
    dstPort: w.ports[to],
    flags: seg.flags.slice(),
    seq: seg.seq,
    ack: seg.ack,
    relSeq: seqDiff(seg.seq, w.seqBase ?? sender.iss),
    // Relative to the ISN of the connection the receiver believes in, not to the IRS the sender
    // holds: the SYN,ACK that answers RFC 9293 Figure 8's old SYN (SEQ=90) acknowledges 91, which
    // is −9 for a client whose ISN is 100 (and why its RST says SEQ=−9), not 1.
    relAck: hasAck ? seqDiff(seg.ack, w.receiverIsn ?? sender.irs) : 0,
    segLen: segLen(seg),
    payloadLength: seg.payload.length,
    window: seg.window,
    options: { ...seg.options },
    payload: seg.payload,
    carries,
    sentAt: w.sentAt,
    arrivesAt: w.lostAt === null ? w.arrivesAt : null,
    lostAt: w.lostAt,
    retransmissionOf: w.retransmissionOf,
  };
}

/** The kinds a segment belongs to, for the link's named loss and delay rules. */
export function classify(seg: TcpSegment, sender: Tcb): SegmentClass[] {
  const classes: SegmentClass[] = [];
  const syn = hasFlag(seg, 'SYN');
  const ack = hasFlag(seg, 'ACK');
  if (syn) classes.push(ack ? 'syn-ack' : 'syn');
  if (seg.payload.length > 0) classes.push('data');
  if (hasFlag(seg, 'FIN')) classes.push('fin');
  if (hasFlag(seg, 'RST')) classes.push('rst');
  const bare = !syn && !hasFlag(seg, 'FIN') && !hasFlag(seg, 'RST') && seg.payload.length === 0;
  if (bare && ack) {
    classes.push('ack');
    if (sender.finReceived && seg.ack === sender.rcvNxt) classes.push('final-ack');
  }
  return classes;
}
