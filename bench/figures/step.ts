import type { Browser, Page } from '@playwright/test';
import { flightMs } from '../../app/store/playback';
import { open, waitForMark } from '../lib/browser';
import { STEP_AT_REST, STEP_COLLECT, STEP_IDLE, STEP_PROBE, type StepData } from '../lib/inpage';
import type { SamePage } from '../lib/page';
import { fmt, na, percentile, type Row, reason } from '../lib/report';

const TARGET = '≤ 16.7 ms';
const THRESHOLD = 16;

interface Presses {
  data: StepData;
  presses: number;
  moved: number;
}

async function counter(page: Page): Promise<string | null> {
  const c = page.getByTestId('step-counter');
  return (await c.count()) > 0 ? await c.first().textContent() : null;
}

/**
 * Presses ArrowRight `presses` times, turning back with ArrowLeft at the end;
 * `atRest`: each press only once nothing on the page animates any more (the
 * previous step's packet has landed), as a reader who reads each step would.
 */
async function press(page: Page, presses: number, atRest = false): Promise<Presses> {
  await page.evaluate(STEP_PROBE);
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  let key = 'ArrowRight';
  let moved = 0;
  for (let i = 0; i < presses; i++) {
    const before = await counter(page);
    await page.keyboard.press(key);
    await page.evaluate(STEP_IDLE);
    const after = await counter(page);
    if (before !== after) moved++;
    else if (key === 'ArrowRight') key = 'ArrowLeft';
    else key = 'ArrowRight';
    if (atRest) await page.evaluate(STEP_AT_REST);
    // Leave the page a quiet frame between presses, as a reader stepping quickly would.
    await page.waitForTimeout(50);
  }
  return { data: await page.evaluate<StepData>(STEP_COLLECT), presses, moved };
}

/**
 * Event Timing reports only events of 16 ms or more, so a percentile is known
 * exactly when it falls among the reported ones, and is "< 16 ms" otherwise.
 */
export function eventPercentile(p: Presses, q: number): number | null {
  const known = p.data.events.map((e) => e.duration).sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * p.presses));
  const firstKnown = p.presses - known.length + 1;
  return rank >= firstKnown ? (known[rank - firstKnown] ?? null) : null;
}

const show = (v: number | null) => (v === null ? `< ${THRESHOLD} ms` : fmt.ms(v));

/**
 * Figure 4: key press to next paint, from Event Timing (`duration` of keydown
 * is input to next paint, rounded to 8 ms), with a rAF-based cross-check, on
 * `large-response` (the most steps), at each CPU rate in `rates`; the bare
 * app's counter is the floor. The target applies to the first rate.
 */
export async function stepRows(
  browser: Browser,
  roundtripUrl: string,
  baselineUrl: string,
  presses: number,
  rates: readonly number[],
  samePage?: SamePage,
  runs = 1,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [i, rate] of rates.entries()) {
    const each: Row[][] = [];
    for (let run = 0; run < runs; run++) {
      each.push(
        await stepRowsAt(browser, roundtripUrl, baselineUrl, presses, rate, i === 0, samePage),
      );
    }
    rows.push(...medianRun(each));
  }
  return rows;
}

/**
 * Several runs of the same rows made one: each row is the run's whose figure (its ratio, where it
 * has one) is the median, so that its figure, floor and ratio stay one run's; the note lists every
 * run's. On a busy machine one run of 40 presses moves by one of Event Timing's 8 ms buckets from
 * run to run, as much as the whole difference between Roundtrip and its floor.
 */
export function medianRun(runs: readonly Row[][]): Row[] {
  const first = runs[0] ?? [];
  if (runs.length < 2) return [...first];
  return first.map((row) => {
    const same = runs.flatMap((r) => r.filter((x) => x.id === row.id && x.value !== null));
    if (same.length < 2) return row;
    const key = (r: Row) => r.ratio ?? r.value ?? 0;
    const sorted = [...same].sort((a, b) => key(a) - key(b));
    const chosen = sorted[Math.ceil(sorted.length / 2) - 1] ?? row;
    const each = same
      .map((r) => (r.ratio === undefined ? r.display : `${r.ratio.toFixed(2)}×`))
      .join(', ');
    return {
      ...chosen,
      display: `${chosen.display}, median of ${same.length} runs`,
      note: `runs: ${each}${chosen.note ? `. ${chosen.note}` : ''}`,
    };
  });
}

async function stepRowsAt(
  browser: Browser,
  roundtripUrl: string,
  baselineUrl: string,
  presses: number,
  rate: number,
  primary: boolean,
  samePage?: SamePage,
): Promise<Row[]> {
  const target = primary ? TARGET : '(info)';
  const figure = `Step latency p95, ${rate}× CPU`;
  const run = async (url: string, mark: string, atRest = false) => {
    const s = await open(browser, rate);
    try {
      await s.page.goto(url);
      if (!(await waitForMark(s.page, mark, 20_000))) throw new Error(`no ${mark} mark`);
      await s.page.waitForTimeout(500);
      return await press(s.page, presses, atRest);
    } finally {
      await s.close();
    }
  };
  let rt: Presses;
  let base: Presses;
  let page: Presses | string | null = null;
  try {
    base = await run(baselineUrl, 'baseline:ready');
    rt = await run(`${roundtripUrl}?scenario=large-response`, 'roundtrip:ready');
  } catch (error) {
    return [na(`step.${rate}x.p95`, figure, target, reason(error))];
  }
  // The floor's packets fly as long as Roundtrip's do at its first speed, 1×.
  const floorUrl =
    typeof samePage === 'object'
      ? `${samePage.url}?scenario=large-response&flight=${flightMs(1)}`
      : null;
  if (floorUrl) {
    page = await run(floorUrl, 'baseline:ready').catch((error: unknown) => reason(error));
  } else if (typeof samePage === 'string') {
    page = samePage;
  }
  // Both again, each press once the previous packet has landed (nothing
  // animates): at the target's rate only.
  let rested: Presses | string | null = null;
  let pageRested: Presses | string | null = null;
  if (primary && page !== null) {
    rested = await run(`${roundtripUrl}?scenario=large-response`, 'roundtrip:ready', true).catch(
      (error: unknown) => reason(error),
    );
    pageRested = floorUrl
      ? await run(floorUrl, 'baseline:ready', true).catch((error: unknown) => reason(error))
      : page;
  }
  if (!rt.data.eventTimingSupported) {
    return [na(`step.${rate}x.p95`, figure, target, 'no Event Timing')];
  }
  const rows: Row[] = [];
  for (const q of [0.5, 0.95]) {
    const v = eventPercentile(rt, q);
    const b = eventPercentile(base, q);
    const name = q === 0.5 ? 'p50' : 'p95';
    rows.push({
      id: `step.${rate}x.${name}`,
      figure: `Step latency ${name}, ${rate}× CPU`,
      value: v ?? THRESHOLD,
      unit: 'ms',
      display: `${show(v)}${name === 'p95' ? ` (${rt.moved}/${presses} presses moved)` : ''}`,
      baseline: { label: 'bare React', value: b ?? THRESHOLD, display: show(b) },
      target: q === 0.95 ? target : '(info)',
      pass: q === 0.95 && primary ? (v ?? 0) <= 16.7 : null,
      detail: q === 0.95 ? { roundtrip: rt, baseline: base } : undefined,
    });
  }
  const f = percentile(rt.data.frameLatency, 0.95);
  const fb = percentile(base.data.frameLatency, 0.95);
  const worst = [...rt.data.events].sort((a, b) => b.duration - a.duration)[0];
  rows.push({
    id: `step.${rate}x.raf.p95`,
    figure: `Step to next frame p95 (rAF), ${rate}×`,
    value: f,
    unit: 'ms',
    display: fmt.ms(f),
    baseline: { label: 'bare React', value: fb, display: fmt.ms(fb) },
    target: '(cross-check)',
    pass: null,
    note: `${rt.data.events.length}/${presses} presses ≥ ${THRESHOLD} ms (bare: ${base.data.events.length})${
      worst
        ? `; slowest: ${fmt.ms(worst.duration)} = input delay ${fmt.ms(worst.input)} + handlers ${fmt.ms(worst.processing)} + render/paint ${fmt.ms(worst.duration - worst.input - worst.processing)}`
        : ''
    }`,
  });
  if (page !== null) rows.push(samePageRow(rt, page, rate, samePage));
  if (pageRested !== null && rested !== null) {
    rows.push(samePageRow(rested, pageRested, rate, samePage, true));
  }
  return rows;
}

/**
 * Roundtrip's p95 beside the bare app making the same changes to the same
 * page: what the browser costs to show these steps on this machine, so the
 * difference is Roundtrip's own work per step.
 */
function samePageRow(
  rt: Presses | string,
  page: Presses | string,
  rate: number,
  samePage: SamePage | undefined,
  atRest = false,
): Row {
  const id = `step.${rate}x.samePage${atRest ? '.atRest' : ''}.p95`;
  const figure = `Step latency p95, ${rate}×, ${atRest ? 'at rest, ' : ''}vs the same page`;
  if (typeof page === 'string') return na(id, figure, '(floor)', page);
  if (typeof rt === 'string') return na(id, figure, '(floor)', rt);
  const v = eventPercentile(rt, 0.95);
  const b = eventPercentile(page, 0.95);
  const both = (p: Presses, x: number | null) =>
    `${show(x)} (p50 ${show(eventPercentile(p, 0.5))})`;
  const steps = typeof samePage === 'object' ? (samePage.steps['large-response'] ?? 0) : 0;
  return {
    id,
    figure,
    value: v ?? THRESHOLD,
    unit: 'ms',
    display: both(rt, v),
    baseline: {
      label: `bare React stepping through Roundtrip's page at ${steps} steps`,
      value: b ?? THRESHOLD,
      display: `${both(page, b)} (${page.moved}/${page.presses} moved)`,
    },
    ...(v !== null && b !== null ? { ratio: v / b } : {}),
    target: '(floor)',
    pass: null,
    note: `${
      atRest
        ? 'each press once nothing animates (the previous packet has landed); '
        : 'each press while the previous packet is still flying; '
    }the same presses on a bare React app that renders Roundtrip's page as captured at each step, its packets flying as long (bench/baseline-page): the browser's cost of showing these steps on this machine, about the least a React app showing them spends; ${page.data.events.length}/${page.presses} of its presses ≥ ${THRESHOLD} ms, ${rt.data.events.length}/${rt.presses} of Roundtrip's`,
    detail: { samePage: page },
  };
}
