import { describe, expect, it } from 'vitest';
import { followTop } from './useFollow';

const at = (y: number) => ({ top: y, bottom: y });

describe('where the diagram scrolls to follow the cursor (followTop)', () => {
  it('stays put while the now line and the arrows in flight are in view', () => {
    expect(followTop(100, 300, 250, [{ top: 150, bottom: 380 }, at(250)], false)).toBeNull();
  });

  it('puts the now line past the middle when it leaves the view', () => {
    expect(followTop(0, 300, 500, [at(500)], false)).toBe(500 - 300 * 0.55);
  });

  // 1280×720 in projector mode: the server's ACK in flight ended 90 px under the view, with its
  // numbers, although the now line itself was in view.
  it('scrolls on until the arrows in flight end in view', () => {
    const spans = [{ top: 440, bottom: 680 }, at(465)];
    expect(followTop(200, 290, 465, spans, false)).toBe(680 + 16 - 290);
  });

  it('keeps the top of an arrow in flight too, sent steps ago', () => {
    const spans = [{ top: 300, bottom: 500 }, at(465)];
    expect(followTop(400, 290, 465, spans, false)).toBe(300 - 8);
  });

  it("where the arrows in flight are taller than the view, keeps the step's own", () => {
    const spans = [
      { top: 100, bottom: 600 },
      { top: 465, bottom: 600 },
    ];
    expect(followTop(0, 290, 465, spans, false)).toBe(600 + 16 - 290);
  });

  it("where even the step's arrows are taller, keeps the top of them", () => {
    const spans = [
      { top: 465, bottom: 1200 },
      { top: 465, bottom: 1200 },
    ];
    expect(followTop(0, 290, 465, spans, false)).toBe(465 - 8);
  });

  it('on a phone keeps what it keeps above the explanation, over the lower quarter', () => {
    expect(followTop(0, 600, 100, [{ top: 80, bottom: 200 }, at(100)], true)).toBeNull();
    expect(followTop(0, 600, 500, [{ top: 480, bottom: 700 }, at(500)], true)).toBe(
      700 + 150 - 600,
    );
  });
});
