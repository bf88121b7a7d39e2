/**
 * Why a step happened (its `reason`) and the facts that reason carries (its `detail`), as one
 * table. The table is the single definition of both: the types `StepReason` and `StepDetail`
 * are derived from it, and so is each reason's `detail` in `timeline.schema.json`
 * (`src/timeline/schema.ts`). A describer that reads a field its reason does not carry fails the
 * type check (`app/explain/describe.types.test.ts` shows it).
 *
 * Every field of a reason's detail is always present; a fact that applies only sometimes is
 * `null` when it does not (e.g. `timeWaitMs` of a FIN that leads to CLOSE-WAIT). Each reason is
 * also one pair of keys in the string catalogues, `step.<reason>` and `why.<reason>`.
 *
 * This file imports nothing, so that both the TCP functions (which name their outcomes with
 * these reasons) and the timeline's types can import it.
 */

/** The JSON Schema of one detail field: the few forms the table below uses. */
type FieldSchema =
  | {
      readonly type: 'number' | 'integer' | 'string' | 'boolean';
      readonly minimum?: number;
      readonly description: string;
    }
  | {
      readonly type: readonly ['number' | 'integer', 'null'];
      readonly minimum?: number;
      readonly description: string;
    }
  | { readonly enum: readonly string[]; readonly description: string };

/** Milliseconds of virtual time, never negative. */
const duration = (description: string) => ({ type: 'number', minimum: 0, description }) as const;

/** The 2×MSL timer, started (or restarted) by this step, or null where this step starts none. */
const timeWaitOrNull = {
  type: ['number', 'null'],
  minimum: 0,
  description: 'The 2×MSL TIME-WAIT timer this step starts (ms), or null if it starts none.',
} as const;

/** What one reason means, and the detail it carries. */
interface ReasonSpec {
  readonly about: string;
  readonly detail: { readonly [field: string]: FieldSchema };
}

export const STEP_REASON_TABLE = {
  start: { about: 'Step 0: nothing has been sent; the server is listening.', detail: {} },

  // Opening (RFC 9293 §3.5)
  'passive-open': {
    about: "The server's passive OPEN. simulate() does it before step 0 and records no step.",
    detail: {},
  },
  'active-open': { about: 'The client calls OPEN and sends its SYN.', detail: {} },
  'syn-received': {
    about: 'A SYN arrives in LISTEN (or in SYN-SENT: a simultaneous open); a SYN,ACK answers it.',
    detail: {
      simultaneousOpen: {
        type: 'boolean',
        description: 'The SYN arrived in SYN-SENT (RFC 9293 Figure 7), not in LISTEN.',
      },
    },
  },
  'syn-ack-received': { about: 'The SYN,ACK arrives in SYN-SENT; an ACK answers it.', detail: {} },
  'handshake-ack-received': {
    about: 'The ACK of our SYN arrives in SYN-RECEIVED: the handshake is complete.',
    detail: {},
  },

  // Data (RFC 9293 §3.10.7.4, §3.8)
  'data-sent': {
    about: 'TCP sends the next segment of queued octets.',
    detail: {
      windowFull: {
        enum: ['none', 'cwnd', 'rwnd'],
        description:
          "After this segment, which window keeps the octets still queued from leaving until ACKs come: the sender's congestion window (cwnd, RFC 5681 §3.1) or the peer's receive window (rwnd, RFC 9293 §3.8.6.2.1), whichever is smaller; 'none' if they leave at once or none are left.",
      },
    },
  },
  'data-received': { about: 'In-order data arrives and is delivered.', detail: {} },
  'ack-received': {
    about: 'An ACK acknowledges octets (or a SYN or FIN) not acknowledged before.',
    detail: {
      acked: {
        type: 'integer',
        minimum: 0,
        description:
          'Sequence numbers newly acknowledged: how far SND.UNA moves (0 for an ACK of something never sent, which is answered with an ACK).',
      },
      cwnd: {
        enum: ['slow-start', 'congestion-avoidance', 'fast-recovery-ended', 'unchanged'],
        description:
          "What the ACK did to the receiving end's congestion window (RFC 5681 §3.1): grew it in slow start (cwnd below ssthresh: about one segment for each segment acknowledged, so that it doubles every round trip), grew it in congestion avoidance (about one segment per round trip), set it to ssthresh at the end of fast recovery (§3.2 step 6: the first ACK of new data after a fast retransmit), or left it (no new data of this end acknowledged).",
      },
    },
  },
  'ack-sent': {
    about: 'The delayed-ACK timer sends a bare ACK (linux profile; RFC 9293 §3.8.6.3).',
    detail: { delayMs: duration('How long the ACK waited for data to ride on.') },
  },

  // HTTP messages (RFC 9112), one block a step
  'request-line-written': { about: 'The client writes the request line.', detail: {} },
  'request-header-written': { about: 'The client writes one header line.', detail: {} },
  'request-blank-line-written': { about: 'The client writes the blank line.', detail: {} },
  'request-body-written': { about: 'The client writes the body.', detail: {} },
  'request-line-parsed': { about: 'The server reads the request line.', detail: {} },
  'request-header-parsed': { about: 'The server reads one header line.', detail: {} },
  'request-blank-line-parsed': { about: 'The server reads the blank line.', detail: {} },
  'request-body-parsed': { about: 'The server reads the body.', detail: {} },
  'status-line-written': { about: 'The server writes the status line.', detail: {} },
  'response-header-written': { about: 'The server writes one header line.', detail: {} },
  'response-blank-line-written': { about: 'The server writes the blank line.', detail: {} },
  'response-body-written': { about: 'The server writes the body.', detail: {} },
  'status-line-parsed': { about: 'The client reads the status line.', detail: {} },
  'response-header-parsed': { about: 'The client reads one header line.', detail: {} },
  'response-blank-line-parsed': { about: 'The client reads the blank line.', detail: {} },
  'response-body-parsed': { about: 'The client reads the body.', detail: {} },
  'redirect-followed': {
    about: 'The client decides to follow a redirect (RFC 9110 §15.4).',
    detail: {
      status: { type: 'integer', minimum: 300, description: 'The 3xx status code.' },
      location: { type: 'string', description: 'The Location field value, as sent.' },
    },
  },

  // Closing (RFC 9293 §3.6)
  'active-close': { about: 'CLOSE before the peer has closed: a FIN (FIN-WAIT-1).', detail: {} },
  'fin-received': {
    about: "The peer's FIN arrives and is acknowledged (CLOSE-WAIT, or TIME-WAIT).",
    detail: { timeWaitMs: timeWaitOrNull },
  },
  'fin-acked': {
    about: 'The ACK of our FIN arrives (FIN-WAIT-2, or TIME-WAIT from CLOSING).',
    detail: { timeWaitMs: timeWaitOrNull },
  },
  'passive-close': { about: 'CLOSE after the peer has closed: a FIN (LAST-ACK).', detail: {} },
  'simultaneous-fin': {
    about: "The peer's FIN arrives in FIN-WAIT-1 before the ACK of ours (CLOSING).",
    detail: {},
  },
  'time-wait-ack': {
    about: "The peer's FIN again, in TIME-WAIT: acknowledged again, and the 2×MSL timer restarts.",
    detail: { timeWaitMs: duration('The 2×MSL timer, restarted.') },
  },
  'time-wait-expired': {
    about: "TIME-WAIT's 2×MSL timer expires: CLOSED.",
    detail: { timeWaitMs: duration('The 2×MSL timer that expired.') },
  },
  'time-wait-cut-short': {
    about:
      "What if TIME-WAIT is cut short (the scenario's client.timeWait): the client leaves TIME-WAIT at once instead of after 2×MSL.",
    detail: {
      timeWaitMs: duration('The 2×MSL the profile would have waited (RFC 9293 §3.6.1, MUST-13).'),
    },
  },
  'last-ack-received': { about: 'The ACK of our FIN arrives in LAST-ACK: CLOSED.', detail: {} },

  // Loss and recovery (RFC 6298)
  'segment-lost': { about: 'The network drops a segment half way.', detail: {} },
  'retransmission-timeout': {
    about: 'The retransmission timer expires; the earliest unacknowledged segment is resent.',
    detail: {
      rto: duration('The timeout that expired (RTO).'),
      nextRto: duration('The RTO for the next timeout, backed off (RFC 6298 §5.5).'),
      attempt: {
        type: 'integer',
        minimum: 1,
        description: 'Which retransmission of this segment this is.',
      },
    },
  },
  'duplicate-ack-sent': {
    about:
      'A segment that is a duplicate or arrives out of order is answered by an ACK of RCV.NXT.',
    detail: {
      gap: {
        type: ['integer', 'null'],
        minimum: 1,
        description:
          'Octets missing before the segment when it arrived early (out of order); null when it repeats what has already arrived.',
      },
    },
  },
  'duplicate-ack-received': {
    about: 'A bare ACK that acknowledges nothing new (the receiver is missing a segment).',
    detail: {
      duplicateAcks: {
        type: 'integer',
        minimum: 0,
        description:
          'Duplicate ACKs (RFC 5681 §2) counted since the last ACK of new data, this one included; 0 when this ACK is none (its window changed, or no data was outstanding).',
      },
      fastRecovery: {
        type: 'boolean',
        description:
          'The ACK is a duplicate that arrived in fast recovery, after the fast retransmit: it enlarged cwnd by one segment (RFC 5681 §3.2 step 4).',
      },
    },
  },
  'fast-retransmit': {
    about:
      'The third duplicate ACK (RFC 5681 §2) in a row: the segment at SND.UNA is resent at once, without waiting for the retransmission timer, and fast recovery begins (RFC 5681 §3.2).',
    detail: {
      duplicateAcks: {
        type: 'integer',
        minimum: 1,
        description: 'Duplicate ACKs counted since the last ACK of new data (DupThresh, 3).',
      },
      cwnd: {
        type: 'integer',
        minimum: 0,
        description:
          'The congestion window after it, in octets: ssthresh + 3·SMSS (§3.2 step 3), inflated by the three segments the duplicates say have left the network.',
      },
      ssthresh: {
        type: 'integer',
        minimum: 0,
        description:
          'The slow start threshold after it, in octets: max(FlightSize / 2, 2·SMSS) (RFC 5681 equation 4), which cwnd returns to when new data is acknowledged.',
      },
    },
  },

  // Refusals (RFC 9293 §3.5.2, Figure 8)
  'old-duplicate-syn': {
    about: 'A SYN of an earlier incarnation arrives in LISTEN; a SYN,ACK answers it.',
    detail: {},
  },
  'rst-received': {
    about: 'A RST is accepted: the connection is refused, reset, or returns to LISTEN.',
    detail: {
      refused: {
        type: 'boolean',
        description: 'The RST answered our SYN: "connection refused" (RFC 9293 §3.10.7.3–4).',
      },
    },
  },
  'rst-sent': {
    about: 'A segment is refused with a RST.',
    detail: {
      refusing: {
        enum: ['no-connection', 'unacceptable-ack'],
        description:
          'Why: no connection exists (CLOSED, §3.10.7.1), or the segment acknowledges something never sent (§3.10.7.2–4).',
      },
    },
  },
  'segment-discarded': {
    about: "A segment that the state's rules say to drop without an answer.",
    detail: {},
  },
  'ack-throttled': {
    about:
      'An unacceptable segment that the rules answer with an ACK, dropped unanswered because this end sent such an ACK less than its throttling interval ago (RFC 5961 §7): a segment out of the window with no data (a bare ACK or a SYN), or one acknowledging something never sent. A segment with data or a FIN out of the window is always answered (Linux, tcp_oow_rate_limited).',
    detail: {
      intervalMs: {
        type: 'number',
        description: 'The throttling interval: at most one such ACK in this many ms.',
      },
    },
  },
  'duplicate-syn-received': {
    about:
      'SYN-RECEIVED: the peer repeats its SYN (our SYN,ACK was lost); the SYN,ACK is resent at once, as Linux does (`linux` profile). RFC 9293 §3.10.7.4 answers it with a bare ACK instead (`duplicate-ack-sent`).',
    detail: {},
  },
  'syn-returns-to-listen': {
    about:
      'SYN-RECEIVED after a passive OPEN: a SYN other than the one being answered arrives in the window; the half-open connection is dropped and the endpoint listens again (RFC 9293 §3.10.7.4, fourth check).',
    detail: {},
  },
  'old-segment-in-time-wait': {
    about:
      'A delayed segment of this connection arrives in TIME-WAIT: acknowledged and dropped, never delivered (the second reason for TIME-WAIT, RFC 9293 §3.6.1).',
    detail: {},
  },
  'old-segment-accepted': {
    about:
      'A delayed segment of an earlier incarnation arrives in a new connection on the same ports and is accepted as its data: TIME-WAIT was cut short.',
    detail: {
      sentOn: {
        type: 'integer',
        minimum: 0,
        description: 'The connection (earlier incarnation) that sent the segment.',
      },
    },
  },
  'time-wait-assassinated': {
    about:
      'A RST accepted in TIME-WAIT ends it before 2×MSL (RFC 9293 §3.10.7.4): TIME-WAIT assassination (RFC 1337).',
    detail: {},
  },
  'challenge-ack-sent': {
    about: 'RFC 5961 via RFC 9293 §3.10.7.4: a SYN, or a RST not at RCV.NXT, gets an ACK.',
    detail: {},
  },
  'retransmissions-exhausted': {
    about: 'RFC 9293 §3.8.3: too many retransmissions (R2); the connection is aborted.',
    detail: {
      retransmissions: {
        type: 'integer',
        minimum: 0,
        description: 'Retransmissions of the segment before giving up.',
      },
    },
  },

  // A captured conversation (src/capture/timeline.ts): what was seen, not simulated
  'capture-start': {
    about:
      "Step 0 of a capture that shows the handshake: the client is CLOSED, the server's passive OPEN came before the capture (LISTEN).",
    detail: {},
  },
  'capture-start-inferred': {
    about:
      'Step 0 of a capture that begins after the connection started: both states are inferred from the first segment, not seen.',
    detail: {},
  },
  'segment-captured': {
    about:
      'One segment of the capture, at its captured time; the states it changes are found through TCP_TRANSITIONS.',
    detail: {
      frame: {
        type: 'integer',
        minimum: 1,
        description: "The packet's number in the file (Wireshark's frame number).",
      },
    },
  },
} as const satisfies Record<string, ReasonSpec>;

type Table = typeof STEP_REASON_TABLE;

/** Why a step happened, for the describer. One key pair in the string catalogues each. */
export type StepReason = keyof Table;

/** Every StepReason, in the table's order. */
export const STEP_REASONS = Object.keys(STEP_REASON_TABLE) as StepReason[];

type ValueOfType<T> = T extends 'number' | 'integer'
  ? number
  : T extends 'string'
    ? string
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : never;

/** The TypeScript type of a field's schema. */
type ValueOf<F> = F extends { readonly enum: readonly (infer E)[] }
  ? E
  : F extends { readonly type: infer T }
    ? T extends readonly (infer U)[]
      ? ValueOfType<U>
      : ValueOfType<T>
    : never;

/** The detail a step of reason `R` carries, e.g. `StepDetail<'time-wait-expired'>` is `{ timeWaitMs: number }`. */
export type StepDetail<R extends StepReason> = {
  -readonly [K in keyof Table[R]['detail']]: ValueOf<Table[R]['detail'][K]>;
};

/**
 * A reason with its detail: what a TCP function or an application call says happened (a
 * named outcome). `Outcome<'time-wait-expired'>` is `{ reason: 'time-wait-expired';
 * detail: { timeWaitMs: number } }`; `Outcome` alone is the union of every reason's.
 */
export type Outcome<R extends StepReason = StepReason> = R extends StepReason
  ? { reason: R; detail: StepDetail<R> }
  : never;
