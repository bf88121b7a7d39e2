/**
 * The describer (PhET style): turns a step of the timeline into words from the
 * catalogues, for the screen and for screen readers. It decides nothing about
 * the protocol; it only reads what the timeline says happened.
 */

import { requestOf } from '../message/exchange';
import type { Endpoint, Segment, Step, StepDetail, StepReason, Timeline } from '../model';
import { type Catalogue, fill, format, type Lang } from '../strings';
import { formatDuration, formatNumber } from '../strings/intl';
import { lineNotes } from './messageFacts';
import { type SeqMode, stepFacts, variantOf } from './variants';
import { explainWords, type VariantKey } from './words';

export interface Description {
  what: string;
  why: string;
  /** "After this step: client SYN-SENT, server LISTEN." */
  states: string;
  rfc: string | null;
  rfcUrl: string | null;
  /**
   * The step needs words not fetched yet (`words.ts`), or the facts of a message the parser has
   * not read yet (`messageFacts.ts`): `what` and `why` are empty.
   */
  pending: boolean;
}

export type { SeqMode };

const other = (e: Endpoint): Endpoint => (e === 'client' ? 'server' : 'client');

/** The segment a step is about: the one it receives or drops, else the first it sends. */
export function primarySegment(step: Step, timeline: Timeline): Segment | undefined {
  const id = step.segmentIn ?? step.segmentsOut[0];
  return id === undefined || id === null ? undefined : timeline.segments[id];
}

export function seqOf(seg: Segment, mode: SeqMode): number {
  return mode === 'absolute' ? seg.seq : seg.relSeq;
}
export function ackOf(seg: Segment, mode: SeqMode): number {
  return mode === 'absolute' ? seg.ack : seg.relAck;
}

/** The {placeholders} a step's detail fills, for the reasons whose words use it. */
type DetailParams = Record<string, string>;

/**
 * What each reason's detail adds to its words, read by name: each reader gets exactly the
 * detail of its reason (`StepDetail`), so reading a field the reason does not carry fails
 * the type check (describe.types.test.ts).
 */
export type DetailReaders = {
  [R in StepReason]?: (detail: StepDetail<R>, lang: Lang) => DetailParams;
};

/** The 2×MSL timer a step starts, for the words that say how long TIME-WAIT lasts. */
const timeWait = (ms: number | null, lang: Lang): DetailParams =>
  ms === null ? {} : { duration: formatDuration(lang, ms) };

const DETAIL_READERS: DetailReaders = {
  'time-wait-expired': (d, lang) => ({ duration: formatDuration(lang, d.timeWaitMs) }),
  'time-wait-cut-short': (d, lang) => ({ duration: formatDuration(lang, d.timeWaitMs) }),
  'ack-throttled': (d, lang) => ({ duration: formatDuration(lang, d.intervalMs) }),
  'time-wait-ack': (d, lang) => timeWait(d.timeWaitMs, lang),
  'fin-received': (d, lang) => timeWait(d.timeWaitMs, lang),
  'fin-acked': (d, lang) => timeWait(d.timeWaitMs, lang),
  'retransmission-timeout': (d, lang) => ({ duration: formatDuration(lang, d.rto) }),
  'fast-retransmit': (d, lang) => ({
    cwnd: formatNumber(lang, d.cwnd),
    ssthresh: formatNumber(lang, d.ssthresh),
  }),
  'redirect-followed': (d) => ({ location: d.location }),
  'segment-captured': (d) => ({ frame: String(d.frame) }),
};

function detailParams<R extends StepReason>(
  reason: R,
  detail: StepDetail<R>,
  lang: Lang,
): DetailParams {
  const read = DETAIL_READERS[reason];
  return read ? read(detail, lang) : {};
}

/** The steps whose {ack} is the acknowledgment of the segment they receive. */
const OWN_ACK: ReadonlySet<StepReason> = new Set(['ack-received', 'fast-retransmit']);

function params(step: Step, timeline: Timeline, t: Catalogue, lang: Lang, mode: SeqMode) {
  const endpoint = step.endpoint ?? primarySegment(step, timeline)?.from ?? 'client';
  const seg = primarySegment(step, timeline);
  // The ACK a receive step sends back, if any, is the number that step is about; an ACK
  // received, or the duplicate that a fast retransmit answers with data, is its own.
  const out =
    step.segmentsOut[0] === undefined ? undefined : timeline.segments[step.segmentsOut[0]];
  const ackSeg = OWN_ACK.has(step.reason) ? seg : (out ?? seg);
  const message = step.message ? timeline.messages[step.message.messageId] : undefined;
  const block = message && step.message ? message.blocks[step.message.block] : undefined;
  const len = block ? block.end - block.start : (seg?.payloadLength ?? 0);
  return {
    who: t[`who.${endpoint}`],
    whom: t[`whom.${endpoint}`],
    peer: t[`whom.${other(endpoint)}`],
    state: step.states[endpoint],
    flags: seg ? seg.flags.join(', ') : '',
    seq: seg ? seqOf(seg, mode) : 0,
    ack: ackSeg ? ackOf(ackSeg, mode) : 0,
    len,
    line: message?.startLine ?? '',
    name: block?.name ?? '',
    value: block?.value ?? '',
    note:
      block?.kind === 'header' && message
        ? (lineNotes()?.fieldNote(
            lang,
            block.name ?? '',
            block.value,
            requestOf(timeline.messages, message),
            message.startLine,
          ) ?? '')
        : '',
    port: endpoint === 'server' ? timeline.server.port : timeline.client.port,
    serverPort: timeline.server.port,
    ...detailParams(step.reason, step.detail, lang),
  };
}

/** RFC 9293 §3.10.7.3 → https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.3 */
export function rfcUrl(rfc: string): string | null {
  const m = /^RFC\s*(\d+)(?:\s*§\s*(\d+(?:\.\d+)*))?/.exec(rfc);
  if (!m) return null;
  return `https://www.rfc-editor.org/rfc/rfc${m[1]}${m[2] ? `#section-${m[2]}` : ''}`;
}

/**
 * Each reason has two keys, `step.<reason>` (what happens) and `why.<reason>` (why). Step 0's
 * (`start`) are in the first load's catalogue, for the first page; every other reason's come
 * with the explanation's words (`strings.ts`, fetched as the app starts, `words.ts`), which the
 * first page does not need. The keys are template literals of StepReason, so a new reason fails
 * the type check until the words have both. Where those words would not be true of this step,
 * `variants.ts` picks the reason's other words (`step.<reason>.<variant>`).
 */
export function describeStep(
  step: Step,
  timeline: Timeline,
  t: Catalogue,
  lang: Lang,
  mode: SeqMode = 'relative',
  words: Readonly<Record<VariantKey, string>> | undefined = explainWords()?.[lang],
): Description {
  const p = params(step, timeline, t, lang, mode);
  const facts = stepFacts(step, timeline, mode);
  const variant = variantOf(facts);
  // Words that depend on a message not read yet, or words or their chooser not here yet, would
  // be guesses: the step says it is being prepared until all are here.
  const pending = facts.unread || variant === null || (step.reason !== 'start' && !words);
  const say = (kind: 'step' | 'why', key: VariantKey | undefined) => {
    if (pending) return '';
    if (step.reason === 'start') return format(t, `${kind}.start`, p);
    return words ? fill(words[key ?? `${kind}.${step.reason}`], p) : '';
  };
  return {
    what: say('step', variant?.what),
    why: say('why', variant?.why),
    pending,
    states: format(t, 'explain.states', { client: step.states.client, server: step.states.server }),
    rfc: step.rfc,
    rfcUrl: step.rfc ? rfcUrl(step.rfc) : null,
  };
}
