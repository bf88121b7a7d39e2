import { describe, expect, it } from 'vitest';
import { HeightReporter } from './resize';

function reporter() {
  const posted: number[] = [];
  let time = 0;
  const r = new HeightReporter(
    (h) => posted.push(h),
    () => time,
  );
  return { r, posted, wait: (ms: number) => (time += ms) };
}

describe('the heights an embed posts', () => {
  it('posts each new height, rounded up, once', () => {
    const { r, posted, wait } = reporter();
    r.report(480.2, 800);
    r.report(480.9, 800);
    wait(2000);
    r.report(512, 800);
    wait(2000);
    r.report(470, 800);
    expect(posted).toEqual([481, 512, 470]);
    expect(r.current).toBe(470);
  });

  it("stops a loop through the page's scrollbar: heights alternating with the width keep the larger", () => {
    const { r, posted, wait } = reporter();
    // 800 wide: 600; the page's scrollbar comes, 785 wide: 640; it goes; and again.
    for (const [h, w] of [
      [600, 800],
      [640, 785],
      [600, 800],
      [640, 785],
      [600, 800],
    ] as const) {
      r.report(h, w);
      wait(150);
    }
    expect(posted).toEqual([600, 640]);
    // A larger height still goes through; a smaller one comes back only to the kept one.
    wait(2000);
    r.report(700, 785);
    wait(2000);
    r.report(620, 800);
    expect(posted).toEqual([600, 640, 700, 640]);
  });

  it('follows a student stepping quickly, whose heights come and go at one width', () => {
    const { r, posted, wait } = reporter();
    for (const h of [600, 640, 600, 640, 600]) {
      r.report(h, 358);
      wait(150);
    }
    expect(posted).toEqual([600, 640, 600, 640, 600]);
  });
});
