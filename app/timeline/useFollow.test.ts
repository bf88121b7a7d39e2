import { describe, expect, it } from 'vitest';
import { followTop } from './useFollow';

const at = (y: number) => ({ top: y, bottom: y });

describe('where the diagram scrolls to follow the cursor (followTop)', () => {
  it('stays put while the now line and the arrows in flight are in view', () => {
    expect(followTop(100, 300, 250, [{ top: 150, bottom: 380 }, at(250)])).toBeNull();
  });

  it('puts the now line past the middle when it leaves the view', () => {
    expect(followTop(0, 300, 500, [at(500)])).toBe(500 - 300 * 0.6);
  });

  // 1280×720 in projector mode: the server's ACK in flight ended 90 px under the view, with its
  // numbers, although the now line itself was in view.
  it('scrolls on until the arrows in flight end in view', () => {
    const spans = [{ top: 440, bottom: 680 }, at(465)];
    expect(followTop(200, 290, 465, spans)).toBe(680 + 16 - 290);
  });

  it('keeps the top of an arrow in flight too, sent steps ago', () => {
    const spans = [{ top: 300, bottom: 500 }, at(465)];
    const top = followTop(400, 290, 465, spans) ?? Number.NaN;
    // Its top and its end both in view, clear of the edges.
    expect(top).toBeLessThanOrEqual(300 - 8);
    expect(top + 290).toBeGreaterThanOrEqual(500 + 16);
  });

  it("where the arrows in flight are taller than the view, keeps the step's own", () => {
    const spans = [
      { top: 100, bottom: 600 },
      { top: 465, bottom: 600 },
    ];
    expect(followTop(0, 290, 465, spans)).toBe(600 + 16 - 290);
  });

  it("where even the step's arrows are taller, keeps the top of them", () => {
    const spans = [
      { top: 465, bottom: 1200 },
      { top: 465, bottom: 1200 },
    ];
    expect(followTop(0, 290, 465, spans)).toBe(465 - 8);
  });

  it('on a phone keeps what it keeps above the sheet, as much as the sheet covers', () => {
    expect(followTop(0, 600, 100, [{ top: 80, bottom: 200 }, at(100)], 150)).toBeNull();
    expect(followTop(0, 600, 500, [{ top: 480, bottom: 700 }, at(500)], 150)).toBe(
      700 + 16 + 150 - 600,
    );
  });

  // large-response at 390×844: the description's two lines pushed the diagram down, the
  // explanation covered 88 px of its 304 (more than the quarter taken for it), and the step's
  // arrow ended 12 px under it.
  it('on a phone keeps the step clear of a sheet that covers more than a quarter', () => {
    const top = followTop(150, 304, 450, [{ top: 430, bottom: 520 }, at(450)], 88);
    expect(top).not.toBeNull();
    expect(520 - (top ?? 0)).toBeLessThanOrEqual(304 - 88 - 16);
    expect(430 - (top ?? 0)).toBeGreaterThanOrEqual(8);
  });

  // Predict's question and its feedback stick over the diagram's lower half: the now line goes
  // past the middle of what is in sight above them, not of the whole scroller.
  it('on a phone puts the now line past the middle of what the sheet leaves in sight', () => {
    const top = followTop(0, 304, 300, [at(300)], 160);
    expect(top).toBe(300 - (304 - 160) * 0.6);
  });
});
