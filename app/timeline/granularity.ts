/**
 * Granularity: which steps of the timeline the student moves through. `block` is every step
 * the simulator records (each HTTP block written and read). `segment` is one step per segment:
 * its flight ends at its arrival (or loss), and the step shows at once everything up to there —
 * the writes that filled it, the departure, the arrival, the state changes at both ends and
 * the blocks the arrival lets the receiver read. A view over the same timeline: the simulator
 * stays one, and a view step is named by the fine step it ends on.
 */
import type { Timeline } from '../model';

export type Granularity = 'block' | 'segment';

export function isGranularity(value: unknown): value is Granularity {
  return value === 'block' || value === 'segment';
}

const cache = new WeakMap<Timeline, number[]>();

/** The fine steps a segment-by-segment walk stops on: 0, then each arrival or loss and what it reads. */
export function segmentSteps(timeline: Timeline): number[] {
  const cached = cache.get(timeline);
  if (cached) return cached;
  const steps = timeline.steps;
  const ends = [0];
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i];
    if (!step || step.segmentIn === null) continue;
    // The blocks this arrival completes are read in the steps right after it, at the same end
    // and the same moment: they belong to its view step.
    let end = i;
    for (let j = i + 1; j < steps.length; j++) {
      const next = steps[j];
      if (next?.message?.direction !== 'parse' || next.endpoint !== step.endpoint) break;
      if (next.time !== step.time) break;
      end = j;
    }
    ends.push(end);
    i = end;
  }
  // What happens after the last arrival (a timer: TIME-WAIT ending) is the last view step.
  if (ends[ends.length - 1] !== steps.length - 1 && steps.length > 1) ends.push(steps.length - 1);
  cache.set(timeline, ends);
  return ends;
}

const identity = new WeakMap<Timeline, number[]>();

/** The fine steps the view stops on, in order; `block` stops on every one. */
export function viewSteps(timeline: Timeline, granularity: Granularity): number[] {
  if (granularity === 'segment') return segmentSteps(timeline);
  let all = identity.get(timeline);
  if (!all) {
    all = timeline.steps.map((s) => s.index);
    identity.set(timeline, all);
  }
  return all;
}

/** The view step that shows fine step `fine`: the first one at or after it. */
export function viewIndexOf(timeline: Timeline, granularity: Granularity, fine: number): number {
  if (granularity === 'block') return fine;
  const ends = segmentSteps(timeline);
  const k = ends.findIndex((e) => e >= fine);
  return k === -1 ? ends.length - 1 : k;
}

/** The fine step a view step ends on (clamped to the view). */
export function fineStepOf(timeline: Timeline, granularity: Granularity, view: number): number {
  const steps = viewSteps(timeline, granularity);
  const k = Math.min(steps.length - 1, Math.max(0, Math.trunc(Number.isFinite(view) ? view : 0)));
  return steps[k] ?? 0;
}

/** The fine steps one view step covers: after the previous view step, up to its own. */
export function viewSpan(
  timeline: Timeline,
  granularity: Granularity,
  fine: number,
): { from: number; to: number } {
  if (granularity === 'block') return { from: fine, to: fine };
  const ends = segmentSteps(timeline);
  const k = viewIndexOf(timeline, granularity, fine);
  return { from: k === 0 ? 0 : (ends[k - 1] ?? 0) + 1, to: ends[k] ?? fine };
}

/**
 * The fine step on screen after switching to `granularity` with the cursor on fine step
 * `cursor`. `left` is the fine step that the last switch to `segment` left (null if none).
 *
 * - To `segment`: the view step that shows `cursor`, the first at or after it (`viewIndexOf`).
 * - Back to `block`, while the cursor is on the view step that showed `left`: `left`. A student
 *   who did not move comes back to the same step from a round trip block → segment → block; one
 *   who went away and came back to that view step is looking at it again, and gets it too.
 * - Back to `block` after the student moved to another view step: the fine step that view step
 *   ends on, the cursor itself. A view step shows everything up to its end at once, so the
 *   picture on screen stays as it is; stepping on walks the blocks of the next segment.
 */
export function switchedCursor(
  timeline: Timeline,
  granularity: Granularity,
  cursor: number,
  left: number | null,
): number {
  if (granularity === 'segment') {
    return viewSteps(timeline, 'segment')[viewIndexOf(timeline, 'segment', cursor)] ?? 0;
  }
  const stayed =
    left !== null &&
    left <= cursor &&
    viewIndexOf(timeline, 'segment', left) === viewIndexOf(timeline, 'segment', cursor);
  return stayed ? left : cursor;
}
