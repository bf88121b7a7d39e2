/**
 * The describer (PhET style): turns a step of the timeline into words from the
 * catalogues, for the screen and for screen readers. It decides nothing about
 * the protocol; it only reads what the timeline says happened.
 */

import { fieldNote } from '../message/notes';
import type {
  Endpoint,
  HttpMessageRecord,
  MessageBlock,
  Segment,
  Step,
  StepReason,
  Timeline,
} from '../model';
import { type Catalogue, format, type Lang, type MessageKey } from '../strings';
import { formatDuration } from '../strings/intl';

/** One row per reason: a new StepReason in the model fails the type check here. */
const REASONS: Record<StepReason, { what: MessageKey; why: MessageKey }> = {
  start: { what: 'step.start', why: 'why.start' },
  'passive-open': { what: 'step.passive-open', why: 'why.passive-open' },
  'active-open': { what: 'step.active-open', why: 'why.active-open' },
  'syn-received': { what: 'step.syn-received', why: 'why.syn-received' },
  'syn-ack-received': { what: 'step.syn-ack-received', why: 'why.syn-ack-received' },
  'handshake-ack-received': {
    what: 'step.handshake-ack-received',
    why: 'why.handshake-ack-received',
  },
  'data-sent': { what: 'step.data-sent', why: 'why.data-sent' },
  'data-received': { what: 'step.data-received', why: 'why.data-received' },
  'ack-received': { what: 'step.ack-received', why: 'why.ack-received' },
  'ack-sent': { what: 'step.ack-sent', why: 'why.ack-sent' },
  'request-line-written': { what: 'step.request-line-written', why: 'why.request-line-written' },
  'request-header-written': {
    what: 'step.request-header-written',
    why: 'why.request-header-written',
  },
  'request-blank-line-written': {
    what: 'step.request-blank-line-written',
    why: 'why.request-blank-line-written',
  },
  'request-body-written': { what: 'step.request-body-written', why: 'why.request-body-written' },
  'request-line-parsed': { what: 'step.request-line-parsed', why: 'why.request-line-parsed' },
  'request-header-parsed': { what: 'step.request-header-parsed', why: 'why.request-header-parsed' },
  'request-blank-line-parsed': {
    what: 'step.request-blank-line-parsed',
    why: 'why.request-blank-line-parsed',
  },
  'request-body-parsed': { what: 'step.request-body-parsed', why: 'why.request-body-parsed' },
  'status-line-written': { what: 'step.status-line-written', why: 'why.status-line-written' },
  'response-header-written': {
    what: 'step.response-header-written',
    why: 'why.response-header-written',
  },
  'response-blank-line-written': {
    what: 'step.response-blank-line-written',
    why: 'why.response-blank-line-written',
  },
  'response-body-written': { what: 'step.response-body-written', why: 'why.response-body-written' },
  'status-line-parsed': { what: 'step.status-line-parsed', why: 'why.status-line-parsed' },
  'response-header-parsed': {
    what: 'step.response-header-parsed',
    why: 'why.response-header-parsed',
  },
  'response-blank-line-parsed': {
    what: 'step.response-blank-line-parsed',
    why: 'why.response-blank-line-parsed',
  },
  'response-body-parsed': { what: 'step.response-body-parsed', why: 'why.response-body-parsed' },
  'redirect-followed': { what: 'step.redirect-followed', why: 'why.redirect-followed' },
  'active-close': { what: 'step.active-close', why: 'why.active-close' },
  'fin-received': { what: 'step.fin-received', why: 'why.fin-received' },
  'fin-acked': { what: 'step.fin-acked', why: 'why.fin-acked' },
  'passive-close': { what: 'step.passive-close', why: 'why.passive-close' },
  'simultaneous-fin': { what: 'step.simultaneous-fin', why: 'why.simultaneous-fin' },
  'time-wait-ack': { what: 'step.time-wait-ack', why: 'why.time-wait-ack' },
  'time-wait-expired': { what: 'step.time-wait-expired', why: 'why.time-wait-expired' },
  'last-ack-received': { what: 'step.last-ack-received', why: 'why.last-ack-received' },
  'segment-lost': { what: 'step.segment-lost', why: 'why.segment-lost' },
  'retransmission-timeout': {
    what: 'step.retransmission-timeout',
    why: 'why.retransmission-timeout',
  },
  'duplicate-ack-sent': { what: 'step.duplicate-ack-sent', why: 'why.duplicate-ack-sent' },
  'old-duplicate-syn': { what: 'step.old-duplicate-syn', why: 'why.old-duplicate-syn' },
  'rst-received': { what: 'step.rst-received', why: 'why.rst-received' },
  'rst-sent': { what: 'step.rst-sent', why: 'why.rst-sent' },
  'segment-discarded': { what: 'step.segment-discarded', why: 'why.segment-discarded' },
  'duplicate-syn-received': {
    what: 'step.duplicate-syn-received',
    why: 'why.duplicate-syn-received',
  },
  'challenge-ack-sent': { what: 'step.challenge-ack-sent', why: 'why.challenge-ack-sent' },
  'duplicate-ack-received': {
    what: 'step.duplicate-ack-received',
    why: 'why.duplicate-ack-received',
  },
  'retransmissions-exhausted': {
    what: 'step.retransmissions-exhausted',
    why: 'why.retransmissions-exhausted',
  },
};

export interface Description {
  what: string;
  why: string;
  /** "After this step: client SYN-SENT, server LISTEN." */
  states: string;
  rfc: string | null;
  rfcUrl: string | null;
}

export type SeqMode = 'relative' | 'absolute';

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

function detailNumber(step: Step, ...names: string[]): number | undefined {
  for (const name of names) {
    const v = step.detail[name];
    if (typeof v === 'number') return v;
  }
  return undefined;
}

/** Where a redirect points: the step's own detail, else the last response's Location. */
function locationOf(step: Step, timeline: Timeline): string {
  if (typeof step.detail.location === 'string') return step.detail.location;
  const isLocation = (b: MessageBlock) => b.name?.toLowerCase() === 'location';
  for (let i = timeline.messages.length - 1; i >= 0; i--) {
    const m = timeline.messages[i] as HttpMessageRecord;
    if (m.kind !== 'response') continue;
    const block = m.blocks.find(isLocation);
    if (block) return block.value ?? '';
  }
  return '';
}

function params(step: Step, timeline: Timeline, t: Catalogue, lang: Lang, mode: SeqMode) {
  const endpoint = step.endpoint ?? primarySegment(step, timeline)?.from ?? 'client';
  const seg = primarySegment(step, timeline);
  // The ACK a receive step sends back, if any, is the number that step is about.
  const out =
    step.segmentsOut[0] === undefined ? undefined : timeline.segments[step.segmentsOut[0]];
  const ackSeg = step.reason === 'ack-received' ? seg : (out ?? seg);
  const message = step.message ? timeline.messages[step.message.messageId] : undefined;
  const block = message && step.message ? message.blocks[step.message.block] : undefined;
  const duration = detailNumber(step, 'rto', 'rtoMs', 'duration', 'durationMs', 'msl2', 'twoMsl');
  const msl = detailNumber(step, 'msl', 'mslMs');
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
    note: block?.kind === 'header' ? fieldNote(t, block.name ?? '') : '',
    port: endpoint === 'server' ? timeline.server.port : timeline.client.port,
    // Getters: only the few steps whose text has {duration} or {location} pay
    // for them (the first Intl unit format costs tens of ms on a slow machine).
    get duration() {
      return formatDuration(lang, duration ?? (msl !== undefined ? 2 * msl : 0));
    },
    get location() {
      return locationOf(step, timeline);
    },
  };
}

/** RFC 9293 §3.10.7.3 → https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.3 */
export function rfcUrl(rfc: string): string | null {
  const m = /^RFC\s*(\d+)(?:\s*§\s*(\d+(?:\.\d+)*))?/.exec(rfc);
  if (!m) return null;
  return `https://www.rfc-editor.org/rfc/rfc${m[1]}${m[2] ? `#section-${m[2]}` : ''}`;
}

export function describeStep(
  step: Step,
  timeline: Timeline,
  t: Catalogue,
  lang: Lang,
  mode: SeqMode = 'relative',
): Description {
  const keys = REASONS[step.reason];
  const p = params(step, timeline, t, lang, mode);
  return {
    what: format(t, keys.what, p),
    why: format(t, keys.why, p),
    states: format(t, 'explain.states', { client: step.states.client, server: step.states.server }),
    rfc: step.rfc,
    rfcUrl: step.rfc ? rfcUrl(step.rfc) : null,
  };
}
