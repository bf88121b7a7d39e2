/**
 * The TCP connection state machine as one declarative table.
 *
 * RFC 9293 Figure 5 ("TCP Connection State Diagram") drawn as data, with the
 * edges that §3.10 adds to it (RST handling, the TIME-WAIT restart, giving up
 * after retransmissions). The simulator takes every state change through
 * `takeTransition`, which throws for a change that is not an edge here; the
 * visualizer draws its state diagram from the same table. One table, two uses,
 * so the picture cannot drift from the behaviour.
 *
 * RFC 9293 §3.3.2: "The state diagram in Figure 5 illustrates only state
 * changes, together with the causing events and resulting actions, but
 * addresses neither error conditions nor actions that are not connected with
 * state changes."
 */
import type { TcpFlag } from './segment';
import type { TcpState } from './states';

/** What makes a connection change state: a user call, a segment, or a timer. */
export const TCP_EVENTS = [
  // User calls (RFC 9293 §3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE)
  'passive-open',
  'active-open',
  'send',
  'close',
  // §3.10.5 ABORT: the user drops the connection at once (a RST, where there is a peer to tell).
  'abort',
  // Segment arrivals (RFC 9293 §3.10.7)
  'rcv-syn',
  'rcv-syn-ack',
  'rcv-ack-of-syn',
  'rcv-fin',
  'rcv-ack-of-fin',
  'rcv-fin-ack-of-fin',
  'rcv-rst',
  // A RST in SYN-RECEIVED when the connection came from SYN-SENT (simultaneous open): unlike
  // `rcv-rst` there, which returns a passive OPEN to LISTEN, "the connection was refused"
  // (RFC 9293 §3.10.7.4). A distinct event because the table is keyed by (from, event).
  'rcv-rst-active-open',
  // Timers (RFC 9293 §3.10.8)
  'timeout-2msl',
  // Not an RFC event: the what-if of a TIME-WAIT cut short (time-wait-cut-short), its timer set to
  // 0 instead of 2 MSL. Its own event, so that no step says 2 MSL passed when none did.
  'timeout-cut-short',
  'user-timeout',
] as const;

export type TcpEvent = (typeof TCP_EVENTS)[number];

export interface TcpTransition {
  /** Stable id, `FROM--event`, unique per (from, event). */
  id: string;
  from: TcpState;
  event: TcpEvent;
  to: TcpState;
  /** Flags of the segment this edge sends, or null if it sends none. */
  sends: readonly TcpFlag[] | null;
  /** The section of RFC 9293 that specifies the edge. */
  rfc: string;
  /** Whether RFC 9293 Figure 5 draws this edge (the rest come from §3.10's text). */
  inFigure5: boolean;
}

type Row = [
  from: TcpState,
  event: TcpEvent,
  to: TcpState,
  sends: TcpFlag[] | null,
  rfc: string,
  fig5: boolean,
];

const SYN: TcpFlag[] = ['SYN'];
const SYN_ACK: TcpFlag[] = ['SYN', 'ACK'];
const ACK: TcpFlag[] = ['ACK'];
const FIN_ACK: TcpFlag[] = ['FIN', 'ACK'];
const RST: TcpFlag[] = ['RST'];

// biome-ignore format: a table reads best as a table
const ROWS: Row[] = [
  // Opening. §3.10.1: "passive ... enter LISTEN"; "active ... issue a SYN segment ... enter SYN-SENT".
  ['CLOSED',       'passive-open',       'LISTEN',       null,    '§3.10.1',   true],
  ['CLOSED',       'active-open',        'SYN-SENT',     SYN,     '§3.10.1',   true],
  // §3.10.2 SEND in LISTEN: "change the connection from passive to active, select an ISS. Send a SYN segment".
  ['LISTEN',       'send',               'SYN-SENT',     SYN,     '§3.10.2',   true],
  // §3.10.7.2 LISTEN, third check for a SYN: "send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> ... enter SYN-RECEIVED".
  ['LISTEN',       'rcv-syn',            'SYN-RECEIVED', SYN_ACK, '§3.10.7.2', true],
  ['LISTEN',       'close',              'CLOSED',       null,    '§3.10.4',   true],
  // §3.10.7.3 SYN-SENT, fourth check: with our SYN acked "enter ESTABLISHED, form an ACK segment".
  ['SYN-SENT',     'rcv-syn-ack',        'ESTABLISHED',  ACK,     '§3.10.7.3', true],
  // §3.10.7.3: "Otherwise, enter SYN-RECEIVED, form a SYN,ACK segment" (simultaneous open).
  ['SYN-SENT',     'rcv-syn',            'SYN-RECEIVED', SYN_ACK, '§3.10.7.3', true],
  // §3.10.7.3 first check: "If the ACK was acceptable, then signal ... 'error: connection reset', drop the segment, enter CLOSED".
  ['SYN-SENT',     'rcv-rst',            'CLOSED',       null,    '§3.10.7.3', false],
  ['SYN-SENT',     'close',              'CLOSED',       null,    '§3.10.4',   true],
  ['SYN-SENT',     'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  // §3.10.7.4 fifth check, SYN-RECEIVED: "If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED".
  ['SYN-RECEIVED', 'rcv-ack-of-syn',     'ESTABLISHED',  null,    '§3.10.7.4', true],
  // §3.10.7.4 second check, SYN-RECEIVED: "If this connection was initiated with a passive OPEN
  // (i.e., came from the LISTEN state), then return this connection to LISTEN state and return."
  // Figure 5 draws it: "rcv RST (note 1)".
  ['SYN-RECEIVED', 'rcv-rst',            'LISTEN',       null,    '§3.10.7.4', true],
  // §3.10.7.4 fourth check, SYN-RECEIVED: "If the connection was initiated with a passive OPEN,
  // then return this connection to the LISTEN state and return." Figure 5 does not draw it.
  ['SYN-RECEIVED', 'rcv-syn',            'LISTEN',       null,    '§3.10.7.4', false],
  // "If this connection was initiated with an active OPEN (i.e., came from SYN-SENT state), then
  // the connection was refused; signal the user "connection refused". [...] And in the active
  // OPEN case, enter the CLOSED state and delete the TCB, and return."
  ['SYN-RECEIVED', 'rcv-rst-active-open', 'CLOSED',    null,    '§3.10.7.4', false],
  // §3.10.4 CLOSE in SYN-RECEIVED: "form a FIN segment and send it, and enter FIN-WAIT-1".
  ['SYN-RECEIVED', 'close',              'FIN-WAIT-1',   FIN_ACK, '§3.10.4',   true],
  ['SYN-RECEIVED', 'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  // §3.10.4 CLOSE in ESTABLISHED: "form a FIN segment and send it, and enter FIN-WAIT-1".
  ['ESTABLISHED',  'close',              'FIN-WAIT-1',   FIN_ACK, '§3.10.4',   true],
  // §3.10.7.4 eighth check, FIN bit, ESTABLISHED: "Enter the CLOSE-WAIT state" (the FIN is acknowledged).
  ['ESTABLISHED',  'rcv-fin',            'CLOSE-WAIT',   ACK,     '§3.10.7.4', true],
  ['ESTABLISHED',  'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['ESTABLISHED',  'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  // §3.10.5 ABORT in ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2 and CLOSE-WAIT: "Send a reset segment:
  // <SEQ=SND.NXT><CTL=RST> [...] Delete the TCB, enter CLOSED state, and return." In CLOSING,
  // LAST-ACK and TIME-WAIT it sends nothing; in SYN-RECEIVED it sends a RST too, but the simulator
  // never aborts and a capture's RST from SYN-RECEIVED answers an unacceptable ACK (§3.10.7.4),
  // so no step takes that edge and it is left out.
  ['ESTABLISHED',  'abort',              'CLOSED',       RST,     '§3.10.5',   false],
  // §3.10.7.4 fifth check, FIN-WAIT-1: "if the FIN segment is now acknowledged, then enter FIN-WAIT-2".
  ['FIN-WAIT-1',   'rcv-ack-of-fin',     'FIN-WAIT-2',   null,    '§3.10.7.4', true],
  // §3.10.7.4 eighth check, FIN-WAIT-1: "If our FIN has been ACKed ..., then enter TIME-WAIT ...;
  // otherwise, enter the CLOSING state." Figure 5 leaves the first out (its Note 2: "The figure
  // omits a transition from FIN-WAIT-1 to TIME-WAIT if a FIN is received and the local FIN is
  // also acknowledged").
  ['FIN-WAIT-1',   'rcv-fin-ack-of-fin', 'TIME-WAIT',    ACK,     '§3.10.7.4', false],
  ['FIN-WAIT-1',   'rcv-fin',            'CLOSING',      ACK,     '§3.10.7.4', true],
  ['FIN-WAIT-1',   'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['FIN-WAIT-1',   'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  ['FIN-WAIT-1',   'abort',              'CLOSED',       RST,     '§3.10.5',   false],
  // §3.10.7.4 eighth check, FIN-WAIT-2: "Enter the TIME-WAIT state. Start the time-wait timer".
  ['FIN-WAIT-2',   'rcv-fin',            'TIME-WAIT',    ACK,     '§3.10.7.4', true],
  ['FIN-WAIT-2',   'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['FIN-WAIT-2',   'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  ['FIN-WAIT-2',   'abort',              'CLOSED',       RST,     '§3.10.5',   false],
  // §3.10.4 CLOSE in CLOSE-WAIT: "Queue this request until all preceding SENDs have been segmentized;
  // then send a FIN segment, enter LAST-ACK state."
  ['CLOSE-WAIT',   'close',              'LAST-ACK',     FIN_ACK, '§3.10.4',   true],
  ['CLOSE-WAIT',   'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['CLOSE-WAIT',   'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  ['CLOSE-WAIT',   'abort',              'CLOSED',       RST,     '§3.10.5',   false],
  // §3.10.7.4 fifth check, CLOSING: "if the ACK acknowledges our FIN, then enter the TIME-WAIT state".
  ['CLOSING',      'rcv-ack-of-fin',     'TIME-WAIT',    null,    '§3.10.7.4', true],
  ['CLOSING',      'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['CLOSING',      'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  // §3.10.7.4 fifth check, LAST-ACK: "If our FIN is now acknowledged, delete the TCB, enter the CLOSED state".
  ['LAST-ACK',     'rcv-ack-of-fin',     'CLOSED',       null,    '§3.10.7.4', true],
  ['LAST-ACK',     'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
  ['LAST-ACK',     'user-timeout',       'CLOSED',       null,    '§3.10.8',   false],
  // §3.10.7.4 eighth check, TIME-WAIT: "Remain in the TIME-WAIT state. Restart the 2 MSL time-wait timeout."
  // A self-loop, kept in the table because the FIN's second arrival is what TIME-WAIT is for.
  ['TIME-WAIT',    'rcv-fin',            'TIME-WAIT',    ACK,     '§3.10.7.4', false],
  // §3.10.8: "If the time-wait timeout expires on a connection, delete the TCB, enter the CLOSED state".
  ['TIME-WAIT',    'timeout-2msl',       'CLOSED',       null,    '§3.10.8',   true],
  // Against §3.10.8 and the quiet time of §3.6.1: TIME-WAIT left at once (time-wait-cut-short).
  ['TIME-WAIT',    'timeout-cut-short',  'CLOSED',       null,    '§3.10.8',   false],
  ['TIME-WAIT',    'rcv-rst',            'CLOSED',       null,    '§3.10.7.4', false],
];

export const TCP_TRANSITIONS: readonly TcpTransition[] = ROWS.map(
  ([from, event, to, sends, section, inFigure5]) => ({
    id: `${from}--${event}`,
    from,
    event,
    to,
    sends,
    rfc: `RFC 9293 ${section}`,
    inFigure5,
  }),
);

/** The edge leaving `from` on `event`, or undefined if the table has none. */
export function findTransition(from: TcpState, event: TcpEvent): TcpTransition | undefined {
  return TCP_TRANSITIONS.find((edge) => edge.from === from && edge.event === event);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: TcpState,
    readonly event: TcpEvent,
  ) {
    super(`No edge of TCP_TRANSITIONS leaves ${from} on ${event}`);
    this.name = 'IllegalTransitionError';
  }
}

/** The edge for (from, event); throws if there is none, so no state change escapes the table. */
export function takeTransition(from: TcpState, event: TcpEvent): TcpTransition {
  const edge = findTransition(from, event);
  if (!edge) throw new IllegalTransitionError(from, event);
  return edge;
}
