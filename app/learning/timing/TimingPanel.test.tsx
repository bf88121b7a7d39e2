/**
 * The timing panel counts two things, and names each: every round trip it lists (the teardowns
 * included), and the round trips one after another until the last byte (the teardowns left out),
 * which is the figure the page-with-images chart gives each way.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { type Booted, boot } from '../../boot';
import { modelApi } from '../../modelApi';
import { StoreProvider } from '../../store';
import type { Lang } from '../../strings';
import { SPACE_BY_FULL_WIDTH } from '../../test-support/fullWidth';
import TimingPanel from './TimingPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

async function panel(lang: Lang): Promise<HTMLElement> {
  const { store, strings } = boot(`?scenario=page-with-images&lang=${lang}`, [lang], {
    model: modelApi,
  }) as Booted;
  await strings;
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <StoreProvider store={store}>
        <TimingPanel onClose={() => {}} />
      </StoreProvider>,
    );
  });
  // The chart is a chunk of its own.
  for (let i = 0; i < 50 && !host.querySelector('[data-testid="page-load-row"]'); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  return host;
}

const text = (host: HTMLElement, selector: string) =>
  host.querySelector(selector)?.textContent ?? '';
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);

describe('<TimingPanel> on page-with-images (HTTP/1.0, three images)', () => {
  it.each([
    ['en', 'the teardowns included', 'the teardowns left out'],
    ['zh-CN', '含四次挥手', '不含四次挥手'],
    ['zh-TW', '含四次揮手', '不含四次揮手'],
  ] as const)(
    'in %s, names each count for what it counts, and the chart agrees',
    {
      timeout: 30_000,
    },
    async (lang, included, leftOut) => {
      const host = await panel(lang);
      const count = text(host, '[data-testid="timing-count"]');
      expect(numbers(count)[0]).toBe(12);
      expect(count).toContain(included);
      expect(host.querySelectorAll('[data-testid="timing-round-trips"] li')).toHaveLength(12);
      const simulated = text(host, '[data-testid="timing-simulated"]');
      expect(simulated).toContain(leftOut);
      const chart = text(
        host,
        '[data-testid="page-load-row"][data-way="non-persistent"] [data-testid="page-load-total"]',
      );
      expect(chart).toContain(leftOut);
      // The same figure in the summary and in the chart's row for the same way.
      const trips = (s: string) => numbers(s.replace(/\d+(\.\d+)?\s*(ms|毫秒)/g, ''))[0];
      expect(trips(simulated)).toBe(8);
      expect(trips(chart)).toBe(8);
    },
  );
});

// docs/glossary.md: a space between a number and a Chinese unit (20 毫秒, as 368 字节), none beside
// full-width punctuation, and a Chinese list enumerated with 、. The zh-CN panel wrote "20毫秒"
// beside "368 字节", and joined the estimate's sentences and objects the English way
// ("321 毫秒。 对象：368 字节（0.29 毫秒）, 245 字节…").
describe('<TimingPanel>’s numbers and sentences', () => {
  it.each(['zh-CN', 'zh-TW'] as const)(
    'in %s, a space before each unit and none beside full-width punctuation',
    { timeout: 30_000 },
    async (lang) => {
      const host = await panel(lang);
      // The panel's own lines (the chart's axis puts its numbers in elements of their own).
      const lines = [
        ...host.querySelectorAll(
          '[data-testid="timing"] > header p, [data-testid="timing"] > p, [data-testid="timing"] li',
        ),
      ].map((el) => el.textContent ?? '');
      const all = lines.join('\n');
      expect(all).toContain('20 毫秒');
      expect(all.match(/\d\p{Script=Han}/gu) ?? []).toEqual([]);
      const estimate = text(host, '[data-testid="timing-estimate"]');
      expect(estimate).not.toMatch(SPACE_BY_FULL_WIDTH);
      expect(estimate).not.toContain(',');
      expect(estimate.split('、')).toHaveLength(4);
    },
  );

  it('in English, a space between the sentences and a comma between the objects', async () => {
    const estimate = text(await panel('en'), '[data-testid="timing-estimate"]');
    expect(estimate).toMatch(/: [\d.]+ ms\. Objects: \d+ bytes \([\d.]+ ms\), \d+ bytes/);
  });
});
