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

/**
 * Each reason has two catalogue keys, `step.<reason>` (what happens) and
 * `why.<reason>` (why). The keys are typed as template literals, so a new
 * StepReason in the model fails the type check until every catalogue has both.
 */
function reasonKeys(reason: StepReason): { what: MessageKey; why: MessageKey } {
  return { what: `step.${reason}`, why: `why.${reason}` };
}

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
  const keys = reasonKeys(step.reason);
  const p = params(step, timeline, t, lang, mode);
  return {
    what: format(t, keys.what, p),
    why: format(t, keys.why, p),
    states: format(t, 'explain.states', { client: step.states.client, server: step.states.server }),
    rfc: step.rfc,
    rfcUrl: step.rfc ? rfcUrl(step.rfc) : null,
  };
}
