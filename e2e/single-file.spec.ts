/**
 * The one-file build (`npm run build:single`, scripts/single/plugin.ts), opened from disk as a
 * teacher's download or an LMS file resource is, with every request but the page's own failing
 * the test: the app steps, switches to each language and animates (the catalogues and the
 * animation chunk are inside the page), its CSP stays strict, and a fixture proves that a
 * worker, a module imported on first use, an imported file and a public/ file work from it too.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { buildFixture } from '../scripts/single/fixture';
import { SINGLE_FILE_NAME } from '../scripts/single/plugin';
import { findScenario, simulate } from '../src/index';
import { expect, test } from './fixtures';

const get = findScenario('get');
const GET = get ? simulate(get) : null;

const DIST_SINGLE = resolve(import.meta.dirname, '..', 'dist-single');
const APP = pathToFileURL(join(DIST_SINGLE, SINGLE_FILE_NAME)).href;

/**
 * Every request but the page's own document, and every CSP violation, from now on. Anything on
 * the network is aborted as well, so that nothing can half-work through it.
 */
async function isolate(page: Page, file: string) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = request.url().replace(/[?#].*$/, '');
    if (url !== file) requests.push(request.url());
  });
  await page.context().route(/^(https?|wss?):/, (route) => route.abort());
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return { requests, violations };
}

test.describe('the one file', () => {
  test('is the only file in dist-single/', async () => {
    expect(await readdir(DIST_SINGLE)).toEqual([SINGLE_FILE_NAME]);
  });

  test('steps, speaks three languages and animates from disk, with no request', async ({
    page,
    roundtrip,
  }) => {
    const seen = await isolate(page, APP);
    // Animation on: the packets fly with the animation chunk, which is inside the page.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(APP);
    await roundtrip.waitUntilReady();
    await expect(roundtrip.stepCounter).toHaveText(/^Step 0 of \d+$/);
    for (let i = 0; i < 4; i++) await roundtrip.next();
    await expect(roundtrip.clientState).toHaveText(GET?.steps[4]?.states.client ?? '?');
    await expect(roundtrip.serverState).toHaveText(GET?.steps[4]?.states.server ?? '?');
    await roundtrip.setLanguage('zh-CN');
    await expect(roundtrip.stepCounter).toHaveText(/^第 4 步/);
    await roundtrip.setLanguage('zh-TW');
    await expect(roundtrip.stepCounter).toHaveText(/^第 4 步/);
    await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
    await roundtrip.setLanguage('en');
    await roundtrip.previous();
    await expect(roundtrip.stepCounter).toHaveText(/^Step 3 of/);
    // Step 3 sends a segment: its packet flies, drawn by the animation chunk, which came once
    // the page was first idle.
    expect(GET?.steps[3]?.segmentsOut.length).toBeGreaterThan(0);
    await expect(page.locator('.packet').first()).toBeAttached();
    expect(seen.requests).toEqual([]);
    expect(seen.violations).toEqual([]);
  });

  test('opens a link to a step, in Chinese, from disk', async ({ page, roundtrip }) => {
    const seen = await isolate(page, APP);
    await page.goto(`${APP}?scenario=post-form&step=7&lang=zh-TW`);
    await roundtrip.waitUntilReady();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(roundtrip.stepCounter).toHaveText(/^第 7 步/);
    expect(seen.requests).toEqual([]);
    expect(seen.violations).toEqual([]);
  });

  test('keeps a strict CSP: its own scripts by hash, no inline exception, nothing from anywhere', async ({
    page,
    roundtrip,
  }) => {
    const seen = await isolate(page, APP);
    await page.goto(APP);
    await roundtrip.waitUntilReady();
    const csp =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1) ?? [];
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('script-src').length).toBeGreaterThan(0);
    for (const source of directive('script-src')) expect(source).toMatch(/^'sha256-[\w+/=]+'$/);
    for (const source of directive('style-src')) expect(source).toMatch(/^'sha256-[\w+/=]+'$/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)|'self'|\*/);
    // An inline script, as an injected payload would try, does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(seen.violations).toEqual(['script-src-elem inline']);
    seen.violations.length = 0;
    // The rest of the app needs no exception either: the dialog, projector mode, embed mode.
    await roundtrip.showKeys();
    await page.keyboard.press('Escape');
    await (await roundtrip.display('Projector mode')).check();
    await page.goto(`${APP}?scenario=lost-segment&embed=1`);
    await roundtrip.waitUntilReady();
    for (let i = 0; i < 6; i++) await roundtrip.next();
    expect(seen.violations).toEqual([]);
    expect(seen.requests).toEqual([]);
  });
});

test.describe('a page built the same way', () => {
  let dir = '';
  let file = '';
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roundtrip-single-e2e-'));
    file = pathToFileURL((await buildFixture(dir)).file).href;
  });
  test.afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('runs its worker, its later module and its imported file from disk, with no request', async ({
    page,
  }) => {
    const seen = await isolate(page, file);
    await page.goto(file);
    await expect(page.locator('#worker')).toHaveText('sum 10');
    await expect(page.locator('#later')).toHaveText('loaded later');
    await expect(page.locator('#asset')).toHaveText('hello from a file');
    expect(seen.requests).toEqual([]);
    expect(seen.violations).toEqual([]);
  });
});
