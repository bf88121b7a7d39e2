import type { Browser, Page } from '@playwright/test';
import { open } from '../lib/browser';
import { fmt, median, type Row } from '../lib/report';

/** Two display frames after the last change: the drawing is on screen. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Waits until an element matching `selector` is in the page, checked in the page at every frame.
 * A locator's `waitFor` retries from Node after 0, 20, 50, 100, 100 ms and then every 500 ms, so
 * it would add up to half a second of waiting to a figure of two seconds.
 */
const attached = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.querySelector(s) !== null, selector, {
    polling: 'raf',
    timeout: 600_000,
  });

interface Opened {
  /** The file chosen → the chooser listing every conversation (reading done). */
  toChooserMs: number;
  /** The first conversation clicked → its timeline made, sent and its diagram drawn. */
  toDrawingMs: number;
  /** The page's JavaScript heap once drawn (the worker's is not counted). */
  heapBytes: number;
}

/**
 * Opening the capture as a person does, in the built app (1× CPU, as tshark runs): "Open a
 * capture", the file chosen through the file picker (read in the importer's worker), the chooser,
 * its first conversation clicked, and that conversation's diagram drawn. The person's own click
 * is not counted: the figure is the reading plus the drawing.
 */
async function openInPage(browser: Browser, url: string, file: string): Promise<Opened> {
  const session = await open(browser, 1);
  const { page, cdp } = session;
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length > 0);
    const chooser = '[data-testid="conversation-chooser"]';
    const loaded = '.scenario-picker option[value="imported"]';
    const start = performance.now();
    await page.getByTestId('open-capture-input').setInputFiles(file);
    await attached(page, `${chooser}, ${loaded}`);
    const toChooserMs = performance.now() - start;
    const click = performance.now();
    const first = page.locator(chooser).getByRole('button').first();
    if (await page.locator(chooser).isVisible()) await first.click();
    await attached(page, loaded);
    await attached(page, 'svg.sequence');
    await twoFrames(page);
    const toDrawingMs = performance.now() - click;
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return { toChooserMs, toDrawingMs, heapBytes };
  } finally {
    await session.close();
  }
}

/**
 * Figure: the bench's 100,000-packet capture opened in the page, from choosing the file to the
 * first conversation's diagram on screen, beside tshark's time on the same file (measured by
 * the `capture` rows in the same run).
 */
export async function capturePageRows(
  browser: Browser,
  url: string,
  file: string,
  tsharkMs: number | null,
  runs: number,
): Promise<Row[]> {
  const all: Opened[] = [];
  for (let i = 0; i < runs; i++) all.push(await openInPage(browser, url, file));
  const total = median(all.map((o) => o.toChooserMs + o.toDrawingMs));
  const chooser = median(all.map((o) => o.toChooserMs));
  const drawing = median(all.map((o) => o.toDrawingMs));
  const heap = median(all.map((o) => o.heapBytes));
  return [
    {
      id: 'capture.page',
      figure: 'Open it in the page, to the first drawing',
      value: total,
      unit: 'ms',
      display: `${fmt.ms(total)} (chooser ${fmt.ms(chooser)}, then drawn ${fmt.ms(drawing)})`,
      ...(tsharkMs === null
        ? {}
        : {
            baseline: {
              label: 'tshark -r file -T fields -e tcp.seq',
              value: tsharkMs,
              display: fmt.ms(tsharkMs),
            },
            ratio: total / tsharkMs,
          }),
      target: '≤ 0.5× tshark',
      pass: tsharkMs === null ? null : total <= 0.5 * tsharkMs,
      note: `the page's JS heap once drawn: ${(heap / 2 ** 20).toFixed(1)} MiB (the worker's not counted)`,
      detail: { runs: all },
    },
  ];
}
