import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { fmt, median, na, percentile, type Row, reason } from '../lib/report';

interface Model {
  /** One simulation of the scenario `id`, in whichever form simulate() takes it. */
  runner: (id: string) => () => unknown;
}

/**
 * src/index.ts as the app ships it: bundled and minified by the same Vite, then
 * imported. Loading the TypeScript through tsx instead would time its
 * per-module wrappers too (2–3× slower across module boundaries), which is not
 * what runs in a browser.
 */
async function loadModel(): Promise<Model> {
  const mod = await import(pathToFileURL(await bundleModel()).href);
  const simulate = mod.simulate;
  if (typeof simulate !== 'function') throw new Error('src/index.ts exports no simulate()');
  const table: unknown = mod.SCENARIOS;
  const find = (id: string): unknown => {
    if (table instanceof Map) return table.get(id);
    const list = Array.isArray(table)
      ? table
      : typeof table === 'object' && table !== null
        ? [(table as Record<string, unknown>)[id], ...Object.values(table)]
        : [];
    return list.find(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        ((s as { id?: unknown }).id === id || s === (table as Record<string, unknown>)[id]),
    );
  };
  const runner = (id: string) => {
    const scenario = find(id);
    if (scenario === undefined) throw new Error(`no "${id}" in SCENARIOS yet`);
    // simulate(scenario), or simulate('id') should it take ids.
    const attempts = [scenario, id];
    const errors: string[] = [];
    for (const arg of attempts) {
      try {
        const result = simulate(arg);
        if (result === undefined) throw new Error('returned nothing');
        return () => simulate(arg);
      } catch (error) {
        errors.push(reason(error));
      }
    }
    throw new Error(`simulate("${id}") failed: ${errors.join('; ')}`);
  };
  return { runner };
}

/** Bundles src/index.ts into one ES module in a temporary folder; returns its path. */
async function bundleModel(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'roundtrip-bench-model-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: resolve(import.meta.dirname, '../../src/index.ts'),
        formats: ['es'],
        fileName: () => 'model.js',
      },
    },
  });
  return join(outDir, 'model.js');
}

let sink: unknown;

/** One window of the warm-up, and the spacing of its checks. */
const WINDOW_MS = 250;
/** Two consecutive windows within this fraction of each other: the rate has settled. */
const SETTLED = 0.05;
/** No verdict before this: a plateau before the optimising compiler has run is not the end. */
const MIN_WARM_MS = 1000;
/** Give up settling after this, so that the row stays under 15 s on a noisy machine. */
const MAX_WARM_MS = 5000;

interface Throughput {
  /** Calls per second of CPU time (this process, V8's background threads included). */
  rate: number;
  /** Calls per second of wall time. */
  wallRate: number;
  calls: number;
  warmUp: { ms: number; calls: number; settled: boolean };
}

/**
 * `fn` called back to back until V8 has settled, then for `budgetMs`: the
 * figure and its floor are measured by this one function, so both reach the
 * same steady state. A bundled simulate() needs a few thousand runs before its
 * hot functions are optimised (about 1 s here); a fixed warm-up of a third of
 * the budget stopped in the middle of that climb and timed the climb too.
 * Settled: after at least MIN_WARM_MS, two consecutive windows of WINDOW_MS
 * whose rates (CPU time) agree within SETTLED; at most MAX_WARM_MS.
 */
function throughput(fn: () => unknown, budgetMs: number): Throughput {
  const begin = performance.now();
  let warmCalls = 0;
  let previous = Number.NaN;
  let settled = false;
  while (!settled && performance.now() - begin < MAX_WARM_MS) {
    const { calls, cpu } = callFor(fn, WINDOW_MS);
    warmCalls += calls;
    const rate = calls / cpu;
    settled =
      performance.now() - begin >= MIN_WARM_MS && Math.abs(rate - previous) <= SETTLED * previous;
    previous = rate;
  }
  const warmUp = { ms: performance.now() - begin, calls: warmCalls, settled };
  const { calls, cpu, wall } = callFor(fn, budgetMs);
  return { rate: calls / cpu, wallRate: calls / wall, calls, warmUp };
}

/** Calls `fn` in batches of 16 for about `ms` of wall time; CPU and wall time in seconds. */
function callFor(fn: () => unknown, ms: number): { calls: number; cpu: number; wall: number } {
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 16; i++) sink = fn();
    calls += 16;
    now = performance.now();
  }
  return { calls, cpu: cpuSeconds(cpu0), wall: (now - start) / 1000 };
}

/**
 * The floor under any simulate(): the rate at which V8 makes the very same
 * timeline from an object literal (a compiled `return {…}` of its JSON),
 * measured exactly as the figure is. No code that returns this timeline can be
 * faster; the rest of simulate()'s time is simulating.
 */
function outputFloor(timeline: unknown, budgetMs: number): Throughput {
  const literal = new Function(`return ${JSON.stringify(timeline)};`) as () => unknown;
  return throughput(literal, budgetMs);
}

/** CPU time (user + system) of this process since `from`, in seconds: unlike wall
 * time, it does not grow when other jobs share the machine. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/** The budget of one simulation: far under a 16.7 ms frame, even on a weak machine. */
const GET_BUDGET_MS = 0.2;
const LARGE_BUDGET_MS = 2;

/**
 * `simulate(get)` back to back for ~1 s once V8 has settled (its time each, from the rate), and
 * the median time of one `simulate(large-response)`, both in CPU time of this process (wall
 * time beside it).
 */
export async function simulateRows(budgetMs: number): Promise<Row[]> {
  const getFigure = 'simulate(get) time';
  const largeFigure = 'simulate(large-response) time';
  const getTarget = `< ${GET_BUDGET_MS} ms`;
  const largeTarget = `< ${LARGE_BUDGET_MS} ms`;
  let model: Model;
  try {
    model = await loadModel();
  } catch (error) {
    const why = reason(error);
    return [
      na('simulate.get', getFigure, getTarget, why),
      na('simulate.large', largeFigure, largeTarget, why),
    ];
  }
  const rows: Row[] = [];
  try {
    const get = model.runner('get');
    const t = throughput(get, budgetMs);
    const rate = t.rate;
    const wallRate = t.wallRate;
    const f = outputFloor(get(), budgetMs);
    const floor = f.rate;
    const warm = (w: Throughput['warmUp']) =>
      w.settled
        ? `settled after ${(w.ms / 1000).toFixed(1)} s`
        : `not settled in ${(w.ms / 1000).toFixed(1)} s`;
    const each = 1000 / rate;
    rows.push({
      id: 'simulate.get',
      figure: getFigure,
      value: each,
      unit: 'ms',
      display: `${fmt.ms(each)} each (${fmt.rate(rate)}; wall ${fmt.rate(wallRate)}; ${warm(t.warmUp)})`,
      baseline: {
        label: 'its output made as one object literal',
        value: 1000 / floor,
        display: `${fmt.ms(1000 / floor)} each (${fmt.rate(floor)}; wall ${fmt.rate(f.wallRate)}; ${warm(f.warmUp)})`,
      },
      // The ratio says how many times the output's own cost one simulation takes.
      ratio: floor / rate,
      target: getTarget,
      pass: each < GET_BUDGET_MS,
      note: `both warmed up until two ${WINDOW_MS} ms windows agree within ${SETTLED * 100} % (at least ${MIN_WARM_MS / 1000} s, at most ${MAX_WARM_MS / 1000} s), then timed for ${budgetMs / 1000} s in CPU time; baseline: the same timeline created by V8 from an object literal, the least any code that returns it can spend; the ratio is simulate()'s time over that floor`,
      detail: {
        simulations: t.calls,
        wallRate,
        warmUp: t.warmUp,
        floorRate: floor,
        floorWallRate: f.wallRate,
        floorWarmUp: f.warmUp,
      },
    });
  } catch (error) {
    rows.push(na('simulate.get', getFigure, getTarget, reason(error)));
  }
  try {
    const large = model.runner('large-response');
    for (let i = 0; i < 20; i++) sink = large();
    const cpu: number[] = [];
    const wall: number[] = [];
    const until = performance.now() + budgetMs;
    while (cpu.length < 25 || (performance.now() < until && cpu.length < 2000)) {
      const c = process.cpuUsage();
      const t = performance.now();
      sink = large();
      wall.push(performance.now() - t);
      cpu.push(cpuSeconds(c) * 1000);
    }
    const v = median(cpu);
    rows.push({
      id: 'simulate.large',
      figure: largeFigure,
      value: v,
      unit: 'ms',
      display: `${fmt.ms(v)} median, p95 ${fmt.ms(percentile(cpu, 0.95))} (N=${cpu.length}; wall median ${fmt.ms(median(wall))})`,
      target: largeTarget,
      pass: v < LARGE_BUDGET_MS,
      detail: { cpu, wall },
    });
  } catch (error) {
    rows.push(na('simulate.large', largeFigure, largeTarget, reason(error)));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return rows;
}
