/** What a step is about on the wire. */
import type { Step } from './types';

/** The ids of the segments a step receives and sends: the one it receives first, if any. */
export function stepSegments(step: Pick<Step, 'segmentIn' | 'segmentsOut'>): readonly number[] {
  return step.segmentIn === null ? step.segmentsOut : [step.segmentIn, ...step.segmentsOut];
}
