import { execFile } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { benchCapture, CAPTURE_PACKETS } from '../lib/capture-file';
import { fmt, median, na, type Row, reason } from '../lib/report';

const run = promisify(execFile);

/** src/capture as the importer will ship it: bundled and minified by the same Vite. */
async function bundleCapture(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'roundtrip-bench-capture-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: resolve(import.meta.dirname, '../../src/capture/index.ts'),
        formats: ['es'],
        fileName: () => 'capture.js',
      },
    },
  });
  return join(outDir, 'capture.js');
}

interface Opened {
  wallMs: number;
  cpuMs: number;
  /** Resident memory in octets, before reading and at its peak while reading. */
  rssBefore: number;
  rssPeak: number;
  frames: number;
  segments: number;
  conversations: number;
}

/** Opening the file in a fresh Node process (bench/lib/open-capture.mjs). */
async function open(model: string, file: string): Promise<Opened> {
  const script = resolve(import.meta.dirname, '../lib/open-capture.mjs');
  const { stdout } = await run(process.execPath, [script, model, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Opened;
}

/**
 * `tshark -r file -T fields -e tcp.seq`, its output thrown away: wall
 * milliseconds, and CPU milliseconds from bash's `time` (user + system).
 */
async function tshark(file: string): Promise<{ wallMs: number; cpuMs: number }> {
  const start = performance.now();
  const { stderr } = await run(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%3U %3S"; time tshark -r "$1" -T fields -e tcp.seq >/dev/null 2>&1',
      '-',
      file,
    ],
    { maxBuffer: 1 << 20 },
  );
  const wallMs = performance.now() - start;
  const [user, system] = stderr.trim().split(/\s+/).slice(-2).map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 };
}

/**
 * Figure: a generated 100,000-packet capture opened by src/capture (read in
 * chunks, conversations, Wireshark's TCP analysis) beside tshark printing
 * every segment's sequence number from the same file, alternated run by run;
 * and the memory that opening took beside the file's size.
 */
export async function captureRows(runs: number): Promise<Row[]> {
  const figure = `Open a ${CAPTURE_PACKETS.toLocaleString('en-US')}-packet capture`;
  const memoryFigure = 'Memory to open it';
  let file: string;
  let model: string;
  try {
    [file, model] = await Promise.all([benchCapture(), bundleCapture()]);
  } catch (error) {
    const why = reason(error);
    return [
      na('capture.open', figure, '≤ 0.5× tshark', why),
      na('capture.memory', memoryFigure, '< 10× the file', why),
    ];
  }
  const size = statSync(file).size;
  const ours: Opened[] = [];
  const theirs: { wallMs: number; cpuMs: number }[] = [];
  let tsharkError = '';
  // One unmeasured run of each, then alternate, so that both find the file in the page cache.
  await open(model, file);
  await tshark(file).catch((error: unknown) => {
    tsharkError = reason(error);
  });
  for (let i = 0; i < runs; i++) {
    ours.push(await open(model, file));
    if (!tsharkError) theirs.push(await tshark(file));
  }
  const wall = median(ours.map((o) => o.wallMs));
  const cpu = median(ours.map((o) => o.cpuMs));
  const growth = median(ours.map((o) => o.rssPeak - o.rssBefore));
  const last = ours[ours.length - 1] as Opened;
  const rows: Row[] = [];
  const base = theirs.length > 0 ? median(theirs.map((t) => t.wallMs)) : null;
  const baseCpu = theirs.length > 0 ? median(theirs.map((t) => t.cpuMs)) : null;
  rows.push({
    id: 'capture.open',
    figure,
    value: wall,
    unit: 'ms',
    display: `${fmt.ms(wall)} (CPU ${fmt.ms(cpu)}; ${last.frames.toLocaleString('en-US')} frames, ${last.conversations} conversations, ${(size / 2 ** 20).toFixed(1)} MiB)`,
    ...(base === null
      ? {}
      : {
          baseline: {
            label: 'tshark -r file -T fields -e tcp.seq',
            value: base,
            display: fmt.ms(base),
          },
          ratio: wall / base,
        }),
    target: '≤ 0.5× tshark',
    pass: base === null ? null : wall <= 0.5 * base,
    note:
      baseCpu === null
        ? `tshark: ${tsharkError}`
        : `CPU time ${fmt.ms(cpu)} against tshark's ${fmt.ms(baseCpu)}: ${fmt.x(cpu / baseCpu)} (ours counts V8's GC threads)`,
    detail: { ours, tshark: theirs, bytes: size },
  });
  rows.push({
    id: 'capture.memory',
    figure: memoryFigure,
    value: growth,
    unit: 'B',
    display: `${(growth / 2 ** 20).toFixed(1)} MiB more peak resident memory`,
    baseline: { label: 'the file', value: size, display: `${(size / 2 ** 20).toFixed(1)} MiB` },
    ratio: growth / size,
    target: '< 10× the file',
    pass: growth < 10 * size,
  });
  return rows;
}
