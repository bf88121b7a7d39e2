/**
 * Where one sentence cannot be true of every step with a reason, the describer picks another:
 * the same reason's words for what this step really did. Each chooser reads only the timeline
 * (the segments the step sent and received, its state changes, the HTTP message it is about),
 * so the words follow what was sent: under `linux` an ACK may wait and ride on the next
 * segment, a FIN may ride on the last data, and ACK and FIN may close in one segment.
 */
import type { Step, StepReason, Timeline } from '../model';
import { explainChoosers, type SeqMode, type StepFacts, type Variant } from './choice';
import { messageFacts } from './messageFacts';

export type { SeqMode, StepFacts, Variant } from './choice';

export function stepFacts(step: Step, timeline: Timeline, mode: SeqMode): StepFacts {
  const received = step.segmentIn === null ? undefined : timeline.segments[step.segmentIn];
  const sent = step.segmentsOut.flatMap((id) => timeline.segments[id] ?? []);
  const record = step.message ? timeline.messages[step.message.messageId] : undefined;
  const message = record ? messageFacts(timeline, record) : null;
  return {
    step,
    timeline,
    mode,
    endpoint: step.endpoint ?? received?.from ?? sent[0]?.from ?? 'client',
    received,
    sent,
    message,
    unread: record !== undefined && message === null,
  };
}

/**
 * The reasons that have a chooser in `choosers.ts` (a test keeps the two lists the same): a
 * step with another reason takes its plain words, with no chooser to run.
 */
export const CHOSEN: ReadonlySet<StepReason> = new Set<StepReason>([
  'ack-received',
  'ack-throttled',
  'active-close',
  'active-open',
  'capture-start',
  'capture-start-inferred',
  'challenge-ack-sent',
  'data-received',
  'data-sent',
  'duplicate-ack-received',
  'duplicate-ack-sent',
  'duplicate-syn-received',
  'fin-acked',
  'fin-received',
  'old-segment-accepted',
  'passive-close',
  'redirect-followed',
  'request-body-parsed',
  'request-body-written',
  'response-blank-line-parsed',
  'response-blank-line-written',
  'response-body-parsed',
  'rst-sent',
  'segment-captured',
  'segment-lost',
  'status-line-parsed',
  'syn-received',
  'time-wait-ack',
  'time-wait-assassinated',
]);

/**
 * The variant words that are true of this step where its reason's plain ones are not; null
 * while its reason's chooser is still on its way (`loadExplainWords`).
 */
export function variantOf(f: StepFacts): Variant | null {
  if (!CHOSEN.has(f.step.reason)) return {};
  const choose = explainChoosers()?.[f.step.reason];
  return choose === undefined ? null : (choose(f) ?? {});
}
