import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Plugin } from 'vite';
import { waitForMark } from './browser';
import { type Built, buildBare, firstLoadAssets, OUT, PAGE_ROOT } from './build';

/** An element: tag, attributes as the DOM has them, children; or a text. */
type PageNode = string | [string, Record<string, string>, PageNode[]];
interface Captured {
  htmlClass: string;
  root: PageNode[];
  elements: number;
}

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

/** Roundtrip's first page at `url`, once drawn, in the bench's viewport. */
export async function capturePage(browser: Browser, url: string): Promise<Captured> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (!(await waitForMark(page, 'roundtrip:ready', 20_000))) {
      throw new Error('no roundtrip:ready mark to capture the first page at');
    }
    return await page.evaluate<Captured>(SERIALIZE);
  } finally {
    await context.close();
  }
}

/**
 * Builds bench/baseline-page (a bare React app that renders `captured` as
 * plain elements, with Roundtrip's built stylesheet) like the bare app.
 */
export async function buildPageBaseline(captured: Captured, roundtrip: Built): Promise<Built> {
  const dataDir = join(OUT, 'page');
  await mkdir(dataDir, { recursive: true });
  const json = join(dataDir, 'page.json');
  const css = join(dataDir, 'page.css');
  await writeFile(json, JSON.stringify({ htmlClass: captured.htmlClass, root: captured.root }));
  const html = await readFile(join(roundtrip.outDir, 'index.html'), 'utf8');
  const sheets = firstLoadAssets(html).filter((a) => /\.css$/.test(a));
  const text = await Promise.all(
    sheets.map((a) => readFile(join(roundtrip.outDir, a.replace(/^\.?\//, '')), 'utf8')),
  );
  await writeFile(css, text.join('\n'));
  const virtualPage: Plugin = {
    name: 'bench:roundtrip-page',
    resolveId: (id) =>
      id === 'virtual:roundtrip-page' ? json : id === 'virtual:roundtrip-page.css' ? css : null,
  };
  return buildBare('page', PAGE_ROOT, [virtualPage]);
}
