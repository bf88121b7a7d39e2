/**
 * Code that runs inside the page. Kept as plain JavaScript strings, not as
 * functions handed to Playwright: tsx compiles this folder with esbuild's
 * keepNames, whose `__name` helper does not exist in the page.
 */

/** Data the frame counter collects; see FRAME_COUNTER. */
export interface FrameData {
  frames: number[];
  loafs: {
    start: number;
    duration: number;
    blocking: number;
    /** From renderStart (rAF callbacks, style, layout, paint) to the end of the frame. */
    render: number;
    /** From styleAndLayoutStart to the end of the frame. */
    styleLayout: number;
    scripts: { invoker: string; source: string; duration: number }[];
  }[];
  loafSupported: boolean;
  t0: number;
  t1: number;
  mutations: number;
  lastMutation: number;
}

/**
 * Injected before any page script: a requestAnimationFrame loop that stamps
 * every frame while recording, and a Long Animation Frames observer. Only the
 * top frame records, so that an embed's frames do not mix in.
 */
export const FRAME_COUNTER = `(() => {
  if (window.top !== window) return;
  const b = (window.__bench = {
    frames: [], loafs: [], loafSupported: false, recording: false,
    t0: 0, t1: 0, mutations: 0, lastMutation: 0,
  });
  const tick = (t) => { if (b.recording) b.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.loafs.push({
          start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: (e.scripts || []).map((s) => ({
            invoker: String(s.invoker || ''),
            source: String(s.sourceURL || '') + ' ' + String(s.sourceFunctionName || ''),
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    b.loafSupported = true;
  } catch {}
  b.start = () => {
    b.frames = []; b.recording = true; b.t0 = performance.now(); b.lastMutation = b.t0;
    b.observer = new MutationObserver(() => { b.mutations++; b.lastMutation = performance.now(); });
    b.observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  b.stop = () => {
    b.recording = false; b.t1 = performance.now(); b.observer && b.observer.disconnect();
    return new Promise((done) => setTimeout(() => done({
      frames: b.frames, loafs: b.loafs, loafSupported: b.loafSupported,
      t0: b.t0, t1: b.t1, mutations: b.mutations, lastMutation: b.lastMutation,
    }), 200));
  };
})();`;

export interface StepData {
  /** keydown (event.timeStamp) to after the next frame (rAF, then a task). */
  frameLatency: number[];
  /** Event Timing entries for keydown at or over the 16 ms threshold. */
  events: { start: number; duration: number; input: number; processing: number }[];
  eventTimingSupported: boolean;
}

/** Installed once the page is ready: measures every arrow key press. */
export const STEP_PROBE = `(() => {
  const s = (window.__step = { frameLatency: [], events: [], pending: 0, eventTimingSupported: false });
  addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const t0 = e.timeStamp;
    s.pending++;
    requestAnimationFrame(() => setTimeout(() => {
      s.frameLatency.push(performance.now() - t0);
      s.pending--;
    }, 0));
  }, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== 'keydown') continue;
        s.events.push({
          start: e.startTime, duration: e.duration,
          input: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    s.eventTimingSupported = true;
  } catch {}
  s.idle = () => new Promise((done) => {
    const check = () => (s.pending === 0 ? requestAnimationFrame(() => done(true)) : setTimeout(check, 5));
    check();
  });
})();`;

export const STEP_IDLE = 'window.__step.idle()';

/**
 * Resolves once nothing animates on the page (no running Web Animation, CSS
 * animation or transition; the packets' flight is one) and a frame has passed.
 */
export const STEP_AT_REST = `new Promise((done) => {
  const check = () => document.getAnimations().some((a) => a.playState === 'running')
    ? setTimeout(check, 20)
    : requestAnimationFrame(() => done(true));
  check();
})`;

export const STEP_COLLECT = `new Promise((done) => setTimeout(() => done({
  frameLatency: window.__step.frameLatency,
  events: window.__step.events,
  eventTimingSupported: window.__step.eventTimingSupported,
}), 500))`;
