/**
 * One generator per question kind: given a timeline and a step, the question that holds that
 * step back, or null where the kind has nothing to ask. The right choice is read from the step
 * itself; the wrong ones are the classic mistakes, computed from the same numbers.
 */
import { LINUX, TEXTBOOK } from '../tcp/config';
import { seqAdd, seqLt } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import { resendingStep } from '../timeline/steps';
import type { Endpoint, HttpMessageRecord, Segment, Step, Timeline } from '../timeline/types';
import type { Choice, ChoiceForm, Mistake, Numbering, Question, QuestionKind } from './types';

/** A question before its choices are shuffled. */
export type Draft = Question;

const right = (value: string, form: ChoiceForm = 'literal'): Choice => ({
  value,
  form,
  correct: true,
  mistake: null,
});
const wrong = (value: string, mistake: Mistake, form: ChoiceForm = 'literal'): Choice => ({
  value,
  form,
  correct: false,
  mistake,
});

/** The right choice and the wrong ones whose value differs from every earlier choice, 3–4 of them. */
function choicesOf(correct: Choice, wrongs: Choice[]): Choice[] | null {
  const out = [correct];
  for (const w of wrongs) {
    if (out.length === 4) break;
    if (!out.some((c) => c.value === w.value && c.form === w.form)) out.push(w);
  }
  return out.length >= 3 ? out : null;
}

/** Flags as the diagram's labels write them (`[SYN, ACK]`). */
const flagsOf = (s: Segment) => s.flags.join(', ');
const firstOut = (t: Timeline, step: Step): Segment | undefined =>
  step.segmentsOut.length > 0 ? t.segments[step.segmentsOut[0] as number] : undefined;
const segmentIn = (t: Timeline, step: Step): Segment | undefined =>
  step.segmentIn === null ? undefined : t.segments[step.segmentIn];

function draft(
  kind: QuestionKind,
  step: Step,
  variant: string,
  params: Question['params'],
  choices: Choice[] | null,
  endpoint: Endpoint | null = step.endpoint,
): Draft | null {
  return choices ? { kind, step: step.index, endpoint, variant, params, choices } : null;
}

/**
 * Which flags the answer to a SYN, or a close, carries. RFC 9293 §3.10.7.2: a SYN in LISTEN is
 * answered `<SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>`; §3.10.7.4 and §3.5: once synchronised, every
 * segment carries ACK, a FIN included.
 */
function flags(t: Timeline, step: Step): Draft | null {
  const out = firstOut(t, step);
  if (!out || out.retransmissionOf !== null) return null;
  const value = flagsOf(out);
  if (step.reason === 'syn-received' && !step.detail.simultaneousOpen) {
    return draft(
      'flags',
      step,
      'syn-ack',
      { segment: out.id },
      choicesOf(right(value), [
        wrong('SYN', 'syn-without-ack'),
        wrong('ACK', 'ack-without-syn'),
        wrong('RST', 'rst-instead'),
      ]),
    );
  }
  if (step.reason === 'active-close' || step.reason === 'passive-close') {
    if (!out.flags.includes('FIN')) return null;
    return draft(
      'flags',
      step,
      'fin',
      { segment: out.id },
      choicesOf(right(value), [
        wrong(out.flags.filter((f) => f !== 'ACK').join(', '), 'fin-without-ack'),
        wrong('ACK', 'ack-only-close'),
        wrong('RST, ACK', 'rst-instead'),
      ]),
    );
  }
  return null;
}

/** A sequence number in both numberings: absolute, and relative to its sender's ISN. */
interface Numbers {
  absolute: number;
  relative: number;
}

/**
 * The acknowledgment number: RCV.NXT, the next sequence number expected, which is SEG.SEQ +
 * SEG.LEN of an in-order segment (RFC 9293 §3.4: a SYN and a FIN each count one). Its numbers
 * are written in the numbering the page shows (relative, as Wireshark and the diagram do by
 * default, or absolute). A wrong choice is kept only where it differs from the others in both
 * numberings, so that the question has the same choices in the same order whichever is shown,
 * and a saved answer (a choice's index) means the same choice after the numbering changes.
 */
function ack(t: Timeline, step: Step, numbering: Numbering): Draft | null {
  const asks = ['syn-received', 'syn-ack-received', 'data-received', 'fin-received'];
  if (!asks.includes(step.reason)) return null;
  const seg = segmentIn(t, step);
  const out = firstOut(t, step);
  if (!seg || !out?.flags.includes('ACK') || seg.segLen === 0) return null;
  // Only where the answer is the arithmetic the question teaches (an in-order segment).
  if (out.ack !== seqAdd(seg.seq, seg.segLen)) return null;
  const plus = (abs: number, rel: number, n: number): Numbers => ({
    absolute: seqAdd(abs, n),
    relative: seqAdd(rel, n),
  });
  const segSeq = (n: number) => plus(seg.seq, seg.relSeq, n);
  const ownSeq = (n: number) => plus(out.seq, out.relSeq, n);
  const variant = seg.flags.includes('SYN') ? 'syn' : seg.flags.includes('FIN') ? 'fin' : 'data';
  const wrongs: [Numbers, Mistake][] =
    variant === 'data'
      ? [
          [segSeq(0), 'ack-equals-seq'],
          [segSeq(seg.payloadLength + 1), 'ack-plus-one-data'],
          [ownSeq(0), 'ack-own-seq'],
        ]
      : [
          [segSeq(0), 'ack-equals-seq'],
          [ownSeq(0), 'ack-own-seq'],
          [segSeq(2), 'ack-plus-one-data'],
        ];
  const kept: Numbers[] = [plus(out.ack, out.relAck, 0)];
  const distinct = ([n]: [Numbers, Mistake]) => {
    const clash = kept.some((k) => k.absolute === n.absolute || k.relative === n.relative);
    if (!clash) kept.push(n);
    return !clash;
  };
  const shown = (n: Numbers) => String(n[numbering]);
  return draft(
    'ack',
    step,
    variant,
    { seq: shown(segSeq(0)), len: seg.payloadLength, flags: flagsOf(seg), segment: out.id },
    choicesOf(
      right(shown(kept[0] as Numbers)),
      wrongs.filter(distinct).map(([n, mistake]) => wrong(shown(n), mistake)),
    ),
  );
}

/**
 * The state a receiver enters, with the states it is classically confused with (RFC 9293
 * Figure 5). Keyed by the state entered.
 */
const STATE_MISTAKES: Partial<Record<TcpState, [TcpState, Mistake][]>> = {
  'SYN-RECEIVED': [
    ['ESTABLISHED', 'server-established-early'],
    ['SYN-SENT', 'role-swapped'],
  ],
  ESTABLISHED: [
    ['SYN-RECEIVED', 'role-swapped'],
    ['SYN-SENT', 'role-swapped'],
  ],
  'CLOSE-WAIT': [
    ['CLOSED', 'closed-at-once'],
    ['TIME-WAIT', 'time-wait-passive'],
    ['FIN-WAIT-2', 'role-swapped'],
  ],
  'FIN-WAIT-2': [
    ['TIME-WAIT', 'time-wait-early'],
    ['CLOSED', 'closed-at-once'],
    ['CLOSE-WAIT', 'role-swapped'],
  ],
  'TIME-WAIT': [
    ['CLOSED', 'closed-at-once'],
    ['CLOSE-WAIT', 'role-swapped'],
    ['LAST-ACK', 'role-swapped'],
  ],
  // RFC 9293 §3.10.7.4, LAST-ACK: "delete the TCB, enter the CLOSED state". The connection does
  // not go back to LISTEN, which the server's listening socket keeps on its own.
  CLOSED: [
    ['TIME-WAIT', 'time-wait-passive'],
    ['LISTEN', 'closed-not-listen'],
  ],
  // RFC 9293 §3.10.7.4, eighth step, FIN-WAIT-1: a FIN that does not acknowledge this end's own
  // enters CLOSING. The other end's FIN is this segment; what TIME-WAIT still needs is that ACK.
  CLOSING: [
    ['TIME-WAIT', 'time-wait-own-fin-unacked'],
    ['CLOSE-WAIT', 'role-swapped'],
    ['CLOSED', 'closed-at-once'],
  ],
};

/** The states of the end that receives a FIN before it sends its own (RFC 9293 Figure 5). */
const PASSIVE_CLOSE_STATES: readonly TcpState[] = ['CLOSE-WAIT', 'LAST-ACK'];

/**
 * What staying in the state the receiver was in would have meant: nothing in the segment
 * concerns it, but for a RST in TIME-WAIT, which RFC 1337 recommends ignoring (Linux does, with
 * tcp_rfc1337 = 1) and RFC 9293 §3.10.7.4 lets close the connection, as this simulator does.
 */
const stayMistake = (from: TcpState, seg: Segment): Mistake =>
  from === 'TIME-WAIT' && seg.flags.includes('RST') ? 'rst-in-time-wait' : 'state-unchanged';

/**
 * What TIME-WAIT would have meant after a RST: RFC 9293 §3.10.7.4, second check, "If the RST bit
 * is set [...] enter the CLOSED state, delete the TCB, and return" in every synchronized state.
 * TIME-WAIT follows the exchange of FINs, not an abort, whichever end closed first: a captured
 * RST may reach an end in FIN-WAIT-2, which did close first.
 */
const RST_MISTAKES: Partial<Record<TcpState, Mistake>> = { 'TIME-WAIT': 'rst-no-time-wait' };

function state(t: Timeline, step: Step): Draft | null {
  if (step.kind !== 'receive' || !step.endpoint) return null;
  const change = step.changes.find((c) => c.endpoint === step.endpoint);
  if (!change) return null;
  const mistakes = STATE_MISTAKES[change.to];
  if (!mistakes) return null;
  const seg = segmentIn(t, step) as Segment;
  // "Stays where it is" is a mistake only if the state really changes, and said only of the
  // state the receiver was in.
  const stays = stayMistake(change.from, seg);
  // Where both ends close actively, no end plays the passive role whose states these are.
  const noPassive = activeClosers(t, step.connection).ends.length === 2;
  const mistakeOf = (s: TcpState, m: Mistake): Mistake => {
    if (s === change.from) return stays;
    const reset = seg.flags.includes('RST') ? RST_MISTAKES[s] : undefined;
    if (reset) return reset;
    return noPassive && PASSIVE_CLOSE_STATES.includes(s) ? 'no-passive-closer' : m;
  };
  const wrongs = mistakes
    .filter(([s]) => s !== change.to)
    .map(([s, m]) => wrong(s, mistakeOf(s, m)));
  if (!wrongs.some((w) => w.value === change.from)) {
    wrongs.push(wrong(change.from, stays));
  }
  return draft(
    'state',
    step,
    'enters',
    {
      from: change.from,
      segment: step.segmentIn ?? -1,
      flags: flagsOf(seg),
    },
    choicesOf(right(change.to), wrongs),
  );
}

const messageOf = (t: Timeline, step: Step): HttpMessageRecord | undefined =>
  step.message ? t.messages.find((m) => m.id === step.message?.messageId) : undefined;

const latin1 = (m: HttpMessageRecord, start: number, end: number) =>
  m.bytes.slice(start, end).replace(/\r\n$/, '');

/**
 * The next block a sender writes: a Content-Length's value (RFC 9110 §8.6: the content's
 * octets, not the blank line's CR LF), the request after a redirect (RFC 9110 §15.4: to the
 * Location), or what follows the start line (RFC 9112 §2.1: the field lines, then the blank
 * line, then the body).
 */
function block(t: Timeline, step: Step): Draft | null {
  const m = messageOf(t, step);
  if (!m || !step.message || step.message.direction !== 'write') return null;
  const b = m.blocks[step.message.block];
  if (!b) return null;
  const body = m.blocks.find((x) => x.kind === 'body');
  const bodyOctets = body ? body.end - body.start : 0;
  if (b.kind === 'header' && b.name?.toLowerCase() === 'content-length') {
    const value = Number(b.value);
    if (!Number.isSafeInteger(value) || value !== bodyOctets) return null;
    return draft(
      'block',
      step,
      'content-length',
      { octets: bodyOctets, kind: m.kind },
      choicesOf(right(`${b.name}: ${value}`), [
        wrong(`${b.name}: ${value + 2}`, 'content-length-crlf'),
        wrong(`${b.name}: ${m.bytes.length}`, 'content-length-whole'),
      ]),
    );
  }
  if (b.kind === 'start-line' && m.kind === 'request') {
    const followed = [...t.steps]
      .slice(0, step.index)
      .reverse()
      .find((s) => s.reason === 'redirect-followed');
    const previous = [...t.messages]
      .reverse()
      .find((x) => x.kind === 'request' && x.id < m.id && x.from === m.from);
    if (followed?.reason !== 'redirect-followed' || !previous) return null;
    if (previous.startLine === m.startLine) return null;
    return draft(
      'block',
      step,
      'redirect',
      { status: followed.detail.status, location: followed.detail.location },
      choicesOf(right(m.startLine), [
        wrong(previous.startLine, 'redirect-same-path'),
        wrong('none', 'redirect-not-followed', 'fate'),
      ]),
    );
  }
  // What follows the start line, asked of messages that have a body.
  const before = m.blocks[step.message.block - 1];
  if (b.kind === 'header' && before?.kind === 'start-line' && body) {
    return draft(
      'block',
      step,
      'next',
      { startLine: m.startLine, kind: m.kind },
      choicesOf(right(latin1(m, b.start, b.end)), [
        wrong('', 'headers-end-early', 'blank-line'),
        wrong(String(bodyOctets), 'body-before-headers', 'body'),
      ]),
    );
  }
  return null;
}

/**
 * The ends of a connection that close actively: each sends its FIN before the other's has reached
 * it (RFC 9293 §3.6; both, a simultaneous close, is Figure 13), and the end whose FIN leaves
 * first. Read from the timeline's segments, since the first FIN does not say it: in a
 * simultaneous close one FIN leaves first, and both ends are active.
 */
function activeClosers(t: Timeline, connection: number): { ends: Endpoint[]; first: Endpoint } {
  const steps = t.steps.filter((s) => s.connection === connection);
  const hasFin = (id: number | null) => id !== null && t.segments[id]?.flags.includes('FIN');
  const index = (found: Step | undefined) => found?.index ?? Number.POSITIVE_INFINITY;
  const sent = (e: Endpoint) =>
    index(steps.find((s) => s.segmentsOut.some((id) => hasFin(id) && t.segments[id]?.from === e)));
  const received = (e: Endpoint) =>
    index(steps.find((s) => s.kind === 'receive' && s.endpoint === e && hasFin(s.segmentIn)));
  const ends = (['client', 'server'] as const).filter((e) => sent(e) < received(e));
  return { ends, first: sent('client') < sent('server') ? 'client' : 'server' };
}

const otherEnd = (e: Endpoint): Endpoint => (e === 'client' ? 'server' : 'client');

/** Where one end alone closes actively: the other choices, and what each would have meant. */
const CLOSER_MISTAKES: [string, Mistake][] = [
  ['client', 'closer-client'],
  ['server', 'closer-server'],
  ['both', 'closer-both'],
];

/** Which end closes actively, asked where the first end closes. */
function closer(t: Timeline, step: Step): Draft | null {
  if (step.reason !== 'active-close' || !step.endpoint) return null;
  const first = t.steps.find(
    (s) => s.connection === step.connection && s.reason === 'active-close',
  );
  if (first !== step) return null;
  const active = activeClosers(t, step.connection);
  if (active.ends.length === 0) return null;
  const both = active.ends.length === 2;
  const truth = both ? 'both' : (active.ends[0] as Endpoint);
  // In a simultaneous close each end alone is half the truth: its note says which half.
  const wrongs: [string, Mistake][] = both
    ? [
        [active.first, 'closer-both-sent-first'],
        [otherEnd(active.first), 'closer-both-sent-second'],
      ]
    : CLOSER_MISTAKES.filter(([v]) => v !== truth);
  return draft(
    'closer',
    step,
    'active',
    { connection: step.connection },
    choicesOf(
      right(truth, 'endpoint'),
      wrongs.map(([v, m]) => wrong(v, m, 'endpoint')),
    ),
    null,
  );
}

/**
 * What "it arrives" misses about a lost segment. One that takes sequence space (data, a SYN, a
 * FIN) is sent again when its sender's retransmission timer expires (RFC 6298 §5.1 starts that
 * timer for it), or sooner, on the third duplicate ACK, if the timeline shows a fast retransmit
 * of it (RFC 5681 §3.2). One that takes none (SEG.LEN 0, RFC 9293 §3.4), a bare ACK, has no timer and is
 * never sent again: what it acknowledged is, by its receiver's own timer, if the timeline shows
 * that happen; otherwise the note says only that nobody resends it.
 */
function lostMistake(t: Timeline, step: Step, seg: Segment): Mistake {
  if (seg.segLen > 0)
    return fastRetransmitted(t, seg) ? 'lost-fast-retransmitted-arrives' : 'lost-arrives';
  if (!seg.flags.includes('ACK') || seg.flags.includes('RST')) return 'lost-unsequenced-arrives';
  const resent = t.steps.some((s) => {
    if (s.index <= step.index || s.connection !== step.connection) return false;
    if (s.reason !== 'retransmission-timeout' || s.endpoint !== seg.to) return false;
    const again = firstOut(t, s);
    return again !== undefined && seqLt(again.seq, seg.ack);
  });
  return resent ? 'lost-ack-arrives' : 'lost-unsequenced-arrives';
}

/** Whether the first time `seg`'s sequence space is sent again after it, a fast retransmit sends it. */
const fastRetransmitted = (t: Timeline, seg: Segment): boolean =>
  resendingStep(t, seg)?.reason === 'fast-retransmit';

/**
 * Whether a segment arrives: asked where the network drops one, and, as a control, of the first
 * data segment that does arrive in a timeline with a loss.
 */
function arrives(t: Timeline, step: Step): Draft | null {
  const hasLoss = t.segments.some((s) => s.arrivesAt === null);
  if (!hasLoss) return null;
  const seg = segmentIn(t, step);
  if (!seg) return null;
  const params = { segment: seg.id, flags: flagsOf(seg), len: seg.payloadLength, from: seg.from };
  const fates = (truth: 'arrives' | 'lost') =>
    choicesOf(right(truth, 'fate'), [
      truth === 'lost'
        ? wrong('arrives', lostMistake(t, step, seg), 'fate')
        : wrong('lost', 'arrived-lost', 'fate'),
      wrong('refused', 'refused-with-rst', 'fate'),
    ]);
  if (step.reason === 'segment-lost')
    return draft('arrives', step, 'fate', params, fates('lost'), seg.to);
  const firstData = t.steps.find((s) => s.reason === 'data-received' && s.segmentIn !== null);
  if (step === firstData) return draft('arrives', step, 'fate', params, fates('arrives'), seg.to);
  return null;
}

/** TIME-WAIT lasts 2×MSL (RFC 9293 §3.4.2, §3.10.7.4), the profile's MSL. */
function timeWait(t: Timeline, step: Step): Draft | null {
  if (step.reason !== 'fin-received' && step.reason !== 'fin-acked') return null;
  const ms = step.detail.timeWaitMs;
  if (ms === null) return null;
  const other = (t.profile === 'linux' ? TEXTBOOK : LINUX).mslMs * 2;
  return draft(
    'time-wait',
    step,
    t.profile,
    { profile: t.profile },
    choicesOf(right(String(ms), 'duration'), [
      wrong(String(ms / 2), 'time-wait-one-msl', 'duration'),
      wrong('0', 'time-wait-none', 'duration'),
      wrong(String(other), 'time-wait-other-profile', 'duration'),
    ]),
  );
}

/** Statuses a student may expect, and what each would have meant (RFC 9110 §15). */
const STATUSES: [string, Mistake][] = [
  ['200 OK', 'status-200'],
  ['404 Not Found', 'status-404'],
  ['301 Moved Permanently', 'status-301'],
  ['405 Method Not Allowed', 'status-405'],
  ['400 Bad Request', 'status-400'],
];

function status(t: Timeline, step: Step): Draft | null {
  if (step.reason !== 'status-line-written') return null;
  const m = messageOf(t, step);
  if (!m) return null;
  const truth = m.startLine.replace(/^HTTP\/\d\.\d /, '');
  const request = [...t.messages]
    .reverse()
    .find((x) => x.kind === 'request' && x.id < m.id && x.connection === m.connection);
  return draft(
    'status',
    step,
    'answer',
    { request: request?.startLine ?? '' },
    choicesOf(
      right(truth),
      STATUSES.filter(([s]) => s !== truth).map(([s, mistake]) => wrong(s, mistake)),
    ),
  );
}

/** The generators, in the order a step is offered to them (one question per step). */
export const GENERATORS: Record<
  QuestionKind,
  (t: Timeline, step: Step, numbering: Numbering) => Draft | null
> = {
  flags,
  ack,
  state,
  block,
  closer,
  arrives,
  'time-wait': timeWait,
  status,
};
