/**
 * `npm run bench`: Roundtrip's speed as figures, each beside its target and,
 * where one exists, a baseline measured in the same run. See bench/README.md.
 *
 *   npm run bench -- --only=size,ready,playback,step,simulate,capture,cpu --runs=5 --window=5000
 *
 * Targets are printed, never asserted: the exit code is 0 unless the bench
 * itself breaks.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { dwellMs, flightMs, SPEEDS, type Speed } from '../app/store/playback';
import { captureRows } from './figures/capture';
import { capturePageRows } from './figures/capture-page';
import { cpuRows } from './figures/cpu';
import { editRows, placeCaret } from './figures/edit';
import { playbackRows } from './figures/playback';
import { readyRows } from './figures/ready';
import { simulateRows } from './figures/simulate';
import { sizeRows } from './figures/size';
import { stepRows } from './figures/step';
import { launch } from './lib/browser';
import {
  type Built,
  buildBaseline,
  buildRoundtrip,
  measureSizes,
  OUT,
  REPO,
  serve,
} from './lib/build';
import { benchCapture } from './lib/capture-file';
import {
  buildPageBaseline,
  type Captured,
  captureEdits,
  capturePage,
  type SamePage,
} from './lib/page';
import { na, printTable, type Row, reason } from './lib/report';

const FIGURES = [
  'simulate',
  'capture',
  'size',
  'ready',
  'playback',
  'step',
  'cpu',
  'edit',
] as const;
type Figure = (typeof FIGURES)[number];

function options() {
  const args = new Map(
    process.argv.slice(2).map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k ?? '', v ?? 'true'] as const;
    }),
  );
  const only = args.get('only');
  const figures = new Set<Figure>(
    only ? FIGURES.filter((f) => only.split(',').includes(f)) : FIGURES,
  );
  const num = (key: string, fallback: number) => {
    const n = Number(args.get(key));
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    figures,
    runs: num('runs', 5),
    windowMs: num('window', 5000),
    presses: num('presses', 40),
    // Step latency against its floor is judged on the median of three runs (issue 18).
    stepRuns: num('step-runs', 3),
    throttle: num('throttle', 4),
  };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const opt = options();
  const started = Date.now();
  const load0 = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const want = (f: Figure) => opt.figures.has(f);

  if (want('simulate')) {
    log('simulate()');
    rows.push(...(await simulateRows(1000)));
  }

  // tshark's time on the bench's capture, for the page's figure beside it.
  let tsharkMs: number | null = null;
  if (want('capture')) {
    log(`opening a large capture beside tshark (${opt.runs} runs each)`);
    const captured = await captureRows(opt.runs);
    tsharkMs = captured.find((r) => r.id === 'capture.open')?.baseline?.value ?? null;
    rows.push(...captured);
  }

  const needsBrowser =
    want('ready') ||
    want('playback') ||
    want('step') ||
    want('cpu') ||
    want('edit') ||
    want('capture');
  let roundtrip: Built | null = null;
  let baseline: Built | null = null;
  let buildError = '';
  if (want('size') || needsBrowser) {
    try {
      log('building the bare React app');
      baseline = await buildBaseline();
      log('building Roundtrip');
      roundtrip = await buildRoundtrip();
    } catch (error) {
      buildError = `build failed: ${reason(error)}`;
      log(buildError);
    }
  }

  if (want('size')) {
    if (roundtrip && baseline) {
      const [r, b] = await Promise.all([measureSizes(roundtrip), measureSizes(baseline)]);
      rows.push(...sizeRows(r, b));
    } else {
      rows.push(na('size', 'First-load HTML+JS+CSS', '≤ 1.5× bare', buildError));
    }
  }

  if (needsBrowser) {
    if (!roundtrip || !baseline) {
      rows.push(na('browser', 'Browser figures', '', buildError));
    } else {
      const rt = await serve(roundtrip);
      const base = await serve(baseline);
      let browser: Browser | null = null;
      try {
        browser = await launch();
        log(`Chromium ${browser.version()}; Roundtrip at ${rt.url}, bare app at ${base.url}`);
        const t = opt.throttle;
        const guard = async (name: string, fallback: Row, work: () => Promise<Row[]>) => {
          log(name);
          try {
            rows.push(...(await work()));
          } catch (error) {
            rows.push({ ...fallback, display: `n/a (${reason(error)})` });
          }
        };
        const b = browser;
        if (want('capture')) {
          await guard(
            `opening the large capture in the page (${opt.runs} runs)`,
            na('capture.page', 'Open it in the page, to the first drawing', '≤ 0.5× tshark', ''),
            async () => capturePageRows(b, rt.url, await benchCapture(), tsharkMs, opt.runs),
          );
        }
        if (want('ready')) {
          // The second baseline: the bare app drawing Roundtrip's first page.
          let samePage: { url: string; elements: number } | string;
          let pageServer: Awaited<ReturnType<typeof serve>> | null = null;
          try {
            log("capturing Roundtrip's first page and building the bare app that draws it");
            const captured = await capturePage(b, rt.url);
            pageServer = await serve(await buildPageBaseline({ '': captured }, roundtrip));
            samePage = { url: pageServer.url, elements: captured.elements };
          } catch (error) {
            samePage = reason(error);
          }
          try {
            await guard(
              `time to ready (${opt.runs} runs each)`,
              na('ready', 'Time to ready', '≤ 1.3× bare', ''),
              () => readyRows(b, rt.url, base.url, opt.runs, t, samePage),
            );
          } finally {
            await pageServer?.close();
          }
        }
        // The floor of playback and step latency: the bare app stepping through
        // Roundtrip's page as captured at each step they reach.
        const stepsPage =
          want('playback') || want('step')
            ? await samePageSteps(b, rt.url, roundtrip, {
                get: want('playback') ? PLAYED_STEPS(opt.windowMs) : 0,
                'large-response': Math.max(
                  want('playback') ? PLAYED_STEPS(opt.windowMs) : 0,
                  want('step') ? opt.presses + 1 : 0,
                ),
              })
            : { page: 'not needed' as SamePage, close: async () => {} };
        try {
          if (want('playback')) {
            for (const scenario of ['get', 'large-response']) {
              await guard(
                `playback of ${scenario}`,
                na(`playback.${scenario}`, `Playback ${scenario}`, '0 LoAF, ≤ 1 %', ''),
                () => playbackRows(b, rt.url, scenario, t, opt.windowMs, stepsPage.page, PLAY_PACE),
              );
            }
          }
          if (want('step')) {
            await guard(
              `step latency (${opt.presses} presses each, ${opt.stepRuns} runs)`,
              na('step.p95', 'Step latency p95', '≤ 16.7 ms', ''),
              () =>
                stepRows(
                  b,
                  rt.url,
                  base.url,
                  opt.presses,
                  t === 1 ? [1] : [1, t],
                  stepsPage.page,
                  opt.stepRuns,
                ),
            );
          }
        } finally {
          await stepsPage.close();
        }
        if (want('edit')) {
          const editPage = await samePageEdits(b, rt.url, roundtrip, opt.presses);
          try {
            await guard(
              `edit to new diagram (${opt.presses} keystrokes each)`,
              na('edit.p95', 'Edit to new diagram p95', '≤ 1.0× floor', ''),
              () =>
                editRows(b, rt.url, base.url, opt.presses, t === 1 ? [1] : [1, t], editPage.page),
            );
          } finally {
            await editPage.close();
          }
        }
        if (want('cpu')) {
          await guard('CPU of embeds', na('cpu', 'CPU of embeds', '≤ 5 ms/s', ''), () =>
            cpuRows(b, rt.url, base.url, opt.windowMs, 'large-response'),
          );
        }
      } catch (error) {
        rows.push(na('browser', 'Browser figures', '', reason(error)));
      } finally {
        await browser?.close();
        await rt.close();
        await base.close();
      }
    }
  }

  const meta = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty:
      git(['status', '--porcelain', '--', 'app', 'src', 'index.html', 'vite.config.ts']) !== '',
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    loadavg: { start: load0, end: loadavg()[0] ?? 0 },
    throttle: opt.throttle,
    seconds: (Date.now() - started) / 1000,
  };
  const table = printTable(rows);
  process.stdout.write(
    `\nRoundtrip bench · ${meta.date} · ${meta.commit}${meta.dirty ? ' (uncommitted app/src changes)' : ''} · ${meta.cpus} · load ${meta.loadavg.start.toFixed(1)}→${meta.loadavg.end.toFixed(1)} · ${meta.seconds.toFixed(0)} s\n\n${table}\n\n`,
  );
  await mkdir(OUT, { recursive: true });
  const file = join(OUT, 'results.json');
  await writeFile(file, `${JSON.stringify({ meta, rows }, null, 2)}\n`);
  process.stdout.write(`Written to ${file.replace(`${REPO}/`, '')}\n`);
}

/** The player's dwell and flight at its fastest speed, which the bench picks. */
const FASTEST = Math.max(...SPEEDS) as Speed;
const PLAY_PACE = { dwellMs: dwellMs(FASTEST), flightMs: flightMs(FASTEST) };
/** Steps that playback reaches in its window, with two to spare. */
const PLAYED_STEPS = (windowMs: number) => Math.ceil(windowMs / PLAY_PACE.dwellMs) + 3;

/**
 * Captures Roundtrip's page at the first `steps[id]` steps of each scenario
 * (those with 0 are left out), builds the bare app that shows them and serves it.
 */
/** The floor of "edit to new diagram": the bare app typing into Roundtrip's page as captured. */
async function samePageEdits(
  browser: Browser,
  url: string,
  roundtrip: Built,
  presses: number,
): Promise<{ page: SamePage; close: () => Promise<void> }> {
  log("capturing Roundtrip's page after each edit and building the bare app that shows them");
  try {
    const edit = await captureEdits(browser, url, presses, placeCaret);
    const server = await serve(await buildPageBaseline({ edit }, roundtrip, 'page-edit'));
    return { page: { url: server.url, steps: { edit: edit.steps.length } }, close: server.close };
  } catch (error) {
    return { page: reason(error), close: async () => {} };
  }
}

async function samePageSteps(
  browser: Browser,
  url: string,
  roundtrip: Built,
  steps: Record<string, number>,
): Promise<{ page: SamePage; close: () => Promise<void> }> {
  log("capturing Roundtrip's page at each step and building the bare app that shows them");
  try {
    const pages: Record<string, Captured> = {};
    for (const [id, n] of Object.entries(steps)) {
      if (n > 0) pages[id] = await capturePage(browser, `${url}?scenario=${id}`, n);
    }
    const server = await serve(await buildPageBaseline(pages, roundtrip, 'page-steps'));
    const counts = Object.fromEntries(Object.entries(pages).map(([id, c]) => [id, c.steps.length]));
    return { page: { url: server.url, steps: counts }, close: server.close };
  } catch (error) {
    return { page: reason(error), close: async () => {} };
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
