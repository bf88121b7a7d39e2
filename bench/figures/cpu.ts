import type { Browser, CDPSession, FrameLocator } from '@playwright/test';
import { isPlaying, open, type Session, waitForMark } from '../lib/browser';
import { na, type Row, reason } from '../lib/report';

const TARGET = '≤ 5 ms/s';

interface Cpu {
  /** Main-thread task time per second of wall time, in ms/s. */
  task: number;
  script: number;
  layout: number;
  style: number;
  seconds: number;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

/** CPU of the page's renderer main thread (its same-origin frames included). */
async function sampleCpu(s: Session, ms: number): Promise<Cpu> {
  await s.cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => {
    return s.cdp.send('Performance.enable');
  });
  const a = await metrics(s.cdp);
  const t0 = performance.now();
  await s.page.waitForTimeout(ms);
  const b = await metrics(s.cdp);
  const seconds = (performance.now() - t0) / 1000;
  const rate = (name: string) => ((b.get(name) ?? 0) - (a.get(name) ?? 0)) * (1000 / seconds);
  return {
    task: rate('TaskDuration'),
    script: rate('ScriptDuration'),
    layout: rate('LayoutDuration'),
    style: rate('RecalcStyleDuration'),
    seconds,
  };
}

const show = (c: Cpu) => `${c.task.toFixed(1)} ms/s`;
const breakdown = (c: Cpu) =>
  `script ${c.script.toFixed(1)}, style ${c.style.toFixed(1)}, layout ${c.layout.toFixed(1)} ms/s`;

const HOST = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed host</title></head>
<body style="margin:0">
<iframe id="embed" title="Roundtrip" src="${src}" style="width:960px;height:640px;border:0"></iframe>
<div style="height:20000px"></div>
</body></html>`;

/** A host page of our own on the app's origin (so one renderer), the embed at its top. */
async function host(browser: Browser, url: string, scenario: string) {
  const s = await open(browser, 1);
  const hostUrl = `${url}__bench_host.html`;
  await s.page.route(hostUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: HOST(`./?scenario=${scenario}&embed=1`) }),
  );
  await s.page.goto(hostUrl);
  const frame = s.page.frameLocator('#embed');
  const inner = s.page.frames().find((f) => f !== s.page.mainFrame());
  if (!inner || !(await waitForMark(inner, 'roundtrip:ready', 20_000))) {
    throw new Error('no roundtrip:ready mark in the embed');
  }
  await s.page.waitForTimeout(500);
  return { s, frame };
}

/** Starts playback inside the embed without scrolling the host. */
async function playInFrame(s: Session, frame: FrameLocator): Promise<string> {
  const play = frame.getByRole('button', { name: 'Play', exact: true });
  if ((await play.count()) === 0) throw new Error('no Play button in the embed');
  await play.first().click();
  await s.page.waitForTimeout(300);
  return (await isPlaying(frame)) ? 'playing' : 'not playing after Play';
}

/**
 * Figure 6: renderer main-thread CPU (CDP Performance.getMetrics TaskDuration)
 * over `ms`, unthrottled: a paused embed, a playing embed scrolled far off
 * screen, and for comparison the same embed playing on screen and the bare
 * app sitting idle.
 */
export async function cpuRows(
  browser: Browser,
  roundtripUrl: string,
  baselineUrl: string,
  ms: number,
  playScenario: string,
): Promise<Row[]> {
  const rows: Row[] = [];
  let idle: Cpu | null = null;
  try {
    const s = await open(browser, 1);
    try {
      await s.page.goto(baselineUrl);
      await waitForMark(s.page, 'baseline:ready', 20_000);
      await s.page.waitForTimeout(500);
      idle = await sampleCpu(s, ms);
    } finally {
      await s.close();
    }
  } catch {
    idle = null;
  }

  const pausedFigure = 'CPU, paused embed (get)';
  try {
    const s = await open(browser, 1);
    try {
      await s.page.goto(`${roundtripUrl}?scenario=get&embed=1`);
      if (!(await waitForMark(s.page, 'roundtrip:ready', 20_000))) {
        throw new Error('no roundtrip:ready mark');
      }
      await s.page.waitForTimeout(1000);
      const c = await sampleCpu(s, ms);
      rows.push({
        id: 'cpu.paused',
        figure: pausedFigure,
        value: c.task,
        unit: 'ms/s',
        display: show(c),
        ...(idle
          ? { baseline: { label: 'bare React idle', value: idle.task, display: show(idle) } }
          : {}),
        target: TARGET,
        pass: c.task <= 5,
        note: `${breakdown(c)}; ${(await isPlaying(s.page)) ? 'it was PLAYING, not paused' : 'paused'}`,
        detail: c,
      });
    } finally {
      await s.close();
    }
  } catch (error) {
    rows.push(na('cpu.paused', pausedFigure, TARGET, reason(error)));
  }

  const onFigure = `CPU, embed playing on screen (${playScenario})`;
  let on: Cpu | null = null;
  try {
    const { s, frame } = await host(browser, roundtripUrl, playScenario);
    try {
      const state = await playInFrame(s, frame);
      on = await sampleCpu(s, ms);
      const still = await isPlaying(frame);
      rows.push({
        id: 'cpu.onscreen',
        figure: onFigure,
        value: on.task,
        unit: 'ms/s',
        display: show(on),
        target: '(comparison)',
        pass: null,
        note: `${breakdown(on)}; ${state}${still ? ', still playing at the end' : ', playback ended within the window'}`,
        detail: on,
      });
    } finally {
      await s.close();
    }
  } catch (error) {
    rows.push(na('cpu.onscreen', onFigure, '(comparison)', reason(error)));
  }

  const offFigure = `CPU, embed playing off screen (${playScenario})`;
  try {
    const { s, frame } = await host(browser, roundtripUrl, playScenario);
    try {
      const state = await playInFrame(s, frame);
      // The reader starts it, then scrolls the course page on, far past it.
      await s.page.evaluate('window.scrollTo(0, 15000)');
      await s.page.waitForTimeout(500);
      const c = await sampleCpu(s, ms);
      // Scroll it into view: does it still (or again) play?
      await s.page.evaluate('document.getElementById("embed").scrollIntoView()');
      await s.page.waitForTimeout(500);
      const resumed = await isPlaying(frame);
      rows.push({
        id: 'cpu.offscreen',
        figure: offFigure,
        value: c.task,
        unit: 'ms/s',
        display: show(c),
        ...(on ? { baseline: { label: 'on screen', value: on.task, display: show(on) } } : {}),
        target: TARGET,
        pass: c.task <= 5,
        note: `${breakdown(c)}; ${state}, then scrolled 15000 px away; ${resumed ? 'playing' : 'not playing'} once scrolled into view`,
        detail: c,
      });
    } finally {
      await s.close();
    }
  } catch (error) {
    rows.push(na('cpu.offscreen', offFigure, TARGET, reason(error)));
  }
  return rows;
}
