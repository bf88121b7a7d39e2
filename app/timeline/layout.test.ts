/**
 * The lanes and the state tags' column beside them in projector mode, at the classroom's screens:
 * 1920×1080's diagram is 928 px wide (three columns), 1280×720's 728 and 1024×768's 480 (measured
 * in Chromium, `?projector=1`).
 */
import { describe, expect, it } from 'vitest';
import { timelineOf } from '../test-support/fixtures';
import { diagramLayout, TAG_GAP, TAG_PX } from './layout';

const timeline = timelineOf('get');

describe('projector mode’s lanes and state tags', () => {
  it('at 1920×1080: tags of 24 px, the lanes 420 px apart, as they were', () => {
    const layout = diagramLayout(timeline, 928, false, true);
    expect(layout.tagPx).toBe(24);
    expect(layout.close).toBe(false);
    expect(layout.lanes).toEqual({ client: 258, server: 678 });
  });

  // Beside tags of 24 px the lanes were 220 px apart: a label of 24 px on two lines, along its
  // slanted arrow, reached past them.
  it('at 1280×720: tags of 18 px, the lanes 86 px further apart', () => {
    const layout = diagramLayout(timeline, 728, false, true);
    expect(layout.tagPx).toBe(TAG_PX.close);
    expect(TAG_PX.close).toBeGreaterThanOrEqual(18);
    expect(layout.close).toBe(true);
    expect(layout.lanes.server - layout.lanes.client).toBeGreaterThanOrEqual(306);
    // "SYN-RECEIVED" at 18 px fits between the ruler and the client's lane.
    const tag = TAG_GAP + 'SYN-RECEIVED'.length * 0.6 * layout.tagPx;
    expect(layout.lanes.client - tag).toBeGreaterThanOrEqual(layout.ruler);
    expect(layout.lanes.server + tag).toBeLessThanOrEqual(layout.width - layout.rail);
  });

  it('at 1024×768, narrow: no tags, the lanes as they were', () => {
    const layout = diagramLayout(timeline, 480, false, true);
    expect(layout.narrow).toBe(true);
    expect(layout.close).toBe(false);
    expect(layout.lanes).toEqual({ client: 68, server: 420 });
  });

  it('on the page: the tags’ column as it was', () => {
    expect(diagramLayout(timeline, 728, false, false).lanes).toEqual({ client: 160, server: 576 });
  });

  // The labels keep off the page's tags by their boxes: of tags of 24 px, they kept too far off.
  it('on the page: tags of 0.68rem, as diagram.css draws them', () => {
    expect(diagramLayout(timeline, 616, false, false).tagPx).toBeCloseTo(0.68 * 15);
  });
});
