import type { Browser } from '@playwright/test';
import { fastestSpeed, isPlaying, open, startPlayback, waitForMark } from '../lib/browser';
import { FRAME_COUNTER, type FrameData } from '../lib/inpage';
import type { SamePage } from '../lib/page';
import { fmt, median, na, type Row, reason } from '../lib/report';

const LOAF_TARGET = '0';
const DROP_TARGET = '≤ 1 %';

export interface FrameStats {
  /** Frames painted within the window. */
  frames: number;
  /** Frame slots that passed without a frame. */
  dropped: number;
  droppedPct: number;
  period: number;
  worstGap: number;
  windowMs: number;
}

/**
 * Dropped frames from rAF timestamps: the display period is the median
 * interval; an interval of k periods means k − 1 frames were not produced.
 */
export function frameStats(frames: readonly number[], from: number, to: number): FrameStats {
  const inWindow = frames.filter((t) => t >= from && t <= to);
  const gaps = inWindow.slice(1).map((t, i) => t - (inWindow[i] as number));
  const period = gaps.length > 0 ? median(gaps) : 1000 / 60;
  let dropped = 0;
  for (const gap of gaps) dropped += Math.max(0, Math.round(gap / period) - 1);
  const slots = gaps.length + dropped;
  return {
    frames: inWindow.length,
    dropped,
    droppedPct: slots > 0 ? (100 * dropped) / slots : 0,
    period,
    worstGap: gaps.length > 0 ? Math.max(...gaps) : 0,
    windowMs: to - from,
  };
}

/** The long animation frames that overlap the window from `data.t0` to `end`. */
function loafsIn(data: FrameData, end: number): FrameData['loafs'] {
  return data.loafs.filter((l) => l.start + l.duration >= data.t0 && l.start <= end);
}

/** "n", or "n (worst x ms)" when there are any. */
function showLoafs(loafs: FrameData['loafs']): string {
  const worst = loafs.reduce((a, l) => Math.max(a, l.duration), 0);
  return `${loafs.length}${loafs.length > 0 ? ` (worst ${fmt.ms(worst)})` : ''}`;
}

interface Floor {
  stats: FrameStats;
  loafs: FrameData['loafs'];
  mutations: number;
}

/**
 * The floor of figure 3: the bare app showing Roundtrip's page as captured at
 * each step of `scenario` (bench/baseline-page), moved on by an ArrowRight
 * every `dwellMs` (the player's dwell at the speed the bench picks), with the
 * same counters over the same window. It makes the same changes to the page at
 * the same pace, its packets flying for `flight` ms as Roundtrip's do, without
 * Roundtrip's own work.
 */
async function floor(
  browser: Browser,
  pageUrl: string,
  scenario: string,
  rate: number,
  windowMs: number,
  dwellMs: number,
  flight: number,
): Promise<Floor> {
  const s = await open(browser, rate, [FRAME_COUNTER]);
  try {
    await s.page.goto(`${pageUrl}?scenario=${encodeURIComponent(scenario)}&flight=${flight}`);
    if (!(await waitForMark(s.page, 'baseline:ready', 20_000)))
      throw new Error('no baseline:ready');
    await s.page.waitForTimeout(500);
    await s.page.evaluate('window.__bench.start()');
    await s.page.evaluate(
      `window.__player = setInterval(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })), ${dwellMs})`,
    );
    await s.page.waitForTimeout(windowMs);
    await s.page.evaluate('clearInterval(window.__player)');
    const data = await s.page.evaluate<FrameData>('window.__bench.stop()');
    const end = Math.min(data.t1, data.lastMutation + 100);
    return {
      stats: frameStats(data.frames, data.t0, end),
      loafs: loafsIn(data, end),
      mutations: data.mutations,
    };
  } finally {
    await s.close();
  }
}

/**
 * Figure 3: plays `scenario` at `rate`× CPU throttle for `windowMs`, at the
 * fastest speed the page offers, counting rAF frames and Long Animation Frames;
 * beside the same counts for the bare app making the same changes at the same
 * pace (`samePage`, stepped every `pace.dwellMs`, its packets flying
 * `pace.flightMs`), when there is one.
 */
export async function playbackRows(
  browser: Browser,
  url: string,
  scenario: string,
  rate: number,
  windowMs: number,
  samePage?: SamePage,
  pace?: { dwellMs: number; flightMs: number },
): Promise<Row[]> {
  const loafFigure = `Playback ${scenario}: long anim. frames`;
  const dropFigure = `Playback ${scenario}: dropped frames`;
  const s = await open(browser, rate, [FRAME_COUNTER]);
  try {
    await s.page.goto(`${url}?scenario=${encodeURIComponent(scenario)}`);
    if (!(await waitForMark(s.page, 'roundtrip:ready', 20_000))) {
      // Still measurable without the mark, once the Play button is there.
      await s.page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 5_000 });
    }
    await s.page.waitForTimeout(500);
    const speed = await fastestSpeed(s.page).catch(() => null);
    await s.page.evaluate('window.__bench.start()');
    const how = await startPlayback(s.page, s.page);
    await s.page.waitForTimeout(250);
    const startedPlaying = await isPlaying(s.page);
    await s.page.waitForTimeout(windowMs - 250);
    const stillPlaying = await isPlaying(s.page);
    const data = await s.page.evaluate<FrameData>('window.__bench.stop()');
    if (data.frames.length < 2) throw new Error('no frames recorded');
    if (!startedPlaying && data.mutations === 0) throw new Error('pressing Play changed nothing');
    // Playback that ended early is measured up to its last DOM change.
    const end = stillPlaying ? data.t1 : Math.min(data.t1, data.lastMutation + 100);
    const stats = frameStats(data.frames, data.t0, end);
    const loafs = loafsIn(data, end);
    const culprits = summariseLoafs(loafs);
    const state = stillPlaying
      ? `still playing at ${windowMs / 1000} s`
      : `playback ended; measured ${(stats.windowMs / 1000).toFixed(1)} s`;
    const note = [
      `started with the ${how}${speed ? `, speed ${speed}` : ', no speed control found'}`,
      startedPlaying ? state : 'no "Pause" button appeared after Play',
      `${data.mutations} DOM mutation batches`,
      culprits,
    ]
      .filter(Boolean)
      .join('; ');
    let base: Floor | string | null = null;
    if (typeof samePage === 'object' && pace !== undefined) {
      base = await floor(
        browser,
        samePage.url,
        scenario,
        rate,
        windowMs,
        pace.dwellMs,
        pace.flightMs,
      ).catch((error: unknown) => reason(error));
    } else if (typeof samePage === 'string') {
      base = samePage;
    }
    const label = `bare React, the same page and pace${
      typeof samePage === 'object' ? ` (${samePage.steps[scenario] ?? 0} steps captured)` : ''
    }`;
    const measured = typeof base === 'object' ? base : null;
    const loafBase = measured
      ? { label, value: measured.loafs.length, display: showLoafs(measured.loafs) }
      : undefined;
    const dropBase = measured
      ? {
          label,
          value: measured.stats.droppedPct,
          display: `${fmt.pct(measured.stats.droppedPct)} (${measured.stats.dropped} of ${measured.stats.frames + measured.stats.dropped})`,
        }
      : undefined;
    const floorNote =
      typeof base === 'string'
        ? `no same-page floor: ${base}`
        : base
          ? `floor: the bare app showing Roundtrip's page as captured at each step, one step every ${fmt.ms(pace?.dwellMs ?? 0)}, its packets flying ${fmt.ms(pace?.flightMs ?? 0)} (bench/baseline-page), ${base.mutations} DOM mutation batches`
          : '';
    const detail = { scenario, speed, how, stillPlaying, stats, loafs, floor: base };
    return [
      {
        id: `playback.${scenario}.loaf`,
        figure: loafFigure,
        value: loafs.length,
        unit: 'count',
        display: data.loafSupported ? showLoafs(loafs) : 'n/a (no LoAF API)',
        ...(loafBase ? { baseline: loafBase } : {}),
        target: LOAF_TARGET,
        pass: data.loafSupported ? loafs.length === 0 : null,
        detail,
      },
      {
        id: `playback.${scenario}.dropped`,
        figure: dropFigure,
        value: stats.droppedPct,
        unit: '%',
        display: `${fmt.pct(stats.droppedPct)} (${stats.dropped} of ${stats.frames + stats.dropped}, worst gap ${fmt.ms(stats.worstGap)})`,
        ...(dropBase ? { baseline: dropBase } : {}),
        target: DROP_TARGET,
        pass: stats.droppedPct <= 1,
        note: [note, floorNote].filter(Boolean).join('; '),
      },
    ];
  } catch (error) {
    return [
      na(`playback.${scenario}.loaf`, loafFigure, LOAF_TARGET, reason(error)),
      na(`playback.${scenario}.dropped`, dropFigure, DROP_TARGET, reason(error)),
    ];
  } finally {
    await s.close();
  }
}

function summariseLoafs(loafs: FrameData['loafs']): string {
  if (loafs.length === 0) return '';
  const total = (pick: (l: FrameData['loafs'][number]) => number) =>
    loafs.reduce((a, l) => a + pick(l), 0);
  const script = total((l) => l.scripts.reduce((a, sc) => a + sc.duration, 0));
  const split = `LoAF time ${fmt.ms(total((l) => l.duration))}: scripts ${fmt.ms(script)}, rendering ${fmt.ms(total((l) => l.render))} (style+layout+paint ${fmt.ms(total((l) => l.styleLayout))})`;
  const bySource = new Map<string, number>();
  for (const l of loafs) {
    for (const sc of l.scripts) {
      const key = `${sc.invoker} @ ${sc.source.replace(/^.*\//, '')}`;
      bySource.set(key, (bySource.get(key) ?? 0) + sc.duration);
    }
  }
  const top = [...bySource.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return `${split}; top scripts: ${top.map(([k, v]) => `${k} ${fmt.ms(v)}`).join(', ') || 'none'}`;
}
