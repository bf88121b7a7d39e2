import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Plugin } from 'vite';
import { waitForMark } from './browser';
import { type Built, buildBare, firstLoadAssets, OUT, PAGE_ROOT } from './build';

/** An element: tag, attributes as the DOM has them, children; or a text. */
type PageNode = string | [string, Record<string, string>, PageNode[]];
export interface Captured {
  htmlClass: string;
  /** `#root`'s children at each step captured: one entry for the first page. */
  steps: PageNode[][];
  /** Elements in the first of them. */
  elements: number;
  /**
   * The built stylesheets the page had (paths in the build): the first load's, and those of
   * views loaded on first use (the workshop's), which the bare app needs to draw them alike.
   */
  sheets?: string[];
}

/**
 * The bare app that steps through Roundtrip's page as captured at each step,
 * with how many steps it has of each scenario; or why there is none.
 */
export type SamePage = { url: string; steps: Record<string, number> } | string;

/**
 * Runs in the page: `#root`'s subtree as data. Form controls' current state is
 * a property, not an attribute, so it is written as one (`value`, `checked`).
 * A string, not a function: tsx would wrap a function's inner functions in a
 * helper that does not exist in the page.
 */
const SERIALIZE = `(() => {
  let elements = 0;
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return null;
    elements++;
    const attrs = {};
    for (const name of node.getAttributeNames()) attrs[name] = node.getAttribute(name) ?? '';
    if (node instanceof HTMLSelectElement || node instanceof HTMLInputElement) {
      attrs.value = node.value;
      if (node instanceof HTMLInputElement && node.checked) attrs.checked = '';
    }
    const children = [];
    for (const child of node.childNodes) {
      const c = walk(child);
      if (c !== null) children.push(c);
    }
    return [node.localName, attrs, children];
  };
  const root = document.getElementById('root');
  const nodes = [...(root?.childNodes ?? [])].map(walk).filter((n) => n !== null);
  return { htmlClass: document.documentElement.className, root: nodes, elements };
})()`;

interface Snapshot {
  htmlClass: string;
  root: PageNode[];
  elements: number;
}

/** Two frames: what a key press changed has been rendered and its effects have run. */
const SETTLED = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))';

/**
 * Roundtrip's page at `url`, once drawn, in the bench's viewport; with
 * `steps` > 1, also after each of the next `steps - 1` presses of ArrowRight
 * (the same presses as the step-latency figure makes). Those are captured with
 * reduced motion, so that each shows its step at rest, the packets where they
 * land: a frame of a packet mid-flight would be a moment, not the step.
 */
export async function capturePage(browser: Browser, url: string, steps = 1): Promise<Captured> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(steps > 1 ? { reducedMotion: 'reduce' as const } : {}),
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (!(await waitForMark(page, 'roundtrip:ready', 20_000))) {
      throw new Error('no roundtrip:ready mark to capture the first page at');
    }
    const first = await page.evaluate<Snapshot>(SERIALIZE);
    const captured: Captured = {
      htmlClass: first.htmlClass,
      steps: [first.root],
      elements: first.elements,
    };
    if (steps > 1) await page.evaluate('document.activeElement && document.activeElement.blur()');
    for (let i = 1; i < steps; i++) {
      await page.keyboard.press('ArrowRight');
      await page.evaluate(SETTLED);
      captured.steps.push((await page.evaluate<Snapshot>(SERIALIZE)).root);
    }
    return captured;
  } finally {
    await context.close();
  }
}

/** Runs in the page: the stylesheets it has, as paths from the site's root. */
const SHEETS = `[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname.replace(/^\\//, ''))`;

/**
 * Roundtrip's page while a teacher types, as "edit to new diagram" types (bench/figures/edit.ts):
 * `get` opened with reduced motion, "Edit this scenario" pressed, the caret after `fr` in the
 * Request box (`placeCaret`); then captured at rest, and after each of `presses` keystrokes,
 * `x` and Backspace in turn.
 */
/**
 * Where "edit to new diagram" types: `get` at step 20, its response on the way, so that each
 * keystroke (one octet more or less in the request) changes numbers the diagram shows. At step 0
 * nothing is drawn yet that a keystroke could change.
 */
export const EDIT_QUERY = '?scenario=get&step=20&lang=en';

export async function captureEdits(
  browser: Browser,
  url: string,
  presses: number,
  placeCaret: (page: Page) => Promise<void>,
): Promise<Captured> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${EDIT_QUERY}`);
    if (!(await waitForMark(page, 'roundtrip:ready', 20_000))) {
      throw new Error('no roundtrip:ready mark to capture the page at');
    }
    await placeCaret(page);
    await page.evaluate(SETTLED);
    const first = await page.evaluate<Snapshot>(SERIALIZE);
    const captured: Captured = {
      htmlClass: first.htmlClass,
      steps: [first.root],
      elements: first.elements,
      sheets: await page.evaluate<string[]>(SHEETS),
    };
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      await page.evaluate(SETTLED);
      captured.steps.push((await page.evaluate<Snapshot>(SERIALIZE)).root);
    }
    return captured;
  } finally {
    await context.close();
  }
}

/**
 * Builds bench/baseline-page (a bare React app that renders `captured` as
 * plain elements, with Roundtrip's built stylesheet, and steps through its
 * snapshots on the arrow keys) like the bare app. `name` keeps the first-page
 * build (for time to ready) apart from the one with every step (for step
 * latency), whose data would otherwise weigh on the first one's load.
 */
export async function buildPageBaseline(
  pages: Record<string, Captured>,
  roundtrip: Built,
  name: 'page' | 'page-steps' | 'page-edit' = 'page',
): Promise<Built> {
  const dataDir = join(OUT, name);
  await mkdir(dataDir, { recursive: true });
  const json = join(dataDir, 'page.json');
  const css = join(dataDir, 'page.css');
  const scenarios = Object.fromEntries(Object.entries(pages).map(([id, c]) => [id, c.steps]));
  const htmlClass = Object.values(pages)[0]?.htmlClass ?? '';
  await writeFile(json, JSON.stringify({ htmlClass, scenarios }));
  const html = await readFile(join(roundtrip.outDir, 'index.html'), 'utf8');
  const sheets = [
    ...new Set([
      ...firstLoadAssets(html)
        .filter((a) => /\.css$/.test(a))
        .map((a) => a.replace(/^\.?\//, '')),
      ...Object.values(pages).flatMap((c) => c.sheets ?? []),
    ]),
  ];
  const text = await Promise.all(sheets.map((a) => readFile(join(roundtrip.outDir, a), 'utf8')));
  // The first page's stylesheet is inside index.html (scripts/first-style.ts).
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  await writeFile(css, [...inline, ...text].join('\n'));
  const virtualPage: Plugin = {
    name: 'bench:roundtrip-page',
    resolveId: (id) =>
      id === 'virtual:roundtrip-page' ? json : id === 'virtual:roundtrip-page.css' ? css : null,
  };
  return buildBare(name, PAGE_ROOT, [virtualPage]);
}
