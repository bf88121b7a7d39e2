/**
 * Each end's TCP state through a captured conversation, found by running the
 * observed segments through TCP_TRANSITIONS (RFC 9293 Figure 5 and §3.10),
 * the same table the simulator takes every state change from.
 *
 * A capture is one vantage point: a segment is taken to leave its sender and
 * reach its receiver at the moment it was captured. A segment reveals a user
 * call of its sender (a SYN is an active OPEN, a FIN a CLOSE) and is an event
 * for its receiver, processed in RFC 9293 §3.10.7.4's order: the ACK (fifth
 * check) before the FIN (eighth). Where the table has no edge for what was
 * seen, the state stays and a note says so: nothing is "corrected".
 *
 * What real stacks do and the simulator does not (segments longer than the
 * MSS from segmentation offload, window updates, SACK blocks, duplicate ACKs,
 * keep-alives, RSTs, Wireshark's retransmission guesses) is noted per
 * segment, as it was seen.
 */

import type { TcpState } from '../tcp/states';
import { findTransition, type TcpEvent } from '../tcp/transitions';
import type { Endpoint, RstReason } from '../timeline/types';
import type { Conversation, ConversationSegment } from './conversation';
import type { TcpAnalysisFlag } from './tcp-analysis';

export interface InferredStart {
  state: TcpState;
  /** Why this state is assumed rather than seen; null when the capture shows it from CLOSED/LISTEN. */
  inferred: StartReason | null;
}

/** Why an end's first state is inferred. */
export type StartReason =
  /** No SYN in the capture: it starts after the handshake, so both ends are taken as ESTABLISHED. */
  | 'no-handshake'
  /** The capture starts with the SYN,ACK: the client had sent a SYN (SYN-SENT), the server received it. */
  | 'syn-missed'
  /** The server's passive OPEN (RFC 9293 §3.10.1) came before the capture: it was listening. */
  | 'listening';

export interface StateChange {
  endpoint: Endpoint;
  from: TcpState;
  to: TcpState;
  event: TcpEvent;
  /** The id of the TCP_TRANSITIONS edge taken. */
  transition: string;
  rfc: string;
}

/** What a real stack did in this segment that the simulator does not do, or that needs a word. */
export type RealStackNote =
  /** Longer than the receiver's MSS: segmentation offload (TSO/GSO) on the capturing host splits it later. */
  | { kind: 'longer-than-mss'; length: number; mss: number }
  /** RFC 2018: the receiver lists the blocks it holds beyond a hole. */
  | { kind: 'sack'; blocks: number }
  /** A RST, and why its sender sent it (`RstReason`). */
  | { kind: 'rst'; endpoint: Endpoint; why: RstReason }
  /** Wireshark's analysis of the segment (tcp-analysis.ts), one note per flag: heuristics. */
  | { kind: 'analysis'; flag: TcpAnalysisFlag }
  /** The segment is an event the table has no edge for in the receiver's (or sender's) state. */
  | { kind: 'no-edge'; endpoint: Endpoint; state: TcpState; event: TcpEvent };

/** Why an end sends a RST, by its state before it (`RstReason`, RFC 9293 §3.10.5, §3.10.7). */
const RST_REASONS: Readonly<Record<TcpState, RstReason>> = {
  CLOSED: 'no-connection',
  LISTEN: 'no-connection',
  'SYN-SENT': 'unacceptable',
  'SYN-RECEIVED': 'unacceptable',
  ESTABLISHED: 'abort',
  'CLOSE-WAIT': 'abort',
  'FIN-WAIT-1': 'after-close',
  'FIN-WAIT-2': 'after-close',
  CLOSING: 'after-close',
  'LAST-ACK': 'after-close',
  'TIME-WAIT': 'after-close',
};

export interface StateStep {
  frame: number;
  /** Both ends' states after this segment. */
  states: Record<Endpoint, TcpState>;
  changes: StateChange[];
  notes: RealStackNote[];
}

export interface StateInference {
  start: Record<Endpoint, InferredStart>;
  /** One per segment of the conversation, in the same order. */
  steps: StateStep[];
  /** The states after the last segment. */
  final: Record<Endpoint, TcpState>;
}

const other = (e: Endpoint): Endpoint => (e === 'client' ? 'server' : 'client');

/** What each end has sent that the peer's acknowledgments can cover. */
interface Sent {
  /** The relative sequence number just past its SYN, and past its FIN, once sent. */
  synEnd: number | null;
  finEnd: number | null;
  /** It sent a SYN without ACK: its connection was initiated with an active OPEN. */
  activeOpen: boolean;
}

export function inferStates(conversation: Conversation): StateInference {
  const start = startStates(conversation);
  const states: Record<Endpoint, TcpState> = {
    client: start.client.state,
    server: start.server.state,
  };
  const sent: Record<Endpoint, Sent> = {
    client: { synEnd: null, finEnd: null, activeOpen: false },
    server: { synEnd: null, finEnd: null, activeOpen: false },
  };
  const mss = announcedMss(conversation);
  const steps: StateStep[] = [];
  for (const s of conversation.segments) {
    const changes: StateChange[] = [];
    const notes: RealStackNote[] = [];
    const take = (endpoint: Endpoint, event: TcpEvent) => {
      const from = states[endpoint];
      const edge = findTransition(from, event);
      if (!edge) {
        notes.push({ kind: 'no-edge', endpoint, state: from, event });
        return;
      }
      states[endpoint] = edge.to;
      // TIME-WAIT's self-loop on a repeated FIN is a change too: it restarts the 2×MSL timer.
      changes.push({ endpoint, from, to: edge.to, event, transition: edge.id, rfc: edge.rfc });
    };
    const sender = s.from;
    const receiver = other(sender);
    const has = (flag: string) => s.flags.includes(flag as never);

    // The sender's side: what the segment shows it did.
    if (has('SYN') && !has('ACK')) {
      sent[sender].synEnd ??= (s.relSeq + 1) >>> 0;
      sent[sender].activeOpen = true;
      // RFC 9293 §3.10.1: an active OPEN sends the SYN; a repeated SYN is the same OPEN.
      if (states[sender] === 'CLOSED') take(sender, 'active-open');
      else if (states[sender] === 'LISTEN') take(sender, 'send');
    } else if (has('SYN')) {
      sent[sender].synEnd ??= (s.relSeq + 1) >>> 0;
    }
    if (has('FIN')) {
      sent[sender].finEnd ??= (s.relSeq + s.len + (has('SYN') ? 1 : 0) + 1) >>> 0;
      // RFC 9293 §3.10.4: CLOSE sends the FIN; a repeated FIN is the same CLOSE.
      const state = states[sender];
      if (state === 'ESTABLISHED' || state === 'CLOSE-WAIT' || state === 'SYN-RECEIVED') {
        take(sender, 'close');
      }
    }
    if (has('RST')) {
      const why = RST_REASONS[states[sender]];
      notes.push({ kind: 'rst', endpoint: sender, why });
      // §3.10.5 ABORT: "Send a reset segment [...] enter CLOSED state", the `abort` edge, from
      // ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2 and CLOSE-WAIT. From CLOSING, LAST-ACK and
      // TIME-WAIT ABORT sends nothing: the table has no such edge (a `no-edge` note), and the
      // state stays, as RFC 9293 draws it.
      if (why === 'abort' || why === 'after-close') take(sender, 'abort');
    }

    // The receiver's side, in RFC 9293 §3.10.7's order.
    receive(s, receiver, states, sent, take);

    notes.push(...realStackNotes(s, mss[receiver]));
    steps.push({ frame: s.frame, states: { ...states }, changes, notes });
  }
  return { start, steps, final: { ...states } };
}

function receive(
  s: ConversationSegment,
  receiver: Endpoint,
  states: Record<Endpoint, TcpState>,
  sent: Record<Endpoint, Sent>,
  take: (endpoint: Endpoint, event: TcpEvent) => void,
): void {
  const has = (flag: string) => s.flags.includes(flag as never);
  const acks = (end: number | null) => end !== null && has('ACK') && ((s.relAck - end) | 0) >= 0;
  // §3.10.7.1 CLOSED: there is no TCB; the segment is answered with a RST (or, itself a RST,
  // discarded), and nothing changes.
  if (states[receiver] === 'CLOSED') return;
  // §3.10.7.2-4, first checks: a RST (taken as in the window: RFC 5961 §3.2 would
  // answer one that is not with a challenge ACK, which the capture would show).
  if (has('RST')) {
    // §3.10.7.4: in SYN-RECEIVED, a connection that came from SYN-SENT is refused instead.
    const refused = states[receiver] === 'SYN-RECEIVED' && sent[receiver].activeOpen;
    take(receiver, refused ? 'rcv-rst-active-open' : 'rcv-rst');
    return;
  }
  const state = states[receiver];
  if (has('SYN') && !has('ACK')) {
    // §3.10.7.2 (LISTEN) and §3.10.7.3 (SYN-SENT, simultaneous open). In
    // SYN-RECEIVED it is the same SYN again (its SYN,ACK was lost or late).
    if (state !== 'SYN-RECEIVED') take(receiver, 'rcv-syn');
    return;
  }
  if (has('SYN')) {
    // §3.10.7.3: a SYN,ACK acknowledging our SYN completes our active OPEN.
    if (state === 'SYN-SENT') take(receiver, 'rcv-syn-ack');
    return;
  }
  // §3.10.7.4, fifth check: the ACK field.
  if (state === 'SYN-RECEIVED' && acks(sent[receiver].synEnd)) take(receiver, 'rcv-ack-of-syn');
  const finAcked = acks(sent[receiver].finEnd);
  if (has('FIN')) {
    // Eighth check: the FIN. In FIN-WAIT-1 it matters whether our own FIN is acknowledged too.
    if (states[receiver] === 'FIN-WAIT-1' && finAcked) take(receiver, 'rcv-fin-ack-of-fin');
    else if (
      states[receiver] === 'CLOSE-WAIT' ||
      states[receiver] === 'LAST-ACK' ||
      states[receiver] === 'CLOSING'
    ) {
      // A repeated FIN in these states changes nothing (§3.10.7.4: "Remain in the … state").
    } else take(receiver, 'rcv-fin');
    return;
  }
  const after = states[receiver];
  if (finAcked && (after === 'FIN-WAIT-1' || after === 'CLOSING' || after === 'LAST-ACK')) {
    take(receiver, 'rcv-ack-of-fin');
  }
}

/** Where each end starts, and why when that is inferred. */
function startStates(c: Conversation): Record<Endpoint, InferredStart> {
  const first = c.segments[0];
  const syn = first?.flags.includes('SYN') ?? false;
  const ack = first?.flags.includes('ACK') ?? false;
  if (first && syn && !ack) {
    // The client's SYN is seen: it starts CLOSED (its OPEN is the SYN itself); the server was
    // listening, unless its first answer is a RST: RFC 9293 §3.10.7.1, a CLOSED port answers a
    // SYN with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, where a listener would send a SYN,ACK.
    const opener = first.from;
    const listener = other(opener);
    const answer = c.segments.find((s) => s.from === listener);
    const refused = answer?.flags.includes('RST') === true && !answer.flags.includes('SYN');
    return {
      [opener]: { state: 'CLOSED', inferred: null },
      [listener]: refused
        ? { state: 'CLOSED', inferred: null }
        : { state: 'LISTEN', inferred: 'listening' },
    } as Record<Endpoint, InferredStart>;
  }
  if (first && syn && ack) {
    // The SYN was missed: its sender is in SYN-SENT, the SYN,ACK's sender in SYN-RECEIVED.
    const responder = first.from;
    return {
      [responder]: { state: 'SYN-RECEIVED', inferred: 'syn-missed' },
      [other(responder)]: { state: 'SYN-SENT', inferred: 'syn-missed' },
    } as Record<Endpoint, InferredStart>;
  }
  return {
    client: { state: 'ESTABLISHED', inferred: 'no-handshake' },
    server: { state: 'ESTABLISHED', inferred: 'no-handshake' },
  };
}

/** The MSS each end can receive: what it announced in its SYN (RFC 9293 §3.7.1), or null unseen. */
function announcedMss(c: Conversation): Record<Endpoint, number | null> {
  const mss: Record<Endpoint, number | null> = { client: null, server: null };
  for (const s of c.segments) {
    if (s.flags.includes('SYN') && s.packet.options.mss !== undefined)
      mss[s.from] ??= s.packet.options.mss;
  }
  return mss;
}

function realStackNotes(s: ConversationSegment, receiverMss: number | null): RealStackNote[] {
  const notes: RealStackNote[] = [];
  // Segmentation offload: the capturing host hands the NIC one long segment that it cuts into MSS-sized ones.
  if (receiverMss !== null && s.len > receiverMss) {
    notes.push({ kind: 'longer-than-mss', length: s.len, mss: receiverMss });
  }
  const sack = s.packet.options.sack;
  if (sack && sack.length > 0) notes.push({ kind: 'sack', blocks: sack.length });
  for (const flag of s.analysis.flags) notes.push({ kind: 'analysis', flag });
  return notes;
}
