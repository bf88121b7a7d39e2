import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../model';
import { timelineOf } from '../test-support/fixtures';
import {
  fineStepOf,
  segmentSteps,
  switchedCursor,
  viewIndexOf,
  viewSpan,
  viewSteps,
} from './granularity';

describe('one step per segment', () => {
  it('takes GET in about a dozen steps, each ending on an arrival or a loss and what it reads', () => {
    const get = timelineOf('get');
    const ends = segmentSteps(get);
    expect(ends.length - 1).toBe(12);
    for (const end of ends.slice(1, -1)) {
      const step = get.steps[end];
      const arrival = get.steps.slice(0, end + 1).findLast((s) => s.segmentIn !== null);
      expect(arrival).toBeDefined();
      // Either the arrival itself, or a block it let the receiver read.
      if (step?.segmentIn === null) expect(step.message?.direction).toBe('parse');
    }
    // The SYN's flight: the client's OPEN and its arrival at the server, at once.
    expect(viewSpan(get, 'segment', 2)).toEqual({ from: 1, to: 2 });
    expect(get.steps[2]?.states.server).toBe('SYN-RECEIVED');
  });

  it('covers every step once, ends on the last, in every canned scenario under both profiles', () => {
    for (const { id } of SCENARIOS) {
      for (const profile of ['textbook', 'linux'] as const) {
        const t = timelineOf(id, profile);
        const ends = segmentSteps(t);
        expect(ends[0]).toBe(0);
        expect(ends.at(-1)).toBe(t.steps.length - 1);
        expect(ends).toEqual([...new Set(ends)].sort((a, b) => a - b));
        expect(ends.length).toBeLessThan(t.steps.length);
      }
    }
  });

  it('maps view steps and fine steps both ways', () => {
    const get = timelineOf('get');
    const ends = viewSteps(get, 'segment');
    ends.forEach((fine, k) => {
      expect(viewIndexOf(get, 'segment', fine)).toBe(k);
      expect(fineStepOf(get, 'segment', k)).toBe(fine);
    });
    // A fine step inside a segment's view step is shown by that view step.
    expect(viewIndexOf(get, 'segment', 1)).toBe(1);
    expect(fineStepOf(get, 'segment', 999)).toBe(get.steps.length - 1);
    expect(viewSteps(get, 'block')).toHaveLength(get.steps.length);
    expect(viewIndexOf(get, 'block', 7)).toBe(7);
  });
});

describe('switching between one step per block and one per segment', () => {
  it('comes back to the same fine step when the cursor did not move, in every canned scenario', () => {
    for (const { id } of SCENARIOS) {
      for (const profile of ['textbook', 'linux'] as const) {
        const t = timelineOf(id, profile);
        for (const { index: fine } of t.steps) {
          const there = switchedCursor(t, 'segment', fine, null);
          // The segment view shows the view step that contains the fine step, or follows it.
          expect(there).toBe(viewSteps(t, 'segment')[viewIndexOf(t, 'segment', fine)]);
          expect(there).toBeGreaterThanOrEqual(fine);
          expect(switchedCursor(t, 'block', there, fine)).toBe(fine);
        }
      }
    }
  });

  it('after a move in the segment view, stays on the fine step that view step ends on', () => {
    const get = timelineOf('get');
    const ends = segmentSteps(get);
    const there = switchedCursor(get, 'segment', 5, null);
    const k = ends.indexOf(there);
    const moved = ends[k + 1] ?? -1;
    expect(switchedCursor(get, 'block', moved, 5)).toBe(moved);
    expect(switchedCursor(get, 'block', ends[k - 1] ?? -1, 5)).toBe(ends[k - 1]);
    // Nothing left behind (the page opened in the segment view): the cursor stays.
    expect(switchedCursor(get, 'block', there, null)).toBe(there);
  });
});
