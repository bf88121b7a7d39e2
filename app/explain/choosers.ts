/**
 * The choosers of `variants.ts`: for each reason whose plain words are not true of every step,
 * which of its other words are (`strings.ts`). Fetched with those words (`words.ts`): the first
 * page (step 0) needs neither.
 */
import { methodOf, requestOf } from '../message/exchange';
import { listOf, requestVersionOf, responseVersionOf, writtenChunked } from '../message/fields';
import { resendingStep, type Segment, type Step, type Timeline } from '../model';
import type { Choosers, StepFacts, Variant, VariantKey } from './choice';
import { messageFacts } from './messageFacts';

const has = (segments: readonly (Segment | undefined)[], flag: string) =>
  segments.some((s) => s?.flags.includes(flag as Segment['flags'][number]));

/** The state `endpoint` left and entered at this step, if it changed. */
function change(f: StepFacts) {
  return f.step.changes.find((c) => c.endpoint === f.endpoint);
}

const sendingSteps = new WeakMap<Timeline, Map<number, number>>();

/**
 * The connection of the step that sent each segment. A client port may carry one incarnation
 * after another (`reusePort`), so ports alone do not tell two connections' segments apart.
 */
function sentOn(t: Timeline): Map<number, number> {
  let map = sendingSteps.get(t);
  if (!map) {
    map = new Map();
    for (const step of t.steps) for (const id of step.segmentsOut) map.set(id, step.connection);
    sendingSteps.set(t, map);
  }
  return map;
}

/**
 * Whether this step's FIN is also the first acknowledgment of the peer's FIN: the endpoint
 * sent no ACK of it before, so one segment carries both (a close in three segments).
 */
function finCarriesFirstAck(f: StepFacts): boolean {
  const fin = f.sent.find((s) => s.flags.includes('FIN'));
  if (!fin) return false;
  const on = sentOn(f.timeline);
  const before = f.timeline.segments.filter(
    (s) =>
      s.id < fin.id &&
      s.from === f.endpoint &&
      on.get(s.id) === f.step.connection &&
      s.flags.includes('ACK'),
  );
  const acked = Math.max(...before.map((s) => s.relAck), 0);
  return fin.relAck > acked && peerFinBefore(f, fin);
}

/** Whether the peer's FIN on this connection arrived before `segment` was sent. */
function peerFinBefore(f: StepFacts, segment: Segment): boolean {
  const on = sentOn(f.timeline);
  return f.timeline.segments.some(
    (s) =>
      s.id < segment.id &&
      s.to === f.endpoint &&
      on.get(s.id) === f.step.connection &&
      s.flags.includes('FIN') &&
      s.relSeq + s.segLen <= segment.relAck,
  );
}

/**
 * Whether `endpoint` no longer has this connection: it closed it from LAST-ACK, when its FIN was
 * acknowledged, and has had no state since (CLOSED, or only a listener left).
 */
function closedByFinAck(f: StepFacts): boolean {
  if (change(f)) return false;
  const last = f.timeline.steps
    .filter((s) => s.index < f.step.index && s.connection === f.step.connection)
    .flatMap((s) => s.changes)
    .filter((c) => c.endpoint === f.endpoint)
    .at(-1);
  return last?.from === 'LAST-ACK' && last.to === 'CLOSED';
}

/** Whether the peer sent a FIN on this connection before this step's segments. */
function peerFinSent(f: StepFacts): boolean {
  const first = f.sent[0];
  return f.timeline.segments.some(
    (s) =>
      s.from !== f.endpoint &&
      s.flags.includes('FIN') &&
      (first ? s.id < first.id : s.sentAt <= f.step.time) &&
      f.timeline.steps.some(
        (st) => st.connection === f.step.connection && st.segmentsOut.includes(s.id),
      ),
  );
}

/** The last response the server wrote on this step's connection before the step. */
function responseBefore(f: StepFacts) {
  const wrote = f.timeline.steps.findLast(
    (s) =>
      s.index < f.step.index &&
      s.connection === f.step.connection &&
      s.endpoint === 'server' &&
      s.message?.direction === 'write',
  );
  return wrote?.message ? f.timeline.messages[wrote.message.messageId] : undefined;
}

/**
 * Why the server closes first (RFC 9112 §9.3): its response's body ends where the connection
 * does (§6.3 point 8: no length of its own), so that this FIN ends it; its response said
 * Connection: close (§9.6), or was HTTP/1.0 without keep-alive, after which no connection
 * persists; else the request asked for the close in one of those two ways, which a response
 * typed by hand, sent as typed, may not repeat. A response not read yet (the parser still on its
 * way) is taken for one that says close.
 */
function serverCloses(f: StepFacts): VariantKey {
  const response = responseBefore(f);
  if (response && messageFacts(f.timeline, response)?.framing === 'until-close') {
    return 'why.active-close.server.until-close';
  }
  const request = response && requestOf(f.timeline.messages, response);
  if (!response || !request) return 'why.active-close.server';
  const options = listOf(response, 'connection');
  if (options.includes('close')) return 'why.active-close.server';
  const http10 = responseVersionOf(response.startLine) === 'HTTP/1.0';
  if (http10 && !options.includes('keep-alive')) return 'why.active-close.server-http10';
  const asked = listOf(request, 'connection');
  if (asked.includes('close')) return 'why.active-close.server-request-close';
  return requestVersionOf(request.startLine) === 'HTTP/1.0' && !asked.includes('keep-alive')
    ? 'why.active-close.server-request-http10'
    : 'why.active-close.server';
}

/**
 * Where the client closes with a request still to send: its next request goes on a connection
 * opened after this close, from the same port (`reusePort`, one request per connection) or
 * another. Undefined where no request follows, or one follows on a connection already open.
 */
function clientHasMore(f: StepFacts): VariantKey | undefined {
  const later = f.timeline.steps.filter((s) => s.index > f.step.index);
  const next = later.find((s) => s.reason === 'request-line-written');
  if (!next || next.connection === f.step.connection) return undefined;
  const opened = f.timeline.steps.find((s) => s.connection === next.connection);
  if (!opened || opened.index < f.step.index) return undefined;
  const { connections } = f.timeline;
  return connections[next.connection]?.clientPort === connections[f.step.connection]?.clientPort
    ? 'why.active-close.next-incarnation'
    : 'why.active-close.next-connection';
}

/**
 * How far the segment this step received ends before the number its ACK acknowledges (RCV.NXT),
 * in sequence space (mod 2³²): 0 or more when it lies wholly before, negative when it reaches
 * RCV.NXT or beyond. A segment that takes no number counts as one (RFC 9293 §3.10.7.4's test).
 */
function endsBeforeAck(f: StepFacts): number | null {
  const got = f.received;
  const ack = f.sent.find((s) => s.flags.includes('ACK'));
  if (!got || !ack) return null;
  return (ack.ack - (got.seq + Math.max(got.segLen, 1))) | 0;
}

/**
 * Whether this end's answer to the segment it receives again was still on its way when the peer
 * sent it again: an ACK of it (a SYN,ACK answers a SYN) that left before the repeat and arrived
 * after it left. The peer's retransmission timer expired before that answer could arrive
 * (RFC 6298 §5): the answer was delayed, not lost, and the repeat was not needed.
 */
function answerInFlight(f: StepFacts): boolean {
  const repeat = f.received;
  if (!repeat) return false;
  const on = sentOn(f.timeline);
  const end = repeat.relSeq + repeat.segLen;
  return f.timeline.segments.some(
    (s) =>
      s.from === f.endpoint &&
      on.get(s.id) === f.step.connection &&
      s.flags.includes('ACK') &&
      s.relAck >= end &&
      s.sentAt < repeat.sentAt &&
      s.arrivesAt !== null &&
      s.arrivesAt > repeat.sentAt,
  );
}

/**
 * Whether `copy` is a SYN,ACK that repeats one this end received before on its connection: the
 * same sequence and acknowledgment numbers, arrived earlier (the peer's retransmission).
 */
function repeatsSynAck(f: StepFacts, copy: Segment): boolean {
  if (!has([copy], 'SYN') || !has([copy], 'ACK') || copy.arrivesAt === null) return false;
  const on = sentOn(f.timeline);
  const arrived = copy.arrivesAt;
  return f.timeline.segments.some(
    (s) =>
      s.id !== copy.id &&
      s.from === copy.from &&
      on.get(s.id) === f.step.connection &&
      has([s], 'SYN') &&
      has([s], 'ACK') &&
      s.seq === copy.seq &&
      s.ack === copy.ack &&
      s.arrivesAt !== null &&
      (s.arrivesAt < arrived || (s.arrivesAt === arrived && s.id < copy.id)),
  );
}

/**
 * Whether this end's ACK of the peer's SYN crossed `copy` in the network: sent before `copy`
 * arrived, and arriving after `copy` was sent.
 */
function ackCrossed(f: StepFacts, copy: Segment): boolean {
  const on = sentOn(f.timeline);
  return f.timeline.segments.some(
    (s) =>
      s.from === f.endpoint &&
      on.get(s.id) === f.step.connection &&
      has([s], 'ACK') &&
      s.relAck >= copy.relSeq + 1 &&
      copy.arrivesAt !== null &&
      s.sentAt < copy.arrivesAt &&
      s.arrivesAt !== null &&
      s.arrivesAt > copy.sentAt,
  );
}

/**
 * Whether a later segment of the lost ACK's sender, on its connection, carries the same
 * acknowledgment or a higher one (acknowledgments are cumulative, RFC 9293 §3.4) and arrives
 * before the peer sends again anything the lost ACK acknowledged (RFC 6298 §5).
 */
function laterAckInTime(f: StepFacts, lost: Segment): boolean {
  const on = sentOn(f.timeline);
  const connection = on.get(lost.id);
  const ours = (s: Segment) => on.get(s.id) === connection;
  const later = f.timeline.segments.find(
    (s) =>
      ours(s) &&
      s.from === lost.from &&
      s.sentAt > lost.sentAt &&
      s.flags.includes('ACK') &&
      s.relAck >= lost.relAck &&
      s.arrivesAt !== null,
  );
  if (!later?.arrivesAt) return false;
  const by = later.arrivesAt;
  return !f.timeline.segments.some(
    (s) =>
      ours(s) &&
      s.from === lost.to &&
      s.retransmissionOf !== null &&
      s.relSeq < lost.relAck &&
      s.sentAt > lost.sentAt &&
      s.sentAt < by,
  );
}

/** The words of a duplicate ACK before the third (RFC 5681 §3.2), by its count. */
const DUPLICATE_COUNT_WHY: Readonly<Record<number, Variant>> = {
  1: { why: 'why.duplicate-ack-received.first' },
  2: { why: 'why.duplicate-ack-received.second' },
};

/** The step at which the segment this step received was sent. */
function sentAt(f: StepFacts): Step | undefined {
  const id = f.received?.id;
  return id === undefined ? undefined : f.timeline.steps.find((s) => s.segmentsOut.includes(id));
}

/**
 * Whether the endpoint has octets written and not sent yet at this step: its next data segment
 * on this connection leaves before it writes anything more.
 */
function dataQueued(f: StepFacts): boolean {
  const next = f.timeline.steps.find(
    (s) =>
      s.index > f.step.index &&
      s.connection === f.step.connection &&
      s.endpoint === f.endpoint &&
      (s.reason === 'data-sent' || s.message?.direction === 'write'),
  );
  return next?.reason === 'data-sent';
}

/** Whether the timeline was read from a capture (src/capture/timeline.ts): its start says so. */
function isCapture(t: Timeline): boolean {
  const start = t.steps[0]?.reason;
  return start === 'capture-start' || start === 'capture-start-inferred';
}

/** A request-target or a Location, resolved against the request it answers, as path and query. */
function pathOf(reference: string, base: string): string | null {
  try {
    const url = new URL(reference, new URL(base, 'http://origin.invalid'));
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/**
 * Whether the next request on this response's connection asks for its Location (RFC 9110
 * §10.2.2: a reference, resolved against the target of the request it answers).
 */
function locationAskedNext(f: StepFacts): boolean {
  const record = f.step.message ? f.timeline.messages[f.step.message.messageId] : undefined;
  if (!record) return false;
  const location = record.blocks.find((b) => b.name?.toLowerCase() === 'location')?.value;
  const target = (m: { startLine: string } | undefined) => m?.startLine.split(' ')[1] ?? '/';
  const base = target(requestOf(f.timeline.messages, record));
  const next = f.timeline.messages.find(
    (m) => m.kind === 'request' && m.connection === record.connection && m.id > record.id,
  );
  if (location === undefined || !next) return false;
  const wanted = pathOf(location.trim(), base);
  return wanted !== null && pathOf(target(next), base) === wanted;
}

/** The words of a segment after which a full window holds the rest back. */
const WINDOW_FULL: Record<'cwnd' | 'rwnd', Variant> = {
  cwnd: { what: 'step.data-sent.cwnd-full', why: 'why.data-sent.cwnd-full' },
  rwnd: { what: 'step.data-sent.rwnd-full', why: 'why.data-sent.rwnd-full' },
};

/** Why an ACK lets more data go: how it grew the congestion window. */
const CWND_WHY: Partial<Record<string, Variant>> = {
  'slow-start': { why: 'why.ack-received.slow-start' },
  'congestion-avoidance': { why: 'why.ack-received.congestion-avoidance' },
};

/** The steps whose ACK acknowledges the peer's FIN as it arrives (RFC 9293 §3.10.7.4, eighth check). */
const FIN_ACKED_BY: ReadonlySet<Step['reason']> = new Set([
  'fin-received',
  'simultaneous-fin',
  'time-wait-ack',
]);

/** RFC 9110 §15: the final statuses with words of their own. */
const STATUS_WHY: Partial<Record<number, VariantKey>> = {
  201: 'why.status-line-parsed.201',
  204: 'why.status-line-parsed.204',
  301: 'why.status-line-parsed.301',
  304: 'why.status-line-parsed.304',
  404: 'why.status-line-parsed.404',
};

/** RFC 9110 §15.3–15.6: the words of a class, for a final status with none of its own. */
const CLASS_WHY: Partial<Record<number, VariantKey>> = {
  2: 'why.status-line-parsed.2xx',
  3: 'why.status-line-parsed.3xx',
  4: 'why.status-line-parsed.4xx',
  5: 'why.status-line-parsed.5xx',
};

/** A 200's body by method (RFC 9110 §15.3.1), and for GET by what it is: a page, an image… */
function why200(f: StepFacts): VariantKey {
  const method = f.message?.method;
  // RFC 9110 §9.3.2: the answer to HEAD is a GET's header section, without its content.
  if (method === 'HEAD') return 'why.status-line-parsed.200-head';
  // RFC 9110 §9.3.7: the answer to OPTIONS is its header fields (Allow), not a resource.
  if (method === 'OPTIONS') return 'why.status-line-parsed.200-options';
  const record = f.step.message && f.timeline.messages[f.step.message.messageId];
  if (record && listOf(record, 'content-length')[0] === '0') {
    return 'why.status-line-parsed.200-empty';
  }
  // A page is shown, whatever the method. Else a GET's body is what was asked for, a file the
  // page uses, and another method's reports what came of its action (a capture may hold a
  // response without its request).
  const type = f.message?.mediaType ?? '';
  if (type === 'text/html') return 'why.status-line-parsed.200';
  if (method && method !== 'GET') return 'why.status-line-parsed.200-action';
  if (type.startsWith('image/')) return 'why.status-line-parsed.200-image';
  return 'why.status-line-parsed.200-other';
}

/** The framings (RFC 9112 §6.3) whose blank line has words of its own; Content-Length's are the plain ones. */
const FRAMED = ['chunked', 'none', 'until-close'] as const;

/** After the blank line: what follows, by how the body's end is found. */
function byFraming(reason: 'response-blank-line-written' | 'response-blank-line-parsed') {
  return (f: StepFacts): Variant | null => {
    const framing = FRAMED.find((x) => x === f.message?.framing);
    return framing ? { why: `why.${reason}.${framing}` } : null;
  };
}

/** The words each reason uses where its plain `step.`/`why.` keys would not be true. */
export const CHOOSERS: Choosers = {
  // A SYN answered by a RST (src/capture/tcp-states.ts): no one listened, the server is CLOSED.
  'capture-start': (f) =>
    f.step.states.server === 'CLOSED'
      ? { what: 'step.capture-start.refused', why: 'why.capture-start.refused' }
      : null,
  // A capture that starts with the SYN,ACK has a SYN in it, and starts inside the handshake: its
  // sender SYN-RECEIVED, the other end SYN-SENT (src/capture/tcp-states.ts, 'syn-missed').
  'capture-start-inferred': (f) =>
    f.step.states.client === 'SYN-SENT' || f.step.states.server === 'SYN-SENT'
      ? {
          what: 'step.capture-start-inferred.syn-missed',
          why: 'why.capture-start-inferred.syn-missed',
        }
      : null,
  'active-open': (f) => (f.mode === 'absolute' ? { why: 'why.active-open.absolute' } : null),
  'syn-received': (f) => (f.mode === 'absolute' ? { why: 'why.syn-received.absolute' } : null),
  // RFC 9293 §3.8.6.3: an ACK may be delayed; under `linux` it rides on the reply.
  'data-received': (f) =>
    has(f.sent, 'ACK')
      ? null
      : { what: 'step.data-received.ack-later', why: 'why.data-received.ack-later' },
  // Under `linux` a segment can carry data and acknowledge new bytes at once. An ACK that a
  // sender with data still queued receives grows its congestion window (RFC 5681 §3.1): the
  // step says how, and that more may leave.
  'ack-received': (f) => {
    // The ACK of an old connection's delayed segment, taken as this one's data
    // (time-wait-cut-short): it acknowledges bytes its receiver never had from this sender.
    if (sentAt(f)?.reason === 'old-segment-accepted') return { why: 'why.ack-received.old-data' };
    if (f.received?.payloadLength) {
      return has(f.sent, 'ACK')
        ? { what: 'step.ack-received.data' }
        : { what: 'step.ack-received.data', why: 'why.ack-received.data' };
    }
    if (f.step.reason !== 'ack-received') return null;
    // RFC 5681 §3.2 step 6: the window deflates whether or not data waits to go.
    if (f.step.detail.cwnd === 'fast-recovery-ended') {
      return { why: 'why.ack-received.fast-recovery-ended' };
    }
    if (!dataQueued(f)) return null;
    return CWND_WHY[f.step.detail.cwnd] ?? null;
  },
  'data-sent': (f) => {
    if (has(f.sent, 'FIN')) return { what: 'step.data-sent.fin', why: 'why.data-sent.fin' };
    // A window is full: the rest waits for ACKs (RFC 5681 §3.1, RFC 9293 §3.8.6.2.1).
    const full = f.step.reason === 'data-sent' ? f.step.detail.windowFull : 'none';
    if (full !== 'none') return WINDOW_FULL[full];
    // The first data byte is relative number 1: the SYN took 0 (RFC 9293 §3.4).
    const first = f.mode === 'relative' && f.sent[0]?.relSeq === 1;
    return first ? { why: 'why.data-sent.first' } : null;
  },
  'active-close': (f) => {
    const what: VariantKey | undefined = has(f.sent, 'FIN')
      ? undefined
      : 'step.active-close.fin-later';
    const why: VariantKey | undefined =
      f.endpoint === 'server'
        ? serverCloses(f)
        : peerFinSent(f)
          ? 'why.active-close.crossing'
          : clientHasMore(f);
    return { ...(what ? { what } : {}), ...(why ? { why } : {}) };
  },
  'fin-received': (f) => {
    const c = change(f);
    const variant: Variant = {};
    if (c?.from === 'FIN-WAIT-1') variant.what = 'step.fin-received.fin-acked';
    else if (!has(f.sent, 'ACK')) {
      variant.what = f.received?.payloadLength
        ? 'step.fin-received.data-ack-later'
        : 'step.fin-received.ack-later';
    }
    // Under `linux` a FIN rides on the last data: the receiver's close can only answer it.
    if (c?.to === 'CLOSE-WAIT' && f.received?.payloadLength)
      variant.why = 'why.fin-received.with-data';
    if (c?.to === 'TIME-WAIT') {
      // What if TIME-WAIT is cut short: no 2×MSL starts here (the next step leaves at once).
      const cut = f.step.reason === 'fin-received' && f.step.detail.timeWaitMs === 0;
      variant.why = cut ? 'why.fin-received.time-wait-cut-short' : 'why.fin-received.time-wait';
    }
    return variant;
  },
  // The plain words are for a segment held out of order (RFC 5681 §4.2). An unacceptable one
  // (RFC 9293 §3.10.7.4, first check) is old data, an old segment, or one beyond the window.
  'duplicate-ack-sent': (f) => {
    if (f.step.reason !== 'duplicate-ack-sent' || f.step.detail.gap !== null) return null;
    const before = endsBeforeAck(f);
    if (before === null) return null;
    if (before < 0)
      return { what: 'step.duplicate-ack-sent.beyond', why: 'why.duplicate-ack-sent.beyond' };
    // The peer's SYN repeated in SYN-RECEIVED (a synchronized state answers a SYN with a
    // challenge ACK instead): its SEG.SEQ = IRS lies before RCV.NXT, and the first check answers
    // it with a bare ACK, not the SYN,ACK again.
    if (f.received?.flags.includes('SYN') && !f.received.flags.includes('ACK'))
      return { what: 'step.duplicate-ack-sent.syn', why: 'why.duplicate-ack-sent.syn' };
    return f.received?.payloadLength
      ? { what: 'step.duplicate-ack-sent.duplicate', why: 'why.duplicate-ack-sent.duplicate' }
      : { what: 'step.duplicate-ack-sent.old', why: 'why.duplicate-ack-sent.old' };
  },
  // The plain words are RFC 5961's reason for the ACK: a SYN or RST that could be forged. A copy
  // of a SYN,ACK this end has already received is the peer's retransmission, answered by the
  // same rule (RFC 9293 §3.10.7.4): no forgery to tell of.
  'challenge-ack-sent': (f) => {
    const copy = f.received;
    if (!copy || !repeatsSynAck(f, copy)) return null;
    // The copy that came second is the retransmission, or the first one held up in the network.
    const why: VariantKey =
      copy.retransmissionOf === null
        ? 'why.challenge-ack-sent.syn-ack-late'
        : ackCrossed(f, copy)
          ? 'why.challenge-ack-sent.syn-ack-crossed'
          : 'why.challenge-ack-sent.syn-ack-again';
    return { what: 'step.challenge-ack-sent.duplicate-syn-ack', why };
  },
  // Out of the window, a segment with data or a FIN is always answered (Linux's
  // tcp_oow_rate_limited): one left unanswered acknowledged bytes never sent (a challenge ACK).
  'ack-throttled': (f) => {
    const got = f.received;
    const occupies = got !== undefined && got.segLen > 0 && !got.flags.includes('SYN');
    return occupies ? { why: 'why.ack-throttled.unsent-ack' } : null;
  },
  'fin-acked': (f) => (change(f)?.from === 'CLOSING' ? { why: 'why.fin-acked.closing' } : null),
  // The FIN came again because the peer's timer expired while this end's ACK was on its way:
  // a retransmission that was not needed, not the sign of a lost ACK.
  'time-wait-ack': (f) => (answerInFlight(f) ? { why: 'why.time-wait-ack.delayed' } : null),
  // Likewise a SYN repeated while the SYN,ACK that answers it was on its way.
  'duplicate-syn-received': (f) =>
    answerInFlight(f) ? { why: 'why.duplicate-syn-received.delayed' } : null,
  'passive-close': (f) =>
    finCarriesFirstAck(f)
      ? { what: 'step.passive-close.with-ack', why: 'why.passive-close.with-ack' }
      : null,
  // RFC 9293 §3.10.7.1–2: an ACK that reaches no connection (CLOSED, or a listener) is
  // answered with <SEQ=SEG.ACK><CTL=RST>; nothing to do with the handshake's third segment.
  'rst-sent': (f) =>
    closedByFinAck(f) && f.received?.flags.includes('ACK')
      ? { why: 'why.rst-sent.no-connection' }
      : null,
  // RFC 7323 §5 (PAWS) could refuse an old segment where both ends send timestamps.
  // RFC 9293 §3.10.7.4: an unacceptable segment is answered by an ACK of RCV.NXT, which repeats
  // the last one; it reports no hole, unlike a duplicate ACK for a segment that came early.
  'duplicate-ack-received': (f) => {
    const answered = sentAt(f);
    // A challenge ACK (RFC 5961 §3–4) answers a SYN or a RST it refuses, not a hole: a SYN,ACK
    // that arrives once the handshake is over (a late or repeated one) is the usual one.
    if (answered?.reason === 'challenge-ack-sent') {
      const refused = answered.segmentIn === null ? [] : [f.timeline.segments[answered.segmentIn]];
      return has(refused, 'SYN') && has(refused, 'ACK')
        ? { why: 'why.duplicate-ack-received.syn-ack' }
        : { why: 'why.duplicate-ack-received.unacceptable' };
    }
    if (answered?.reason === 'duplicate-ack-sent' && answered.detail.gap === null) {
      return { why: 'why.duplicate-ack-received.unacceptable' };
    }
    if (f.step.reason !== 'duplicate-ack-received') return null;
    // RFC 5681 §3.2: the third duplicate ACK in a row starts the fast retransmit, and each one
    // after it, in fast recovery, enlarges cwnd by a segment. The model counts them in the TCB.
    const { duplicateAcks, fastRecovery } = f.step.detail;
    if (fastRecovery) return { why: 'why.duplicate-ack-received.fast-recovery' };
    return DUPLICATE_COUNT_WHY[duplicateAcks] ?? null;
  },
  // RFC 9110 §15.4: the request that follows a redirect may change its method to GET (after a
  // 303, and after a 301 or 302 to a POST: src/session/client.ts `redirectMethod`).
  'redirect-followed': (f) => {
    const method = (near: Step | undefined) =>
      near?.message ? methodOf(f.timeline.messages[near.message.messageId]?.startLine ?? '') : null;
    const isRequestLine = (s: Step) => s.reason === 'request-line-written';
    const before = f.timeline.steps.findLast((s) => s.index < f.step.index && isRequestLine(s));
    const after = f.timeline.steps.find((s) => s.index > f.step.index && isRequestLine(s));
    const [from, to] = [method(before), method(after)];
    return from && to && from !== to ? { why: 'why.redirect-followed.get' } : null;
  },
  // RFC 1337's hazard. The plain words are for the ACK with which TIME-WAIT answered an old
  // segment (old-segment-in-time-wait); an ACK of the peer's FIN that arrived after the peer had
  // closed (a later ACK acknowledged its FIN first) draws the same RST.
  'time-wait-assassinated': (f) => {
    // The RST's sender refused the segment it received at the step that sent the RST.
    const refused = sentAt(f)?.segmentIn ?? null;
    const by = f.timeline.steps.find((s) => refused !== null && s.segmentsOut.includes(refused));
    return by && FIN_ACKED_BY.has(by.reason)
      ? { why: 'why.time-wait-assassinated.late-ack' }
      : null;
  },
  'old-segment-accepted': (f) =>
    f.received?.options.timestamps ? { why: 'why.old-segment-accepted.timestamps' } : null,
  // A bare ACK takes no sequence number, so nothing waits for its acknowledgment.
  'segment-lost': (f) => {
    const lost = f.received;
    if (lost && lost.segLen > 0) {
      return resendingStep(f.timeline, lost)?.reason === 'fast-retransmit'
        ? { why: 'why.segment-lost.fast-retransmit' }
        : null;
    }
    if (!lost) return null;
    return laterAckInTime(f, lost)
      ? { why: 'why.segment-lost.ack-repeated' }
      : { why: 'why.segment-lost.ack' };
  },
  // RFC 9293 §3.1: the acknowledgment number is significant only when ACK is set, so a
  // segment without it (a SYN, a bare RST) is quoted without one, as Wireshark's Info does.
  // Most captured segments (data, ACKs) take no edge of RFC 9293's state diagram: the plain
  // words' "its state changes" would name changes that are not there.
  'segment-captured': (f) => ({
    ...(f.received && !f.received.flags.includes('ACK')
      ? { what: 'step.segment-captured.no-ack' }
      : {}),
    ...(f.step.changes.length === 0 ? { why: 'why.segment-captured.no-change' } : {}),
  }),
  'status-line-parsed': (f) => {
    const status = f.message?.status ?? null;
    if (status === null) return null;
    // RFC 9110 §15.2: a 1xx is interim, not the answer (a capture's 100 Continue, say).
    if (status >= 100 && status < 200) return { why: 'why.status-line-parsed.1xx' };
    if (status === 200) return { why: why200(f) };
    // RFC 9112 §6.3 point 1: a response to HEAD has no body, an error page no more than a page.
    if (status === 404 && f.message?.method === 'HEAD')
      return { why: 'why.status-line-parsed.404-head' };
    const why = STATUS_WHY[status] ?? CLASS_WHY[Math.floor(status / 100)];
    return why ? { why } : null;
  },
  // RFC 9110 §15.4: the user agent follows a redirect's Location; its body is only for people.
  // A 3xx not followed (past the client's limit, or no Location it can reach) is the last
  // response: not a page to show.
  // A capture shows one connection and no user agent's decision: there the client follows the
  // redirect where its next request on this connection asks for the Location, and otherwise the
  // capture cannot say whether it followed it elsewhere.
  'response-body-parsed': (f) => {
    const status = f.message?.status ?? 0;
    if (status < 300 || status >= 400) {
      // RFC 9112 §6.3 point 8: the server's close ended it; the connection carries no more.
      return f.message?.framing === 'until-close'
        ? { why: 'why.response-body-parsed.until-close' }
        : null;
    }
    if (isCapture(f.timeline)) {
      return {
        why: locationAskedNext(f)
          ? 'why.response-body-parsed.redirect-captured'
          : 'why.response-body-parsed.redirect-unseen',
      };
    }
    // The client decides on the connection that carried the response, before it reads another
    // there: a later redirect followed after another response is that response's.
    const onConnection = f.timeline.steps.filter(
      (s) => s.index > f.step.index && s.connection === f.step.connection,
    );
    const decided = onConnection.find(
      (s) => s.reason === 'redirect-followed' || s.reason === 'status-line-parsed',
    );
    const follows = decided?.reason === 'redirect-followed';
    return {
      why: follows ? 'why.response-body-parsed.redirect' : 'why.response-body-parsed.redirect-kept',
    };
  },
  // A POST's body is a form's fields only under a form's Content-Type (the HTML standard,
  // §4.10.21.7), and its length is stated only where it does not go in chunks (RFC 9112 §6.1).
  'request-body-written': (f) => {
    if (f.message?.method !== 'POST') return null;
    const record = f.step.message && f.timeline.messages[f.step.message.messageId];
    if (record && writtenChunked(record)) return { why: 'why.request-body-written.post-chunked' };
    return f.message.mediaType === 'application/x-www-form-urlencoded'
      ? { why: 'why.request-body-written.post' }
      : { why: 'why.request-body-written.post-data' };
  },
  'request-body-parsed': (f) =>
    f.message?.framing === 'chunked' ? { why: 'why.request-body-parsed.chunked' } : null,
  'response-blank-line-written': byFraming('response-blank-line-written'),
  'response-blank-line-parsed': byFraming('response-blank-line-parsed'),
};
