import type { Browser, Page } from '@playwright/test';
import { open, waitForMark } from '../lib/browser';
import { fmt, median, na, type Row, reason } from '../lib/report';

const TARGET = '≤ 1.3× bare';
const FCP_TARGET = '≤ 0.6× bare';
const FIGURE = 'Time to ready, 4× CPU';
const TIMEOUT = 20_000;

interface Load {
  ready: number;
  fcp: number | null;
}

async function load(browser: Browser, url: string, mark: string, rate: number): Promise<Load> {
  const s = await open(browser, rate);
  try {
    await s.page.goto(url);
    if (!(await waitForMark(s.page, mark, TIMEOUT))) {
      throw new Error(`no ${mark} mark within ${TIMEOUT / 1000} s`);
    }
    const ready = await markTime(s.page, mark);
    // First contentful paint comes after the frame that showed it.
    const fcp = await s.page
      .waitForFunction(
        // A function, not a string, which the page's CSP would refuse to eval (lib/browser.ts).
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
        undefined,
        { polling: 50, timeout: 3_000 },
      )
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null);
    return { ready, fcp };
  } finally {
    await s.close();
  }
}

async function markTime(page: Page, mark: string): Promise<number> {
  return page.evaluate<number>(
    `performance.getEntriesByName(${JSON.stringify(mark)}, 'mark')[0].startTime`,
  );
}

/**
 * Figure 2: navigation start to `roundtrip:ready`, against navigation start to
 * the bare app's `baseline:ready` (set in an effect after its first render),
 * both at `rate`× CPU throttle, each in a fresh context; median of `runs`,
 * the two apps alternating so that machine noise hits both alike.
 */
export async function readyRows(
  browser: Browser,
  roundtripUrl: string,
  baselineUrl: string,
  runs: number,
  rate: number,
  samePage?: { url: string; elements: number } | string,
): Promise<Row[]> {
  const rt: Load[] = [];
  const base: Load[] = [];
  const page: Load[] = [];
  const pageUrl = typeof samePage === 'object' ? samePage.url : null;
  try {
    // One unmeasured load of each warms the disk cache and the preview server.
    await load(browser, baselineUrl, 'baseline:ready', rate);
    await load(browser, roundtripUrl, 'roundtrip:ready', rate);
    if (pageUrl) await load(browser, pageUrl, 'baseline:ready', rate);
  } catch (error) {
    return [na('ready', FIGURE, TARGET, reason(error))];
  }
  for (let i = 0; i < runs; i++) {
    base.push(await load(browser, baselineUrl, 'baseline:ready', rate));
    rt.push(await load(browser, roundtripUrl, 'roundtrip:ready', rate));
    if (pageUrl) page.push(await load(browser, pageUrl, 'baseline:ready', rate));
  }
  const value = median(rt.map((l) => l.ready));
  const baseValue = median(base.map((l) => l.ready));
  const fcps = (loads: Load[]) => loads.flatMap((l) => (l.fcp === null ? [] : [l.fcp]));
  const rows: Row[] = [
    {
      id: 'ready',
      figure: FIGURE,
      value,
      unit: 'ms',
      display: `${fmt.ms(value)} (median of ${runs})`,
      baseline: { label: 'bare React', value: baseValue, display: fmt.ms(baseValue) },
      ratio: value / baseValue,
      target: TARGET,
      pass: value / baseValue <= 1.3,
      detail: { roundtrip: rt, baseline: base },
    },
  ];
  const rtFcps = fcps(rt);
  const baseFcp = fcps(base);
  if (rtFcps.length > 0 && baseFcp.length > 0) {
    const v = median(rtFcps);
    const b = median(baseFcp);
    rows.push({
      id: 'ready.fcp',
      figure: 'First contentful paint, 4× CPU',
      value: v,
      unit: 'ms',
      display: `${fmt.ms(v)} (median of ${rtFcps.length})`,
      baseline: { label: 'bare React', value: b, display: fmt.ms(b) },
      ratio: v / b,
      target: FCP_TARGET,
      pass: v / b <= 0.6,
      note: 'the built page holds the first page prerendered (scripts/prerender.ts): it paints before any script runs, where a bare app paints once React has rendered',
    });
  }
  // Against the same page, first contentful paint on both sides: the moment
  // the whole first page is on screen in either app. (The ready marks are not
  // at the same point: Roundtrip's is set before its first paint, a bare app's
  // effect runs after it, which would favour Roundtrip by the page's paint.)
  const samePageFigure = 'First contentful paint, 4× CPU, vs the same page';
  const samePageTarget = '≤ 1.3× same page';
  const pageFcps = fcps(page);
  if (typeof samePage === 'object' && rtFcps.length > 0 && pageFcps.length > 0) {
    const v = median(rtFcps);
    const pageValue = median(pageFcps);
    rows.push({
      id: 'ready.samePage',
      figure: samePageFigure,
      value: v,
      unit: 'ms',
      display: `${fmt.ms(v)} (median of ${rtFcps.length})`,
      baseline: {
        label: `bare React drawing Roundtrip's first page, ${samePage.elements} elements`,
        value: pageValue,
        display: fmt.ms(pageValue),
      },
      ratio: v / pageValue,
      target: samePageTarget,
      pass: v / pageValue <= 1.3,
      note: "what Roundtrip's own code adds to putting its first page on screen: evaluating the app and the simulator, simulating, the components' work (bench/baseline-page)",
      detail: { samePage: page },
    });
  } else if (samePage !== undefined) {
    const why = typeof samePage === 'string' ? samePage : 'no first contentful paint';
    rows.push(na('ready.samePage', samePageFigure, samePageTarget, why));
  }
  return rows;
}
