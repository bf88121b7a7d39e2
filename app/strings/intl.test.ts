import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './index';
import { formatDuration, formatNumber, formatSpeed } from './intl';

const NUMBERS = [0, 1, 7, 42, 999, 1000, 1234, 65_535, 0.25, 0.5, 2.75, -3, 12.345, 999.5, 1.005];

describe('formatNumber', () => {
  it('writes what Intl writes, in every language, on its fast path and off it', () => {
    for (const { code } of LANGUAGES) {
      const intl = new Intl.NumberFormat(code, { maximumFractionDigits: 2 });
      for (const n of NUMBERS) expect(formatNumber(code, n), `${code} ${n}`).toBe(intl.format(n));
    }
  });

  it('groups thousands', () => {
    expect(formatNumber('en', 1_000_000)).toBe('1,000,000');
    expect(formatSpeed('en', 0.25)).toBe('0.25×');
  });
});

describe('formatDuration', () => {
  // What the code did before it wrote the common cases itself.
  const intl = (lang: string, ms: number) => {
    const unit = (unit: string, digits: number, n: number) =>
      new Intl.NumberFormat(lang, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: digits,
      }).format(n);
    if (Math.abs(ms) < 10_000) return unit('millisecond', ms < 10 ? 2 : ms < 100 ? 1 : 0, ms);
    if (Math.abs(ms) < 120_000) return unit('second', 1, ms / 1000);
    return unit('minute', 1, ms / 60_000);
  };
  const DURATIONS = [0, 1, 2.345, 9.999, 10, 12.25, 99.95, 200, 1000, 3000, 9999.6, 10_000];
  const LONG = [12_345, 60_000, 119_949, 120_000, 240_000, 250_000, 3_600_000, 1.5];

  // Intl's numbers and units, with the catalogues' space between a number and a Chinese unit,
  // which CLDR leaves out in zh-CN ("20毫秒").
  const spaced = (text: string) => text.replace(/(\d)(\p{Script=Han})/u, '$1 $2');

  it('writes what Intl writes, in every language, with a space before a Chinese unit', () => {
    for (const { code } of LANGUAGES) {
      for (const ms of [...DURATIONS, ...LONG]) {
        expect(formatDuration(code, ms), `${code} ${ms}`).toBe(spaced(intl(code, ms)));
      }
    }
  });

  // docs/glossary.md: a space between Chinese and digits, as in 收到 68 字节; the Timing panel
  // wrote "20毫秒" beside "368 字节" in zh-CN.
  it('puts a space between the number and a Chinese unit, in both Chinese languages', () => {
    for (const code of ['zh-CN', 'zh-TW'] as const) {
      for (const ms of [0, 20, 12.25, 12_500, 240_000]) {
        expect(formatDuration(code, ms), `${code} ${ms}`).toMatch(/^[\d.,]+ \p{Script=Han}+$/u);
      }
    }
  });

  it('is milliseconds, seconds or minutes', () => {
    expect(formatDuration('en', 1000)).toBe('1,000 ms');
    expect(formatDuration('en', 240_000)).toBe('4 min');
    expect(formatDuration('zh-CN', 240_000)).toBe('4 分钟');
    expect(formatDuration('zh-TW', 12_500)).toBe('12.5 秒');
  });
});
