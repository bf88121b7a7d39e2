/**
 * Named moments of a timeline, for links and for the moments menu: where each endpoint enters
 * each TCP state, and the HTTP steps a lesson points at (the request line, the status line, the
 * Location header…). A moment is named by a stable id made from the protocol's words, so that
 * `moment=status-line` means the status line in any scenario that has one, under either
 * profile and at either granularity. The n-th time the same thing happens (a second
 * connection, a redirect's second response) gets `-n`: `status-line-2`.
 *
 * Derived from the timeline alone (pure): the view keeps the timeline as the one truth.
 */
import type { Step, Timeline } from '../model';
import { type Granularity, viewSpan } from './granularity';

export interface Moment {
  /** Stable id: `server-syn-received`, `status-line`, `time-wait-ends`, `status-line-2`. */
  id: string;
  /** The id without its occurrence suffix: what the moment's name is looked up by. */
  kind: string;
  /** 1 for the first time it happens, 2 for the second… */
  occurrence: number;
  /** The step (`steps[step]`, the fine index). */
  step: number;
  /** For a state: which end enters which state. */
  endpoint?: 'client' | 'server';
  state?: string;
  /** For an HTTP moment: the message's start line (`HTTP/1.1 404 Not Found`). */
  line?: string;
}

/** The HTTP steps a lesson names, by reason (RFC 9112 §3, §4, §5). */
const HTTP_KINDS: Partial<Record<Step['reason'], string>> = {
  'request-line-written': 'request-line',
  'request-body-written': 'request-body',
  'request-line-parsed': 'request-line-read',
  'status-line-written': 'status-line',
  'status-line-parsed': 'status-line-read',
  'response-body-written': 'response-body',
  'redirect-followed': 'redirect',
  'segment-lost': 'segment-lost',
  'retransmission-timeout': 'retransmission',
  'fast-retransmit': 'retransmission',
};

/** Header lines worth a moment of their own: the redirect's target (RFC 9110 §10.2.2). */
const HEADER_KINDS: Record<string, string> = { location: 'location-header' };

function kindsOf(step: Step, timeline: Timeline): Omit<Moment, 'id' | 'occurrence' | 'step'>[] {
  const out: Omit<Moment, 'id' | 'occurrence' | 'step'>[] = [];
  const message = step.message ? timeline.messages[step.message.messageId] : undefined;
  const http = HTTP_KINDS[step.reason];
  if (http) out.push({ kind: http, ...(message ? { line: message.startLine } : {}) });
  if (step.reason === 'response-header-written' && message && step.message) {
    const name = message.blocks[step.message.block]?.name?.toLowerCase() ?? '';
    const kind = HEADER_KINDS[name];
    if (kind) out.push({ kind, line: message.startLine });
  }
  for (const change of step.changes) {
    // RFC 9293 §3.10.8: TIME-WAIT ends when its 2×MSL timer fires.
    if (change.from === 'TIME-WAIT' && change.to === 'CLOSED') out.push({ kind: 'time-wait-ends' });
    else {
      const kind = `${change.endpoint}-${change.to.toLowerCase()}`;
      out.push({ kind, endpoint: change.endpoint, state: change.to });
    }
  }
  return out;
}

const cache = new WeakMap<Timeline, Moment[]>();

/** Every named moment of the timeline, in step order. */
export function momentsOf(timeline: Timeline): Moment[] {
  const cached = cache.get(timeline);
  if (cached) return cached;
  const seen = new Map<string, number>();
  const moments: Moment[] = [];
  for (const step of timeline.steps) {
    for (const m of kindsOf(step, timeline)) {
      const occurrence = (seen.get(m.kind) ?? 0) + 1;
      seen.set(m.kind, occurrence);
      const id = occurrence === 1 ? m.kind : `${m.kind}-${occurrence}`;
      moments.push({ ...m, id, occurrence, step: step.index });
    }
  }
  cache.set(timeline, moments);
  return moments;
}

export function findMoment(timeline: Timeline, id: string): Moment | undefined {
  return momentsOf(timeline).find((m) => m.id === id);
}

/** The moment the cursor is exactly on (the first named, if a step has several). */
export function momentAt(timeline: Timeline, step: number): Moment | undefined {
  return momentsOf(timeline).find((m) => m.step === step);
}

/** The last moment at or before the step: "where we are" when changing scenario. */
export function momentBefore(timeline: Timeline, step: number): Moment | undefined {
  return momentsOf(timeline).findLast((m) => m.step <= step);
}

/** The moment nearest to a step (the earlier one on a tie). */
export function nearestMoment(timeline: Timeline, step: number): Moment | undefined {
  let best: Moment | undefined;
  for (const m of momentsOf(timeline)) {
    if (!best || Math.abs(m.step - step) < Math.abs(best.step - step)) best = m;
  }
  return best;
}

export type PhaseModel = 'mdn' | 'seven';

/** The first step of a phase (MDN's 1–3, or the seven steps' 1–7), or null if none has it. */
export function firstStepOfPhase(timeline: Timeline, model: PhaseModel, n: number): number | null {
  const step = timeline.steps.find((s) =>
    model === 'mdn' ? s.phase.mdn === n : s.phase.sevenStep === n,
  );
  return step ? step.index : null;
}

/** The first moment among fine steps `from`…`to`: what a view step (one segment) is known by. */
export function momentIn(timeline: Timeline, from: number, to: number): Moment | undefined {
  return momentsOf(timeline).find((m) => m.step >= from && m.step <= to);
}

/**
 * The moment the view step on screen is known by (the first moment it shows), or null at step 0
 * and between moments. What the URL names, and what "Copy link to this moment" copies.
 */
export function momentOfView(
  timeline: Timeline,
  granularity: Granularity,
  cursor: number,
): Moment | undefined {
  if (cursor <= 0) return undefined;
  const span = viewSpan(timeline, granularity, cursor);
  return momentIn(timeline, span.from, span.to);
}

/** Where the view is, as a moment: the one on screen, else the last one before it. */
export function placeOfView(
  timeline: Timeline,
  granularity: Granularity,
  cursor: number,
): Moment | undefined {
  return momentOfView(timeline, granularity, cursor) ?? momentBefore(timeline, cursor);
}
