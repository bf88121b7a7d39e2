/** One line of the results table (and of results.json). */
export interface Row {
  /** Stable key, e.g. `size.gzip`. */
  id: string;
  figure: string;
  /** The measured figure in `unit`, or null when it could not be measured. */
  value: number | null;
  unit: string;
  /** What the table shows in the Roundtrip column. */
  display: string;
  baseline?: { label: string; value: number; display: string };
  /** value / baseline.value, when a baseline exists. */
  ratio?: number;
  target: string;
  /** true: meets the target; false: misses it; null: n/a or informational. */
  pass: boolean | null;
  note?: string;
  detail?: unknown;
}

export function na(id: string, figure: string, target: string, reason: string): Row {
  return { id, figure, value: null, unit: '', display: `n/a (${reason})`, target, pass: null };
}

export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright messages carry a call log after the first line.
  const first = text.split('\n')[0] ?? text;
  return first.length > 90 ? `${first.slice(0, 87)}...` : first;
}

export const fmt = {
  ms: (v: number) => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`,
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`,
  pct: (v: number) => `${v.toFixed(2)} %`,
  rate: (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`,
  x: (v: number) => `${v.toFixed(2)}×`,
};

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile (p in 0..1) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

function result(row: Row): string {
  if (row.value === null) return 'n/a';
  if (row.pass === null) return 'info';
  return row.pass ? 'ok' : 'MISS';
}

export function printTable(rows: readonly Row[]): string {
  const header = ['Figure', 'Roundtrip', 'Baseline (same run)', 'Ratio', 'Target', 'Result'];
  const lines = rows.map((row) => [
    row.figure,
    row.display,
    row.baseline ? `${row.baseline.display} (${row.baseline.label})` : '',
    row.ratio === undefined ? '' : fmt.x(row.ratio),
    row.target,
    result(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  const out = [render(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...lines.map(render)];
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) {
    out.push('', 'Notes:');
    for (const r of notes) out.push(`  ${r.figure}: ${r.note}`);
  }
  return out.join('\n');
}
