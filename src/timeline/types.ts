/**
 * The timeline: what `simulate()` returns and everything the visualizer draws.
 *
 * Plain, JSON-serialisable data (no classes, no Uint8Array, no Map), so that it
 * can be snapshot-tested, printed by the CLI, stored in a file and described by
 * the JSON Schema in `timeline.schema.json`. The view decides nothing about the
 * protocol: whatever it shows is in here.
 *
 * Conventions
 * - Times are virtual milliseconds since the scenario started (`0`), never the
 *   wall clock. They may have a fractional part (microsecond resolution).
 * - Bytes are carried as "binary strings": one UTF-16 code unit per byte, each
 *   0–255 (what `String.fromCharCode(...bytes)` gives). JSON cannot carry a
 *   Uint8Array and this keeps ASCII readable in snapshots. Use
 *   `bytesToBinary` / `binaryToBytes` from `src/timeline/bytes.ts`.
 * - `steps[0]` is the start, before anything is sent; `steps[n]` is the state
 *   after the n-th step. So the URL's `step=n` is `timeline.steps[n]` and the
 *   total shown to people is `steps.length - 1`.
 *
 * Step granularity (what `simulate()` makes a step of)
 * - `start`: step 0. The server's passive OPEN has already happened (LISTEN).
 * - `app`: one application call: connect (sends the SYN), close (sends the
 *   FIN, or queues it behind unsent octets), a redirect decision; and one step
 *   per data segment TCP sends (`data-sent`): after the last block of a message
 *   is written, its octets leave one MSS-sized segment per step, as many as
 *   the peer's window and the congestion window allow (RFC 5681 §3.1); the
 *   rest leave as ACKs come back.
 * - `message`, direction `write`: the sender composes its message one block per
 *   step (start line, each header line, the blank line, the body), in order.
 *   The octets join the send buffer; they leave in the `data-sent` steps.
 * - `message`, direction `parse`: the receiver reads the message one block per
 *   step as well, each as soon as all its octets have arrived (the steps
 *   follow the `receive` step that completed the block). A body is one block,
 *   parsed once, when its last octet is in.
 * - `receive`: one segment arriving and processed (RFC 9293 §3.10.7); the
 *   ACKs, RSTs or SYN,ACKs it provokes are its `segmentsOut`.
 * - `lost`: the network drops a segment, at the half-way time.
 * - `timer`: a retransmission timeout (resends one segment), the 2×MSL
 *   TIME-WAIT timer, or a delayed ACK (linux profile).
 * - `states` are the TCP states of the step's own connection (`connection`).
 * - `reason` says why the step happened and `detail` carries exactly the facts
 *   of that reason (`src/timeline/reasons.ts`); `changes` are the edges of
 *   TCP_TRANSITIONS it took, each with its event.
 * - Relative numbers: `relSeq` is SEG.SEQ − the sender's ISS and `relAck` is
 *   SEG.ACK − the ISS of the receiver (the connection it believes in), both as
 *   signed 32-bit differences, so a segment of an older incarnation shows as
 *   negative: Figure 8's old SYN (−10) and the SYN,ACK that answers it (ack −9).
 */
import type { Profile } from '../tcp/config';
import type { SegmentOptions, TcpFlag } from '../tcp/segment';
import type { TcpState } from '../tcp/states';
import type { TcpEvent } from '../tcp/transitions';
import type { StepDetail, StepReason } from './reasons';

export type { Profile } from '../tcp/config';
export type { SegmentOptions, TcpFlag } from '../tcp/segment';
export type { Outcome, StepDetail, StepReason } from './reasons';

/** Version 2: each step's detail typed by its reason, `StateChange.event`, `Phase.sevenStep`. */
export const TIMELINE_VERSION = 2 as const;

export type Endpoint = 'client' | 'server';

/**
 * Both endpoints' states at step 0, and wherever a view has no step to read: the client has
 * no connection yet (CLOSED) and the server's passive OPEN has happened (LISTEN).
 */
export const INITIAL_STATES: Readonly<Record<Endpoint, TcpState>> = {
  client: 'CLOSED',
  server: 'LISTEN',
};

/** MDN's "A typical HTTP session": 1 connect, 2 send the request, 3 answer. */
export type MdnPhase = 1 | 2 | 3;

/**
 * The seven steps of a complete HTTP request, as the source articles count them
 * ("一次完整的HTTP请求所经历的7个步骤", docs/sources.md): 1 TCP connection, 2 request line,
 * 3 request headers (and blank line, and body), 4 status line, 5 response headers,
 * 6 response body, 7 TCP close.
 */
export type SevenStep = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Where a step sits in the sources' two models of a session (rules in `src/session/phase.ts`). */
export interface Phase {
  /** MDN's phase; null where the step lies outside MDN's three phases (the teardown). */
  mdn: MdnPhase | null;
  /** Which of the seven steps; null where none fits (e.g. an RST refusing an old SYN). */
  sevenStep: SevenStep | null;
}

/** Which bytes of which HTTP message a segment's payload carries. */
export interface MessageSlice {
  messageId: number;
  /** Byte offsets into the message's bytes, end exclusive. */
  start: number;
  end: number;
}

export interface Segment {
  /** Unique within the timeline, in order of first transmission. */
  id: number;
  from: Endpoint;
  to: Endpoint;
  srcPort: number;
  dstPort: number;
  flags: TcpFlag[];
  /** SEG.SEQ, absolute (32-bit, wraps). */
  seq: number;
  /** SEG.ACK, absolute; 0 when the ACK flag is off. */
  ack: number;
  /** SEG.SEQ relative to the sender's ISN, as Wireshark shows it. */
  relSeq: number;
  /** SEG.ACK relative to the receiver's ISN; 0 when the ACK flag is off. */
  relAck: number;
  /** SEG.LEN: payload octets, plus one for SYN and one for FIN (RFC 9293 §3.4). */
  segLen: number;
  /** Payload octets only (what Wireshark calls Len). */
  payloadLength: number;
  /** SEG.WND as sent (unscaled field value). */
  window: number;
  options: SegmentOptions;
  /** Binary string of the payload (see the conventions above). */
  payload: string;
  carries: MessageSlice[];
  /** Virtual time it left the sender. */
  sentAt: number;
  /** Virtual time it reached the receiver; null if it was lost. */
  arrivesAt: number | null;
  /** Virtual time the network dropped it (half way); null unless lost. */
  lostAt: number | null;
  /** The id of the first transmission of the same sequence space, or null. */
  retransmissionOf: number | null;
  /**
   * Present and true for a segment of an earlier incarnation of the connection that is still
   * in the network when the scenario starts (RFC 9293 Figure 8's old duplicate SYN). No step
   * sends it: its arrow starts at `sentAt` (0) without a sending step.
   */
  oldDuplicate?: boolean;
  /** Present on a segment read from a capture (src/capture/timeline.ts): what the file says of it. */
  captured?: CapturedNote;
}

/** What a capture says of one segment: where it is in the file and Wireshark's analysis of it. */
export interface CapturedNote {
  /** The packet's number in the file (Wireshark's frame number). */
  frame: number;
  /** Wireshark's `tcp.analysis.*` flags, in its order (src/capture/tcp-analysis.ts): heuristics. */
  analysis: string[];
  /** How Wireshark's Info column marks them, e.g. `[TCP Dup ACK 5#1]`; empty when none. */
  info: string;
  /** The receiver's MSS when the payload is longer (segmentation offload); null otherwise. */
  longerThanMss: number | null;
  /** SACK blocks carried (RFC 2018); 0 when none. */
  sackBlocks: number;
  /**
   * Where the receiver acknowledged this segment's octets only after a later copy of them: that
   * copy's frame, with which they are taken as received (the capture does not show this one
   * arriving). Absent otherwise.
   */
  receivedWith?: number;
  /** On a RST: why its sender sent it, as the states before it tell (src/capture/tcp-states.ts). */
  rst?: RstReason;
}

/**
 * Why an end sends a RST, by its state before it:
 * - `no-connection`: from CLOSED or LISTEN it refuses a segment for no connection (RFC 9293
 *   §3.10.7.1-2);
 * - `unacceptable`: from SYN-SENT or SYN-RECEIVED it refuses an ACK of something it never sent
 *   (§3.10.7.3, §3.10.7.4 fifth check), and stays where it is;
 * - `abort`: from ESTABLISHED or CLOSE-WAIT, before sending its FIN, it aborts (§3.10.5 ABORT);
 * - `after-close`: having sent its FIN, it aborts, or answers data that came after its CLOSE
 *   (RFC 1122 §4.2.2.13), which Linux does by a reset too.
 */
export type RstReason = 'no-connection' | 'unacceptable' | 'abort' | 'after-close';

export type MessageBlockKind = 'start-line' | 'header' | 'blank-line' | 'body';

export interface MessageBlock {
  kind: MessageBlockKind;
  /** Byte offsets into the message's bytes, end exclusive; includes the CRLF. */
  start: number;
  end: number;
  /** For a header block: the field name as sent (case kept), e.g. `Accept-Language`. */
  name?: string;
  /** For a header block: the field value, trimmed of optional whitespace. */
  value?: string;
}

export interface HttpMessageRecord {
  id: number;
  kind: 'request' | 'response';
  from: Endpoint;
  /** Which TCP connection carried it (see `Timeline.connections`). */
  connection: number;
  /** Binary string of the whole message as serialised (RFC 9112). */
  bytes: string;
  blocks: MessageBlock[];
  /** `GET / HTTP/1.1` or `HTTP/1.1 200 OK`, without CRLF, for labels. */
  startLine: string;
}

export type StepKind =
  | 'start'
  /** An application call: listen, connect, write, close. May send segments. */
  | 'app'
  /** A segment arrives at an endpoint and is processed. May send segments. */
  | 'receive'
  /** The network drops a segment half way. */
  | 'lost'
  /** A timer fires: retransmission (RFC 6298) or TIME-WAIT's 2×MSL. */
  | 'timer'
  /** An HTTP block is written by the sender or parsed by the receiver. */
  | 'message';

export interface StateChange {
  endpoint: Endpoint;
  from: TcpState;
  to: TcpState;
  /** What made the change: the event of the edge taken. */
  event: TcpEvent;
  /** The id of the edge in TCP_TRANSITIONS that was taken (`FROM--event`). */
  transition: string;
}

/** What every step has, whatever its reason. */
export interface StepCommon {
  index: number;
  time: number;
  kind: StepKind;
  /** The TCP connection this step concerns (index into `Timeline.connections`). */
  connection: number;
  /** Where it happens; null for the start and for a loss in the network. */
  endpoint: Endpoint | null;
  /** Both endpoints' TCP states after this step. */
  states: Record<Endpoint, TcpState>;
  /** State changes this step made (zero, one, or on a simultaneous event two). */
  changes: StateChange[];
  /** The segment this step receives or drops, if any. */
  segmentIn: number | null;
  /** The segments this step sends (their arrows start here). */
  segmentsOut: number[];
  /** For message steps: the message and the block (index into `blocks`). */
  message: { messageId: number; block: number; direction: 'write' | 'parse' } | null;
  phase: Phase;
  /** The RFC section that decides this step, e.g. `RFC 9293 §3.10.7.3`. */
  rfc: string | null;
}

/**
 * One step of the timeline: why it happened (`reason`) and the facts that reason carries
 * (`detail`, exactly those of `src/timeline/reasons.ts`). `Step` is the union over every
 * reason, so that testing `step.reason` narrows `step.detail`; `Step<'time-wait-expired'>` is
 * one reason's step.
 */
export type Step<R extends StepReason = StepReason> = R extends StepReason
  ? StepCommon & { reason: R; detail: StepDetail<R> }
  : never;

export interface EndpointInfo {
  address: string;
  port: number;
}

export interface Connection {
  id: number;
  clientPort: number;
  serverPort: number;
  /** Initial send sequence numbers (RFC 9293 §3.4.1), from the seeded generator. */
  clientIsn: number;
  serverIsn: number;
}

export interface LinkInfo {
  /** One-way propagation delay. */
  latencyMs: number;
  /** Serialisation rate; a segment of n octets takes n*8/bitsPerSecond s more. */
  bitsPerSecond: number;
  /** Probability of a loss per segment, drawn from the seed. */
  lossRate: number;
}

export interface Timeline {
  version: typeof TIMELINE_VERSION;
  scenario: string;
  profile: Profile;
  seed: number;
  client: EndpointInfo;
  server: EndpointInfo;
  link: LinkInfo;
  connections: Connection[];
  segments: Segment[];
  messages: HttpMessageRecord[];
  steps: Step[];
  /** Virtual time of the last step. */
  durationMs: number;
  /** How it ended: both CLOSED, or why not (e.g. `client-gave-up`). */
  outcome: { client: TcpState; server: TcpState; note: string | null };
}
