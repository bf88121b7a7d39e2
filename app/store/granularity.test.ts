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
