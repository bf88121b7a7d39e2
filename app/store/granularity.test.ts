/** The player at the `segment` granularity: it stops on one step per segment. */
import { describe, expect, it } from 'vitest';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { segmentSteps } from '../timeline/granularity';

describe('stepping one segment at a time', () => {
  it('next, previous, tick, goTo and last stop only on the view steps; switching keeps the place', () => {
    const { store } = boot('?scenario=get&step=15', ['en'], { model: modelApi }) as Booted;
    const s = () => store.getState();
    const timeline = s().timeline;
    if (!timeline) throw new Error('no timeline');
    const ends = segmentSteps(timeline);
    s().setGranularity('segment');
    // Step 15 (the status line written) is shown by the view step that ends on the next arrival.
    expect(s().cursor).toBe(ends.find((e) => e >= 15));
    s().next();
    expect(ends).toContain(s().cursor);
    const k = ends.indexOf(s().cursor);
    s().previous();
    expect(s().cursor).toBe(ends[k - 1]);
    s().tick();
    expect(s().cursor).toBe(ends[k]);
    s().goTo(1);
    expect(s().cursor).toBe(ends[1]);
    s().last();
    expect(s().cursor).toBe(timeline.steps.length - 1);
    s().setGranularity('block');
    s().goTo(5);
    s().next();
    expect(s().cursor).toBe(6);
  });
});

describe('switching one step per segment on and off', () => {
  const booted = (step: number) => {
    const { store } = boot(`?scenario=get&step=${step}`, ['en'], { model: modelApi }) as Booted;
    return store;
  };

  // get (textbook): 5 → segment → block had landed on 9, 22 on 23 and 25 on 31.
  it.each([5, 22, 25])('comes back to step %i when the cursor did not move', (step) => {
    const store = booted(step);
    store.getState().setGranularity('segment');
    expect(store.getState().cursor).toBeGreaterThan(step);
    store.getState().setGranularity('block');
    expect(store.getState().cursor).toBe(step);
  });

  it('comes back to every step of get, and goes on from there', () => {
    const store = booted(0);
    const last = (store.getState().timeline?.steps.length ?? 0) - 1;
    for (let step = 0; step <= last; step++) {
      store.getState().goTo(step);
      store.getState().setGranularity('segment');
      store.getState().setGranularity('block');
      expect(store.getState().cursor).toBe(step);
    }
    store.getState().goTo(5);
    store.getState().setGranularity('segment');
    store.getState().setGranularity('block');
    store.getState().next();
    expect(store.getState().cursor).toBe(6);
  });

  it('after a move in the segment view, shows the fine step that view step ends on', () => {
    const store = booted(5);
    const s = () => store.getState();
    const ends = segmentSteps(s().timeline as NonNullable<ReturnType<typeof s>['timeline']>);
    s().setGranularity('segment');
    s().next();
    const moved = s().cursor;
    expect(ends).toContain(moved);
    s().setGranularity('block');
    expect(s().cursor).toBe(moved);
    // From there, a move back one view step, then block: that view step's end.
    s().setGranularity('segment');
    s().previous();
    s().setGranularity('block');
    expect(s().cursor).toBe(ends[ends.indexOf(moved) - 1]);
  });

  it('comes back to the step left when the student went away and back to its view step', () => {
    const store = booted(5);
    const s = () => store.getState();
    s().setGranularity('segment');
    s().next();
    s().previous();
    s().setGranularity('block');
    expect(s().cursor).toBe(5);
  });

  it('forgets the step left when another timeline is loaded', () => {
    const store = booted(5);
    store.getState().setGranularity('segment');
    const there = store.getState().cursor;
    store.getState().loadScenario('get', { step: there });
    store.getState().setGranularity('block');
    expect(store.getState().cursor).toBe(there);
  });
});
