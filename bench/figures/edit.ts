import type { Browser, Page } from '@playwright/test';
import { open, waitForMark } from '../lib/browser';
import { EDIT_QUERY, type SamePage } from '../lib/page';
import { fmt, na, percentile, type Row, reason } from '../lib/report';

const THRESHOLD = 16;

interface Keystrokes {
  /** keydown (event.timeStamp) to after the next frame (rAF, then a task). */
  frameLatency: number[];
  /** Event Timing durations of keydown at or over 16 ms (input to next paint). */
  events: number[];
  /**
   * keydown (event.timeStamp) to after the frame that follows the diagram's first change (a
   * mutation in `.region-diagram`, then rAF, then a task): the new diagram on screen. Workshop.tsx
   * simulates an edit in the keystroke's own event, so this is the keystroke's frame unless the
   * page puts the diagram off to a later one.
   */
  diagramLatency: number[];
  presses: number;
  /** Presses after which the diagram was simulated and drawn again. */
  redrawn: number;
}

/**
 * Measures every key press in the page (as STEP_PROBE does for arrows), and when the diagram
 * changed after it: a keystroke is idle once both its frame and its diagram's are done.
 */
const EDIT_PROBE = `(() => {
  const s = (window.__edit = { frameLatency: [], events: [], diagramLatency: [], pending: 0 });
  let waiting = null;
  const afterFrame = (t0, into) => {
    s.pending++;
    requestAnimationFrame(() => setTimeout(() => { into.push(performance.now() - t0); s.pending--; }, 0));
  };
  addEventListener('keydown', (e) => {
    waiting = e.timeStamp;
    afterFrame(e.timeStamp, s.frameLatency);
  }, { capture: true });
  const diagram = document.querySelector('.region-diagram');
  if (diagram) new MutationObserver(() => {
    if (waiting === null) return;
    afterFrame(waiting, s.diagramLatency);
    waiting = null;
  }).observe(diagram, { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') s.events.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  s.idle = () => new Promise((done) => {
    const check = () => (s.pending === 0 ? requestAnimationFrame(() => done(true)) : setTimeout(check, 5));
    check();
  });
})();`;

/**
 * Puts the caret after `fr` (the Accept-Language value) in the Request box of `get`, the
 * workshop opened first if this is Roundtrip (the floor's page shows it open already).
 */
export async function placeCaret(page: Page): Promise<void> {
  const edit = page.getByRole('button', { name: 'Edit this scenario' });
  if ((await page.getByRole('textbox', { name: 'Request', exact: true }).count()) === 0) {
    await edit.click();
  }
  const box = page.getByRole('textbox', { name: 'Request', exact: true });
  await box.waitFor();
  await box.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('fr') + 2;
    el.focus();
    el.setSelectionRange(at, at);
  });
  await page.waitForTimeout(300);
}

/**
 * Types into the Request box of `get` as a teacher does: a letter at the end of the
 * Accept-Language value, then Backspace, and again; each keystroke is a valid request, so each
 * one simulates the scenario again and redraws the page. On the floor (`diagram` false) the same
 * keystrokes type into the same box and move the page on to its capture after each.
 */
async function type(page: Page, presses: number, diagram = true): Promise<Keystrokes> {
  await placeCaret(page);
  await page.evaluate(EDIT_PROBE);
  let redrawn = 0;
  const svg = page.locator('.region-diagram svg').first();
  for (let i = 0; i < presses; i++) {
    const before = diagram ? await svg.innerHTML() : '';
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.evaluate('window.__edit.idle()');
    if (diagram && (await svg.innerHTML()) !== before) redrawn++;
    await page.waitForTimeout(50);
  }
  const data = await page.evaluate<{
    frameLatency: number[];
    events: number[];
    diagramLatency: number[];
  }>(
    'new Promise((done) => setTimeout(() => done({ frameLatency: window.__edit.frameLatency, events: window.__edit.events, diagramLatency: window.__edit.diagramLatency }), 500))',
  );
  return { ...data, presses, redrawn };
}

/** The q-th percentile when it is among the reported (≥ 16 ms) durations, else null. */
function eventPercentile(k: Keystrokes, q: number): number | null {
  const known = [...k.events].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * k.presses));
  const firstKnown = k.presses - known.length + 1;
  return rank >= firstKnown ? (known[rank - firstKnown] ?? null) : null;
}

const show = (v: number | null) => (v === null ? `< ${THRESHOLD} ms` : fmt.ms(v));

/**
 * "Edit to new diagram": a keystroke in the Request box to the redrawn page (Event Timing's
 * keydown duration, input to next paint; rAF as a cross-check), p95 at each CPU rate, beside the
 * same keystroke's figure in the bare React app (its floor of a key press) measured in this run.
 */
export async function editRows(
  browser: Browser,
  roundtripUrl: string,
  baselineUrl: string,
  presses: number,
  rates: readonly number[],
  samePage?: SamePage,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const rate of rates) {
    const figure = `Edit to new diagram p95, ${rate}× CPU`;
    let rt: Keystrokes;
    let base: number[];
    try {
      const s = await open(browser, rate);
      try {
        await s.page.goto(`${roundtripUrl}${EDIT_QUERY}`);
        if (!(await waitForMark(s.page, 'roundtrip:ready', 20_000)))
          throw new Error('no ready mark');
        rt = await type(s.page, presses);
      } finally {
        await s.close();
      }
      const b = await open(browser, rate);
      try {
        await b.page.goto(baselineUrl);
        if (!(await waitForMark(b.page, 'baseline:ready', 20_000)))
          throw new Error('no baseline mark');
        await b.page.evaluate(EDIT_PROBE);
        for (let i = 0; i < presses; i++) {
          await b.page.keyboard.press('ArrowRight');
          await b.page.evaluate('window.__edit.idle()');
          await b.page.waitForTimeout(50);
        }
        base = await b.page.evaluate<number[]>(
          'new Promise((done) => setTimeout(() => done(window.__edit.frameLatency), 500))',
        );
      } finally {
        await b.close();
      }
    } catch (error) {
      rows.push(na(`edit.${rate}x.p95`, figure, '≤ 1.0× floor', reason(error)));
      continue;
    }
    let floor: Keystrokes | string = 'no same-page floor';
    if (typeof samePage === 'string') floor = samePage;
    else if (samePage) {
      const p = await open(browser, rate);
      try {
        await p.page.goto(`${samePage.url}?scenario=edit&keys=edit`);
        if (!(await waitForMark(p.page, 'baseline:ready', 20_000)))
          throw new Error('no baseline mark');
        floor = await type(p.page, presses, false);
      } catch (error) {
        floor = reason(error);
      } finally {
        await p.close();
      }
    }
    const v = eventPercentile(rt, 0.95);
    const f = percentile(rt.frameLatency, 0.95);
    const fb = percentile(base, 0.95);
    const primary = rate === rates[0];
    rows.push({
      id: `edit.${rate}x.p95`,
      figure,
      value: v ?? THRESHOLD,
      unit: 'ms',
      display: `${show(v)} (rAF ${fmt.ms(f)}; ${rt.redrawn}/${presses} redrawn)`,
      baseline: { label: 'bare React key press (rAF)', value: fb, display: fmt.ms(fb) },
      target: '(info)',
      pass: null,
      note: `each keystroke a valid request: simulated again and the page redrawn; ${rt.events.length}/${presses} keystrokes ≥ ${THRESHOLD} ms`,
      detail: { roundtrip: rt, baseline: base },
    });
    rows.push(floorRow(rt, floor, rate, primary, samePage));
    rows.push(diagramRow(rt, floor, rate));
  }
  return rows;
}

/**
 * Roundtrip's keystroke beside the same keystroke on its floor: the bare app typing into the
 * same box of the same page and showing Roundtrip's page as captured after each keystroke
 * (bench/baseline-page, `?keys=edit`). Event Timing's p95 when both reach its 16 ms threshold,
 * else the rAF cross-check's, which always reports.
 */
function floorRow(
  rt: Keystrokes,
  floor: Keystrokes | string,
  rate: number,
  primary: boolean,
  samePage: SamePage | undefined,
): Row {
  const id = `edit.${rate}x.samePage.p95`;
  const figure = `Edit to new diagram p95, ${rate}× CPU, vs the same page`;
  const target = primary ? '≤ 1.0× floor' : '(info)';
  if (typeof floor === 'string') return na(id, figure, target, floor);
  const v = eventPercentile(rt, 0.95);
  const b = eventPercentile(floor, 0.95);
  const byEvents = v !== null && b !== null;
  const mine = byEvents ? v : percentile(rt.frameLatency, 0.95);
  const theirs = byEvents ? b : percentile(floor.frameLatency, 0.95);
  const ratio = mine / theirs;
  const captured = typeof samePage === 'object' ? (samePage.steps.edit ?? 0) : 0;
  return {
    id,
    figure,
    value: mine,
    unit: 'ms',
    display: `${fmt.ms(mine)} (${byEvents ? 'Event Timing' : 'rAF'})`,
    baseline: {
      label: `bare React typing into Roundtrip's page, ${captured} captures`,
      value: theirs,
      display: `${fmt.ms(theirs)} (Event Timing ${show(b)}, rAF ${fmt.ms(percentile(floor.frameLatency, 0.95))})`,
    },
    ratio,
    target,
    pass: primary ? ratio <= 1.0 : null,
    note: `the same keystrokes typed into the same Request box of a bare React app that shows Roundtrip's page as captured after each one (workshop open, its stylesheet too): what the browser costs to show each edit's page on this machine, so the difference is reading, validating, simulating and rendering; ${floor.events.length}/${floor.presses} of its keystrokes ≥ ${THRESHOLD} ms, ${rt.events.length}/${rt.presses} of Roundtrip's`,
    detail: { samePage: floor },
  };
}

/**
 * The keystroke to its new diagram on screen, beside the same on the floor (whose page changes
 * whole in the keystroke's frame): a cross-check of the keydown's own paint, which would not
 * say that the diagram came later if the page drew it a frame after the typed character.
 */
function diagramRow(rt: Keystrokes, floor: Keystrokes | string, rate: number): Row {
  const id = `edit.${rate}x.diagram.p95`;
  const figure = `Edit to new diagram p95, ${rate}× CPU, diagram on screen, vs the same page`;
  if (typeof floor === 'string') return na(id, figure, '(info)', floor);
  if (rt.diagramLatency.length === 0 || floor.diagramLatency.length === 0)
    return na(id, figure, '(info)', 'no change of the diagram seen');
  const mine = percentile(rt.diagramLatency, 0.95);
  const theirs = percentile(floor.diagramLatency, 0.95);
  return {
    id,
    figure,
    value: mine,
    unit: 'ms',
    display: `${fmt.ms(mine)} (rAF after its first change; ${rt.diagramLatency.length}/${rt.presses})`,
    baseline: {
      label: 'the same page',
      value: theirs,
      display: `${fmt.ms(theirs)} (${floor.diagramLatency.length}/${floor.presses})`,
    },
    ratio: mine / theirs,
    target: '(info)',
    pass: null,
    note: 'keydown to the frame after the first change inside .region-diagram, then a task; the floor shows each capture whole in the keystroke’s frame',
  };
}
