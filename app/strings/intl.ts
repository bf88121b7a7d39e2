/** Numbers and durations through Intl, in the reader's language. */
import type { Lang } from './index';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang, options);
    cache.set(key, nf);
  }
  return nf;
}

export function formatNumber(lang: Lang, n: number): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}

/** A virtual duration: milliseconds below ten seconds, then seconds or minutes. */
export function formatDuration(lang: Lang, ms: number): string {
  if (Math.abs(ms) < 10_000) {
    return numberFormat(lang, {
      style: 'unit',
      unit: 'millisecond',
      unitDisplay: 'short',
      maximumFractionDigits: ms < 10 ? 2 : ms < 100 ? 1 : 0,
    }).format(ms);
  }
  if (Math.abs(ms) < 120_000) {
    return numberFormat(lang, {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(ms / 1000);
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(ms / 60_000);
}

/** A playback speed such as 0.25×. */
export function formatSpeed(lang: Lang, speed: number): string {
  return `${numberFormat(lang, { maximumFractionDigits: 2 }).format(speed)}×`;
}
