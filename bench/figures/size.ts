import type { Sizes } from '../lib/build';
import { fmt, type Row } from '../lib/report';

const TARGET = '≤ 1.5× bare';

/** Figure 1: first-load HTML + JS + CSS, gzip and brotli, against the bare React app. */
export function sizeRows(roundtrip: Sizes, baseline: Sizes): Row[] {
  return (['gzip', 'brotli'] as const).map((codec) => {
    const value = roundtrip.total[codec];
    const base = baseline.total[codec];
    const ratio = value / base;
    return {
      id: `size.${codec}`,
      figure: `First-load HTML+JS+CSS, ${codec}`,
      value,
      unit: 'bytes',
      display: `${fmt.kb(value)} (HTML ${fmt.kb(roundtrip.html[codec])}, JS ${fmt.kb(roundtrip.js[codec])}, CSS ${fmt.kb(roundtrip.css[codec])})`,
      baseline: { label: 'bare React', value: base, display: fmt.kb(base) },
      ratio,
      target: TARGET,
      pass: ratio <= 1.5,
      detail: { roundtrip, baseline },
    };
  });
}
