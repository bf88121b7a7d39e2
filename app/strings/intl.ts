/**
 * Numbers and durations in the reader's language, as Intl writes them.
 *
 * The first Intl.NumberFormat of a page loads ICU's number data (about 30 ms
 * on a slow machine at 4× throttle, 120 ms for a unit format), and the first
 * render needs a few numbers (the step counter, the speeds, the ruler, the
 * "4 min compressed" label of TIME-WAIT). So the common cases are written
 * here the way Intl writes them (but for the space before a Chinese unit),
 * which intl.test.ts checks against Intl for every language, and Intl is
 * asked only for the rest (a thousands separator).
 */
import type { Lang } from './index';

const plain = new Map<Lang, Intl.NumberFormat>();

/** A number with at most two decimals, grouped as the language groups it. */
export function formatNumber(lang: Lang, n: number): string {
  // Below 1000 with at most two decimals, every language here writes a number
  // as JavaScript does (Latin digits, no grouping).
  if (Math.abs(n) < 1000 && Number.isInteger(n * 100)) return String(n);
  let nf = plain.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    plain.set(lang, nf);
  }
  return nf.format(n);
}

type Unit = 'millisecond' | 'second' | 'minute';

/**
 * CLDR's short unit patterns (what Intl's `unitDisplay: 'short'` writes), with a space between the
 * number and a Chinese unit as the catalogues write one (docs/glossary.md: 收到 68 字节), which
 * CLDR leaves out in zh-CN.
 */
const UNITS: Record<Lang, Record<Unit, (n: string) => string>> = {
  en: { millisecond: (n) => `${n} ms`, second: (n) => `${n} sec`, minute: (n) => `${n} min` },
  'zh-CN': {
    millisecond: (n) => `${n} 毫秒`,
    second: (n) => `${n} 秒`,
    minute: (n) => `${n} 分钟`,
  },
  'zh-TW': {
    millisecond: (n) => `${n} 毫秒`,
    second: (n) => `${n} 秒`,
    minute: (n) => `${n} 分鐘`,
  },
};

/** Rounds half away from zero on the decimal digits JavaScript prints, as ICU does. */
function round(n: number, digits: number): number {
  const r = Math.sign(n) * Math.round(Number(`${Math.abs(n)}e${digits}`));
  return Number.isFinite(r) ? Number(`${r}e-${digits}`) : n;
}

/** A virtual duration: milliseconds below ten seconds, then seconds or minutes. */
export function formatDuration(lang: Lang, ms: number): string {
  const units = UNITS[lang];
  if (Math.abs(ms) < 10_000) {
    const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0;
    return units.millisecond(formatNumber(lang, round(ms, digits)));
  }
  if (Math.abs(ms) < 120_000) return units.second(formatNumber(lang, round(ms / 1000, 1)));
  return units.minute(formatNumber(lang, round(ms / 60_000, 1)));
}

/** A playback speed such as 0.25×. */
export function formatSpeed(lang: Lang, speed: number): string {
  return `${formatNumber(lang, speed)}×`;
}
