/**
 * From captured segments to TCP conversations, the way Wireshark's
 * Statistics › Conversations and `tcp.stream` see them: each conversation
 * told from the client's and the server's side, with sequence and
 * acknowledgment numbers relative to each side's initial sequence number
 * (Wireshark's "relative sequence numbers", on by default) and Wireshark's
 * TCP analysis flags (tcp-analysis.ts).
 *
 * Fed one segment at a time in capture order (`createConversationTracker`),
 * so that conversations grow while a file is still being read.
 *
 * A conversation is identified by its 4-tuple (RFC 9293 §3.4: "a pair of
 * sockets"). As in Wireshark, a SYN on the same 4-tuple with another initial
 * sequence number starts a new conversation (the ports were reused).
 */
import { bytesToBinary } from '../timeline/bytes';
import type { Endpoint, EndpointInfo, TcpFlag } from '../timeline/types';
import {
  type AnalysisTimes,
  analyzeSegment,
  type Flow,
  newFlow,
  noteHandshakeTimes,
  noteWindowScale,
  type TcpAnalysis,
} from './tcp-analysis';
import type { CapturedSegment } from './types';

export interface ConversationSegment {
  /** The frame number in the file (see CapturedSegment.frame). */
  frame: number;
  time: number;
  from: Endpoint;
  flags: TcpFlag[];
  /** SEG.SEQ minus the sender's base (its ISN when the SYN was seen), modulo 2^32: Wireshark's tcp.seq. */
  relSeq: number;
  /** SEG.ACK minus the receiver's base, modulo 2^32; 0 when ACK is off: Wireshark's tcp.ack. */
  relAck: number;
  /** Payload octets (Wireshark's Len). */
  len: number;
  /** The window field as carried. */
  window: number;
  /**
   * The window in octets as Wireshark computes it (tcp.window_size): shifted
   * by the scale the sender's SYN offered (RFC 7323 §2.3), unless a SYN
   * showed that scaling is not in use; a SYN's own window is never scaled.
   */
  windowBytes: number;
  /** Wireshark's TCP analysis of this segment: heuristics, see tcp-analysis.ts. */
  analysis: TcpAnalysis;
  /** The segment as read, with its options, payload and absolute numbers. */
  packet: CapturedSegment;
}

/**
 * How the client was recognised, best first: it sent the SYN; it received
 * the SYN,ACK; its first octets are an HTTP request line (or the other
 * side's an HTTP status line); or, with none of these, the ports: a server
 * listens on a well-known or at least lower port, a client gets an ephemeral
 * one (IANA 49152–65535, Linux 32768–60999).
 */
export type ClientEvidence = 'syn' | 'syn-ack' | 'http-request' | 'http-response' | 'ports';

/** What the conversation chooser shows: cheap to compute while a file is read. */
export interface ConversationSummary {
  /** 0-based, in order of each conversation's first segment: Wireshark's tcp.stream. */
  id: number;
  client: EndpointInfo;
  server: EndpointInfo;
  clientBy: ClientEvidence;
  ipVersion: 4 | 6;
  /** Frames and their octets on the wire, both directions (Wireshark's Conversations: Packets, Bytes). */
  packets: number;
  bytes: number;
  /** Payload octets each side sent, retransmissions included. */
  payloadBytes: Record<Endpoint, number>;
  firstFrame: number;
  lastFrame: number;
  /** Milliseconds since the capture's first packet, of the first and last segment. */
  start: number;
  end: number;
  /** The client's first line when it is an HTTP/1.x request line, e.g. `GET / HTTP/1.1`; null: not HTTP. */
  firstRequestLine: string | null;
}

export interface Conversation extends ConversationSummary {
  /** Sequence numbers of the SYNs, null when the capture does not have them. */
  clientIsn: number | null;
  serverIsn: number | null;
  /** Window scale shifts offered in the SYNs (RFC 7323 §2.2), null when not offered or not seen. */
  clientWindowScale: number | null;
  serverWindowScale: number | null;
  segments: ConversationSegment[];
}

export interface ConversationTracker {
  /** Adds the next segment of the capture; returns its conversation's id. */
  add(packet: CapturedSegment): number;
  /** How many conversations so far. */
  count(): number;
  /** Every conversation so far, in order of first segment, without its segments. */
  summaries(): ConversationSummary[];
  /** One conversation in full, or null for an unknown id. */
  conversation(id: number): Conversation | null;
}

/** Octets of a side's stream kept to recognise an HTTP start line (RFC 9112 §2.1). */
const HEAD_OCTETS = 8192;

/** One side of a conversation, keyed by address and port. */
interface Side {
  address: string;
  port: number;
  flow: Flow;
  /** The first octets of the side's stream, in sequence order, until a line ends. */
  head: string;
  payloadBytes: number;
  syn: CapturedSegment | null;
}

interface Tracked {
  id: number;
  /** The side of the first segment, then the other. */
  order: [Side, Side];
  times: AnalysisTimes;
  firstSyn: Side | null;
  firstSynAck: Side | null;
  bytes: number;
  rows: Row[];
}

/** What is stored per segment; `from` is resolved once the client is known. */
interface Row {
  side: Side;
  relSeq: number;
  relAck: number;
  windowBytes: number;
  analysis: TcpAnalysis;
  packet: CapturedSegment;
}

/** The side of a conversation at this address and port. */
function sideOf(t: Tracked, address: string, port: number): Side {
  const [a, b] = t.order;
  return a.address === address && a.port === port ? a : b;
}

export function createConversationTracker(): ConversationTracker {
  const all: Tracked[] = [];
  const current = new Map<string, Tracked>();

  function open(p: CapturedSegment, key: string): Tracked {
    const a: Side = newSide(p.src, p.srcPort);
    const b: Side = newSide(p.dst, p.dstPort);
    const tracked: Tracked = {
      id: all.length,
      order: [a, b],
      times: { lastSynTime: null, firstRtt: null },
      firstSyn: null,
      firstSynAck: null,
      bytes: 0,
      rows: [],
    };
    all.push(tracked);
    current.set(key, tracked);
    return tracked;
  }

  function add(p: CapturedSegment): number {
    // The 4-tuple in one order whichever way the segment goes.
    const srcFirst = p.src < p.dst || (p.src === p.dst && p.srcPort <= p.dstPort);
    const key = srcFirst
      ? `${p.src}|${p.srcPort}|${p.dst}|${p.dstPort}`
      : `${p.dst}|${p.dstPort}|${p.src}|${p.srcPort}`;
    const syn = p.flags.includes('SYN');
    const ack = p.flags.includes('ACK');
    let tracked = current.get(key) ?? open(p, key);
    let reused = false;
    // Wireshark: a SYN whose sequence number differs from the base its sender
    // already has starts a new conversation on the same ports.
    const known = sideOf(tracked, p.src, p.srcPort).flow.baseSeq;
    if (syn && !ack && known !== null && known !== p.seq) {
      tracked = open(p, key);
      reused = true;
    } else if (syn && ack && known !== null && known !== p.seq) {
      // A SYN,ACK with another sequence number is only flagged.
      reused = true;
    }
    const fwd = sideOf(tracked, p.src, p.srcPort);
    const rev = fwd === tracked.order[0] ? tracked.order[1] : tracked.order[0];
    const analysis = analyzeSegment(p, fwd.flow, rev.flow, tracked.times);
    if (reused) analysis.flags.unshift('reused_ports');
    noteWindowScale(p, fwd.flow, rev.flow);
    noteHandshakeTimes(p, tracked.times);
    if (syn && !ack) tracked.firstSyn ??= fwd;
    if (syn && ack) tracked.firstSynAck ??= fwd;
    if (syn) fwd.syn ??= p;

    const base = fwd.flow.baseSeq ?? p.seq;
    const relSeq = (p.seq - base) >>> 0;
    const peerBase = rev.flow.baseSeq;
    const relAck = ack && peerBase !== null ? (p.ack - peerBase) >>> 0 : 0;
    const shift = fwd.flow.windowScale;
    const windowBytes = !syn && shift >= 0 ? p.window * 2 ** shift : p.window;
    readHead(fwd, relSeq, p.payload);
    fwd.payloadBytes += p.length;
    tracked.bytes += p.frameLength;
    tracked.rows.push({ side: fwd, relSeq, relAck, windowBytes, analysis, packet: p });
    return tracked.id;
  }

  return {
    add,
    count: () => all.length,
    summaries: () => all.map(summary),
    conversation(id) {
      const tracked = all[id];
      return tracked ? full(tracked) : null;
    },
  };
}

/** Every conversation of a capture's segments, in full. */
export function listConversations(packets: readonly CapturedSegment[]): Conversation[] {
  const tracker = createConversationTracker();
  for (const p of packets) tracker.add(p);
  return tracker.summaries().map((s) => tracker.conversation(s.id) as Conversation);
}

function newSide(address: string, port: number): Side {
  return { address, port, flow: newFlow(), head: '', payloadBytes: 0, syn: null };
}

/** Appends a segment's octets to the side's head when they continue it exactly. */
function readHead(side: Side, relSeq: number, payload: Uint8Array): void {
  if (payload.length === 0 || side.head.length >= HEAD_OCTETS || side.head.includes('\n')) return;
  // The stream starts at relative sequence number 1 (0 is the SYN).
  if (relSeq !== side.head.length + 1) return;
  side.head += bytesToBinary(payload.subarray(0, HEAD_OCTETS - side.head.length));
}

// RFC 9112 §3: request-line = method SP request-target SP HTTP-version; method = token.
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) (HTTP\/\d\.\d)\r?\n/;
// RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ].
const STATUS_LINE = /^HTTP\/\d\.\d \d{3}[ \r\n]/;

function requestLine(side: Side): string | null {
  const match = REQUEST_LINE.exec(side.head);
  return match ? `${match[1]} ${match[2]} ${match[3]}` : null;
}

/** The side that is the client, and how that was recognised (see ClientEvidence). */
function chooseClient(t: Tracked): { client: Side; server: Side; clientBy: ClientEvidence } {
  const [a, b] = t.order;
  const other = (side: Side) => (side === a ? b : a);
  const pick = (client: Side, clientBy: ClientEvidence) => ({
    client,
    server: other(client),
    clientBy,
  });
  if (t.firstSyn) return pick(t.firstSyn, 'syn');
  if (t.firstSynAck) return pick(other(t.firstSynAck), 'syn-ack');
  for (const side of t.order) if (requestLine(side)) return pick(side, 'http-request');
  for (const side of t.order)
    if (STATUS_LINE.test(side.head)) return pick(other(side), 'http-response');
  return pick(serverByPorts(a, b) === a ? b : a, 'ports');
}

/** Of two sides, the one that looks like the server by its port (Wireshark tries the lower port first). */
function serverByPorts(a: Side, b: Side): Side {
  const wellKnown = (s: Side) => s.port < 1024;
  const ephemeral = (s: Side) => s.port >= 32768;
  if (wellKnown(a) !== wellKnown(b)) return wellKnown(a) ? a : b;
  if (ephemeral(a) !== ephemeral(b)) return ephemeral(a) ? b : a;
  return a.port <= b.port ? a : b;
}

function summary(t: Tracked): ConversationSummary {
  const { client, server, clientBy } = chooseClient(t);
  const first = t.rows[0]?.packet as CapturedSegment;
  const last = t.rows[t.rows.length - 1]?.packet as CapturedSegment;
  return {
    id: t.id,
    client: { address: client.address, port: client.port },
    server: { address: server.address, port: server.port },
    clientBy,
    ipVersion: first.ipVersion,
    packets: t.rows.length,
    bytes: t.bytes,
    payloadBytes: { client: client.payloadBytes, server: server.payloadBytes },
    firstFrame: first.frame,
    lastFrame: last.frame,
    start: first.time,
    end: last.time,
    firstRequestLine: requestLine(client),
  };
}

function full(t: Tracked): Conversation {
  const s = summary(t);
  const clientSide = sideOf(t, s.client.address, s.client.port);
  const serverSide = clientSide === t.order[0] ? t.order[1] : t.order[0];
  return {
    ...s,
    clientIsn: clientSide.syn?.seq ?? null,
    serverIsn: serverSide.syn?.seq ?? null,
    clientWindowScale: clientSide.syn?.options.windowScale ?? null,
    serverWindowScale: serverSide.syn?.options.windowScale ?? null,
    segments: t.rows.map((row) => ({
      frame: row.packet.frame,
      time: row.packet.time,
      from: row.side === clientSide ? 'client' : 'server',
      flags: row.packet.flags,
      relSeq: row.relSeq,
      relAck: row.relAck,
      len: row.packet.length,
      window: row.packet.window,
      windowBytes: row.windowBytes,
      analysis: row.analysis,
      packet: row.packet,
    })),
  };
}
