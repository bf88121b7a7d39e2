import { performance } from 'node:perf_hooks';
import { fmt, median, na, percentile, type Row, reason } from '../lib/report';

interface Model {
  /** One simulation of the scenario `id`, in whichever form simulate() takes it. */
  runner: (id: string) => () => unknown;
}

/** src/index.ts, loaded at run time so that the bench runs before src/ has it. */
async function loadModel(): Promise<Model> {
  const specifier = '../../src/index.ts';
  const mod: Record<string, unknown> = await import(specifier);
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

let sink: unknown;

/** CPU time (user + system) of this process since `from`, in seconds: unlike wall
 * time, it does not grow when other jobs share the machine. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/**
 * Figure 5: `simulate(get)` back to back for ~1 s after a warm-up, and the
 * median time of one `simulate(large-response)`, both in CPU time of this
 * process (wall time beside it).
 */
export async function simulateRows(budgetMs: number): Promise<Row[]> {
  const getFigure = 'simulate(get) throughput';
  const largeFigure = 'simulate(large-response) time';
  let model: Model;
  try {
    model = await loadModel();
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    const why = missing ? 'src/index.ts is not there yet' : reason(error);
    return [
      na('simulate.get', getFigure, '≥ 20,000/s', why),
      na('simulate.large', largeFigure, '< 5 ms', why),
    ];
  }
  const rows: Row[] = [];
  try {
    const get = model.runner('get');
    const until = performance.now() + budgetMs / 3;
    while (performance.now() < until) sink = get();
    let n = 0;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let now = start;
    while (now - start < budgetMs) {
      for (let i = 0; i < 16; i++) sink = get();
      n += 16;
      now = performance.now();
    }
    const rate = n / cpuSeconds(cpu0);
    const wallRate = (n * 1000) / (now - start);
    rows.push({
      id: 'simulate.get',
      figure: getFigure,
      value: rate,
      unit: '/s',
      display: `${fmt.rate(rate)} (${fmt.ms(1000 / rate)} each; wall ${fmt.rate(wallRate)})`,
      target: '≥ 20,000/s',
      pass: rate >= 20_000,
      detail: { simulations: n, wallRate },
    });
  } catch (error) {
    rows.push(na('simulate.get', getFigure, '≥ 20,000/s', reason(error)));
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
      target: '< 5 ms',
      pass: v < 5,
      detail: { cpu, wall },
    });
  } catch (error) {
    rows.push(na('simulate.large', largeFigure, '< 5 ms', reason(error)));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return rows;
}
