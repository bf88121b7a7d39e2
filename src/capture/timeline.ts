/**
 * A captured conversation as a timeline, so that every view explains it the way it explains a
 * simulated session. What is seen is kept as seen: each captured segment is one step at its
 * captured time (one vantage point, so it leaves and arrives at that instant, and its arrow is
 * level); the sequence and acknowledgment numbers are relative as Wireshark shows them; each
 * end's states come from `inferStates` (TCP_TRANSITIONS); the HTTP messages are the ones
 * reassembled and parsed by `explainConversation`, each block read by its receiver in the step
 * after the segment that completed it. What real stacks do that the simulator does not
 * (segmentation offload, SACK, window updates, duplicate ACKs, keep-alives, RSTs) stays on the
 * segment it was seen on, with Wireshark's analysis flags (`captured`), never "corrected".
 */
import { BLOCK_PARSED, BLOCK_PHASES } from '../timeline/blocks';
import { bytesToBinary } from '../timeline/bytes';
import type {
  CapturedNote,
  Endpoint,
  HttpMessageRecord,
  MessageBlockKind,
  Phase,
  Segment,
  SegmentOptions,
  Step,
  Timeline,
} from '../timeline/types';
import { TIMELINE_VERSION } from '../timeline/types';
import type { Conversation, ConversationSegment } from './conversation';
import { type ExplainedConversation, explainConversation } from './explain';
import type { CapturedHttpMessage } from './http-stream';
import type { ByteStream } from './reassembly';
import type { TcpAnalysis, TcpAnalysisFlag } from './tcp-analysis';
import type { StateStep } from './tcp-states';

/** The `scenario` of a timeline made from a capture. */
export const CAPTURE_SCENARIO = 'capture';

/** How Wireshark's Info column marks each analysis flag (epan/dissectors/packet-tcp.c). */
const INFO: Record<TcpAnalysisFlag, string> = {
  retransmission: 'TCP Retransmission',
  fast_retransmission: 'TCP Fast Retransmission',
  spurious_retransmission: 'TCP Spurious Retransmission',
  out_of_order: 'TCP Out-Of-Order',
  lost_segment: 'TCP Previous segment not captured',
  ack_lost_segment: 'TCP ACKed unseen segment',
  duplicate_ack: 'TCP Dup ACK',
  zero_window: 'TCP ZeroWindow',
  zero_window_probe: 'TCP ZeroWindowProbe',
  zero_window_probe_ack: 'TCP ZeroWindowProbeAck',
  keep_alive: 'TCP Keep-Alive',
  keep_alive_ack: 'TCP Keep-Alive ACK',
  window_update: 'TCP Window Update',
  window_full: 'TCP Window Full',
  reused_ports: 'TCP Port numbers reused',
};

/** `[TCP Retransmission] [TCP Dup ACK 5#1]`: Wireshark's marks of one segment, or ''. */
export function wiresharkInfo(analysis: TcpAnalysis): string {
  return analysis.flags
    .map((flag) => {
      const dup = analysis.duplicateAck;
      if (flag === 'duplicate_ack' && dup) return `[${INFO[flag]} ${dup.of}#${dup.number}]`;
      return `[${INFO[flag]}]`;
    })
    .join(' ');
}

/** The section that defines each block's form. */
const BLOCK_RFC: Record<MessageBlockKind, string> = {
  'start-line': 'RFC 9112 §2.1',
  header: 'RFC 9112 §5',
  'blank-line': 'RFC 9112 §2.1',
  body: 'RFC 9112 §6',
};

const CONNECT: Phase = { mdn: 1, sevenStep: 1 };
const TEARDOWN: Phase = { mdn: null, sevenStep: 7 };

/** The conversation as a timeline: its segments, HTTP messages and inferred states, step by step. */
export function timelineFromConversation(conversation: Conversation): Timeline {
  return timelineFromExplained(explainConversation(conversation));
}

export function timelineFromExplained(explained: ExplainedConversation): Timeline {
  const { conversation: c, states, streams, http } = explained;
  const base = c.segments[0]?.time ?? 0;
  const at = (s: ConversationSegment) => round(s.time - base);

  // Messages in the order their first octet arrived, so that ids follow the capture.
  const arrival = new Map<number, number>(c.segments.map((s, i) => [s.frame, i]));
  const captured = [...http.requests, ...http.responses]
    .map((m) => ({ m, first: arrival.get(m.frames[0] ?? -1) ?? 0 }))
    .sort((a, b) => a.first - b.first || (a.m.kind === 'request' ? -1 : 1))
    .map((x) => x.m);
  const messages: HttpMessageRecord[] = captured.map((m, id) => ({
    id,
    kind: m.kind,
    from: m.from,
    connection: 0,
    bytes: m.bytes,
    blocks: m.blocks,
    startLine: m.startLine,
  }));

  const received = receipts(c.segments, streams, arrival);
  const segments = c.segments.map((s, id) =>
    segmentOf(s, id, c, captured, received.receivedWith.get(id) ?? null, states.steps[id]),
  );
  // The block parse steps that follow each segment: a block is read once all its octets are in.
  const parsedAfter = blockCompletions(captured, streams, received.at);

  const startInferred =
    states.start.client.inferred === 'no-handshake' ||
    states.start.client.inferred === 'syn-missed';
  const steps: Step[] = [
    {
      index: 0,
      time: 0,
      kind: 'start',
      connection: 0,
      endpoint: null,
      states: { client: states.start.client.state, server: states.start.server.state },
      changes: [],
      segmentIn: null,
      segmentsOut: [],
      message: null,
      // Before anything is on the wire: no phase yet, as a simulated session's start.
      phase: { mdn: null, sevenStep: null },
      rfc: null,
      reason: startInferred ? 'capture-start-inferred' : 'capture-start',
      detail: {},
    },
  ];
  // The phase a segment that starts none keeps: a capture that saw the handshake starts in it.
  let phase: Phase = startInferred ? { mdn: null, sevenStep: null } : CONNECT;
  // How many blocks of each message its receiver has read so far: where its reading stands.
  const read = messages.map(() => 0);
  c.segments.forEach((s, i) => {
    const inferred = states.steps[i];
    const seg = segments[i] as Segment;
    const current = {
      client: inferred?.states.client ?? 'CLOSED',
      server: inferred?.states.server ?? 'CLOSED',
    };
    phase = segmentPhase(seg, messages, read, phase);
    steps.push({
      index: steps.length,
      time: at(s),
      kind: 'receive',
      connection: 0,
      endpoint: seg.to,
      states: current,
      changes: (inferred?.changes ?? []).map(({ endpoint, from, to, event, transition }) => ({
        endpoint,
        from,
        to,
        event,
        transition,
      })),
      segmentIn: seg.id,
      segmentsOut: [seg.id],
      message: null,
      phase,
      rfc: inferred?.changes[0]?.rfc ?? segmentRfc(seg),
      reason: 'segment-captured',
      detail: { frame: s.frame },
    });
    for (const { message, block } of parsedAfter.get(i) ?? []) {
      const record = messages[message] as HttpMessageRecord;
      const kind = record.blocks[block]?.kind ?? 'body';
      phase = BLOCK_PHASES[record.kind][kind];
      read[message] = block + 1;
      steps.push({
        index: steps.length,
        time: at(s),
        kind: 'message',
        connection: 0,
        endpoint: record.from === 'client' ? 'server' : 'client',
        states: current,
        changes: [],
        segmentIn: null,
        segmentsOut: [],
        message: { messageId: message, block, direction: 'parse' },
        phase,
        rfc: BLOCK_RFC[kind],
        reason: BLOCK_PARSED[record.kind][kind],
        detail: {},
      } as Step);
    }
  });

  const last = c.segments[c.segments.length - 1];
  return {
    version: TIMELINE_VERSION,
    scenario: CAPTURE_SCENARIO,
    profile: 'linux',
    seed: 0,
    client: c.client,
    server: c.server,
    // One vantage point shows no one-way delay, rate or loss rate: 0, "not known".
    link: { latencyMs: 0, bitsPerSecond: 0, lossRate: 0 },
    connections: [
      {
        id: 0,
        clientPort: c.client.port,
        serverPort: c.server.port,
        clientIsn: isnOf(c, 'client'),
        serverIsn: isnOf(c, 'server'),
      },
    ],
    segments,
    messages,
    steps,
    durationMs: last ? at(last) : 0,
    outcome: {
      client: states.final.client,
      server: states.final.server,
      // A RST was seen: one end aborted (§3.10.5), or refused a segment for no connection (§3.10.7.1).
      note: states.steps.some((s) => s.notes.some((n) => n.kind === 'rst')) ? 'reset' : null,
    },
  };
}

/** Microsecond resolution, as captures have it (and as the timeline's times allow). */
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function segmentOf(
  s: ConversationSegment,
  id: number,
  c: Conversation,
  messages: readonly CapturedHttpMessage[],
  receivedWith: number | null,
  inferred: StateStep | undefined,
): Segment {
  const p = s.packet;
  const has = (flag: string) => s.flags.includes(flag as never);
  const to = s.from === 'client' ? 'server' : 'client';
  const time = round(s.time - (c.segments[0]?.time ?? 0));
  const options: SegmentOptions = {};
  if (p.options.mss !== undefined) options.mss = p.options.mss;
  if (p.options.windowScale !== undefined) options.windowScale = p.options.windowScale;
  if (p.options.sackPermitted) options.sackPermitted = true;
  if (p.options.timestamps) options.timestamps = { ...p.options.timestamps };
  const offset = dataOffset(s);
  const note: CapturedNote = {
    frame: s.frame,
    analysis: [...s.analysis.flags],
    info: wiresharkInfo(s.analysis),
    longerThanMss: longerThanMss(s, c),
    sackBlocks: p.options.sack?.length ?? 0,
  };
  if (receivedWith !== null) note.receivedWith = receivedWith;
  for (const n of inferred?.notes ?? []) if (n.kind === 'rst') note.rst = n.why;
  return {
    id,
    from: s.from,
    to,
    srcPort: p.srcPort,
    dstPort: p.dstPort,
    flags: [...s.flags],
    seq: p.seq,
    ack: has('ACK') ? p.ack : 0,
    relSeq: s.relSeq | 0,
    relAck: has('ACK') ? s.relAck | 0 : 0,
    segLen: s.len + (has('SYN') ? 1 : 0) + (has('FIN') ? 1 : 0),
    payloadLength: s.len,
    window: p.window,
    options,
    payload: bytesToBinary(p.payload),
    carries: s.len === 0 ? [] : carried(s.from, offset, offset + s.len, messages),
    sentAt: time,
    arrivesAt: time,
    lostAt: null,
    retransmissionOf: retransmissionOf(s, c),
    captured: note,
  };
}

/** The stream offset of a segment's first payload octet (0 is the octet after the SYN). */
function dataOffset(s: ConversationSegment): number {
  const first = (s.relSeq + (s.flags.includes('SYN') ? 1 : 0) - 1) >>> 0;
  return first >= 2 ** 31 ? first - 2 ** 32 : first;
}

/** Which bytes of which message a payload carries, by stream offsets. */
function carried(
  from: 'client' | 'server',
  start: number,
  end: number,
  messages: readonly CapturedHttpMessage[],
) {
  const slices = [];
  for (const [messageId, m] of messages.entries()) {
    if (m.from !== from || m.end <= start || m.start >= end) continue;
    slices.push({
      messageId,
      start: Math.max(start, m.start) - m.start,
      end: Math.min(end, m.end) - m.start,
    });
  }
  return slices;
}

/** For a segment Wireshark calls a retransmission: the earlier one that first sent its first octet. */
function retransmissionOf(s: ConversationSegment, c: Conversation): number | null {
  const again = s.analysis.flags.some(
    (f) => f === 'retransmission' || f === 'fast_retransmission' || f === 'spurious_retransmission',
  );
  if (!again) return null;
  const index = c.segments.indexOf(s);
  for (let i = 0; i < index; i++) {
    const e = c.segments[i] as ConversationSegment;
    if (e.from !== s.from) continue;
    const length = e.len + (e.flags.includes('SYN') ? 1 : 0) + (e.flags.includes('FIN') ? 1 : 0);
    const into = (s.relSeq - e.relSeq) | 0;
    if (into >= 0 && (into < length || (length === 0 && into === 0))) return i;
  }
  return null;
}

/** The receiver's MSS (from its SYN) when this payload is longer: segmentation offload. */
function longerThanMss(s: ConversationSegment, c: Conversation): number | null {
  const receiverSyn = c.segments.find((x) => x.from !== s.from && x.flags.includes('SYN'));
  const mss = receiverSyn?.packet.options.mss;
  return mss !== undefined && s.len > mss ? mss : null;
}

/**
 * The section a captured segment follows where it changes no state: a retransmission is the
 * sender's timer at work (RFC 6298 §5, RFC 9293 §3.8.1), a fast retransmission the answer to
 * duplicate ACKs (RFC 5681 §3.2); any other segment arrives in a synchronized state
 * (RFC 9293 §3.10.7.4).
 */
function segmentRfc(seg: Segment): string {
  const analysis = seg.captured?.analysis ?? [];
  if (analysis.includes('fast_retransmission')) return 'RFC 5681 §3.2';
  if (analysis.includes('retransmission') || analysis.includes('spurious_retransmission'))
    return 'RFC 6298 §5';
  return 'RFC 9293 §3.10.7.4';
}

/** Where each stream chunk is taken as received, and which copies were seen but not received. */
interface Receipts {
  /** For each chunk (`${from}:${start}`), the index of the segment after which the receiver holds it. */
  at: ReadonlyMap<string, number>;
  /** By segment index: the frame of the later copy with which the receiver got its octets. */
  receivedWith: ReadonlyMap<number, number>;
}

const chunkKey = (from: Endpoint, start: number) => `${from}:${start}`;

/**
 * When the receiver holds each chunk of a stream. A capture shows a packet passing its vantage
 * point, not reaching the receiving application: a copy may be lost after it
 * (retransmission-rto.pcapng's packet 6 was dropped at the client's input, after the loopback
 * capture point, so the capture holds it all the same). What shows that the receiver holds
 * octets is its acknowledgment: RCV.NXT advances over the text it accepts, and its ACK carries
 * RCV.NXT (RFC 9293 §3.10.7.4, seventh). So a chunk is taken as received with the last copy
 * of it sent before the receiver's first ACK that covers it; with no such ACK, with its first
 * copy, as captured. Copies before the one taken are noted as not shown to have arrived.
 */
function receipts(
  segments: readonly ConversationSegment[],
  streams: Record<Endpoint, ByteStream>,
  arrival: ReadonlyMap<number, number>,
): Receipts {
  const at = new Map<string, number>();
  const receivedWith = new Map<number, number>();
  for (const from of ['client', 'server'] as const) {
    // The most the receiver has acknowledged by each segment, as a stream offset (monotone).
    const acked: number[] = [];
    let most = Number.NEGATIVE_INFINITY;
    for (const s of segments) {
      if (s.from !== from && s.flags.includes('ACK')) most = Math.max(most, ackOffset(s));
      acked.push(most);
    }
    const { chunks, repeats } = streams[from];
    for (const chunk of chunks) {
      const first = arrival.get(chunk.frame) ?? 0;
      const ack = firstAtLeast(acked, chunk.end, first);
      const copies = [first];
      for (const r of repeats) {
        if (r.end <= chunk.start || r.start >= chunk.end) continue;
        const i = arrival.get(r.frame) ?? 0;
        if (i > first && i < ack) copies.push(i);
      }
      const taken = Math.max(...copies);
      at.set(chunkKey(from, chunk.start), taken);
      const frame = segments[taken]?.frame;
      if (frame === undefined) continue;
      for (const i of copies) if (i < taken) receivedWith.set(i, frame);
    }
  }
  return { at, receivedWith };
}

/** The stream offset a segment acknowledges up to (exclusive), signed as `dataOffset` is. */
function ackOffset(s: ConversationSegment): number {
  const next = (s.relAck - 1) >>> 0;
  return next >= 2 ** 31 ? next - 2 ** 32 : next;
}

/** The first index from `from` on whose value is at least `target`, or the length. */
function firstAtLeast(values: readonly number[], target: number, from: number): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * For each segment (by its index), the message blocks it completes: a block is complete when
 * every octet of the stream up to its end has been received, which is the latest receipt
 * among its chunks (`receipts`).
 */
function blockCompletions(
  messages: readonly CapturedHttpMessage[],
  streams: Record<'client' | 'server', ByteStream>,
  received: ReadonlyMap<string, number>,
): Map<number, { message: number; block: number }[]> {
  const after = new Map<number, { message: number; block: number }[]>();
  for (const from of ['client', 'server'] as const) {
    const chunks = streams[from].chunks;
    const ids = [...messages.keys()].filter((id) => messages[id]?.from === from);
    ids.sort((x, y) => (messages[x]?.start ?? 0) - (messages[y]?.start ?? 0));
    let latest = 0;
    let c = 0;
    for (const id of ids) {
      const m = messages[id] as CapturedHttpMessage;
      for (const [block, b] of m.blocks.entries()) {
        const end = m.start + b.end;
        // Chunks are in stream order: take in every one that starts before this block's end.
        for (; c < chunks.length && (chunks[c]?.start ?? 0) < end; c++) {
          latest = Math.max(latest, received.get(chunkKey(from, chunks[c]?.start ?? 0)) ?? 0);
        }
        const list = after.get(latest) ?? [];
        list.push({ message: id, block });
        after.set(latest, list);
      }
    }
  }
  for (const list of after.values())
    list.sort((x, y) => x.message - y.message || x.block - y.block);
  return after;
}

/**
 * The phase of a captured segment (src/session/phase.ts's rules, simplified to what a capture
 * shows). A capture's segment step is its arrival, and the steps that read its blocks follow it
 * (`blockCompletions`), so a segment that carries message octets takes the phase where its
 * receiver's reading stands: the first block not read yet of a message it carries (behind a copy
 * lost beyond the capture point, the block that copy held). Rule 3's last block carried is where
 * a sender stands once it has written them all; on the arrival it put a request's headers (the
 * seven steps' 3) before the request line read next (2): 3 → 2 → 3. A segment whose messages
 * are all read already is like any other: a SYN opens; a FIN or RST closes; otherwise the phase
 * before it.
 */
function segmentPhase(
  seg: Segment,
  messages: readonly HttpMessageRecord[],
  read: readonly number[],
  before: Phase,
): Phase {
  for (const slice of seg.carries) {
    const m = messages[slice.messageId];
    const unread = m?.blocks[read[slice.messageId] ?? 0];
    if (m && unread) return BLOCK_PHASES[m.kind][unread.kind];
  }
  if (seg.flags.includes('SYN')) return CONNECT;
  if (seg.flags.includes('FIN') || seg.flags.includes('RST')) return TEARDOWN;
  return before;
}

/** Where the sender's sequence numbers start: its ISN, or the base Wireshark took mid-connection. */
function isnOf(c: Conversation, side: 'client' | 'server'): number {
  const isn = side === 'client' ? c.clientIsn : c.serverIsn;
  if (isn !== null) return isn;
  const s = c.segments.find((x) => x.from === side);
  return s ? (s.packet.seq - s.relSeq) >>> 0 : 0;
}
