/** What a step is about on the wire. */
import type { Segment, Step, Timeline } from './types';

/** The ids of the segments a step receives and sends: the one it receives first, if any. */
export function stepSegments(step: Pick<Step, 'segmentIn' | 'segmentsOut'>): readonly number[] {
  return step.segmentIn === null ? step.segmentsOut : [step.segmentIn, ...step.segmentsOut];
}

/**
 * The step that first sends a lost segment's sequence space again after it was lost: a
 * retransmission timeout, or a fast retransmit (RFC 5681 §3.2); undefined if nothing resends it.
 */
export function resendingStep(t: Timeline, lost: Segment): Step | undefined {
  const first = lost.retransmissionOf ?? lost.id;
  const again = t.segments.find((s) => s.retransmissionOf === first && s.sentAt > lost.sentAt);
  return again && t.steps.find((s) => s.segmentsOut.includes(again.id));
}
