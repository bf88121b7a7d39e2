/** Pure playback arithmetic: the store's actions call these and nothing else. */
import type { Timeline } from '../model';

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export function isSpeed(value: unknown): value is Speed {
  return SPEEDS.includes(value as Speed);
}

/** The last step index: `steps.length - 1`, the total shown to people. */
export function lastStep(timeline: Timeline | null): number {
  return timeline ? Math.max(0, timeline.steps.length - 1) : 0;
}

/** Any number to a valid step index of the timeline (NaN → 0). */
export function clampStep(n: number, timeline: Timeline | null): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(lastStep(timeline), Math.max(0, Math.trunc(n)));
}

/** How long a step stays on screen while playing, in wall-clock ms. */
export function dwellMs(speed: Speed): number {
  return 1400 / speed;
}

/**
 * How long a packet takes to travel its arrow, in wall-clock ms: a little over
 * half the dwell, so that it lands with time to read it, and at most 0.9 s.
 */
export function flightMs(speed: Speed): number {
  return Math.min(900, dwellMs(speed) * 0.55);
}
