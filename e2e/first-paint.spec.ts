/**
 * The built index.html holds the first page (scripts/prerender.ts): a reader without JavaScript
 * sees the session, and the app hydrates it with no error and no layout shift. A page the URL
 * or the language asks to differ is hidden before the first paint and replaced, also without
 * a mismatch or a shift.
 */
import { en } from '../app/strings/en';
import { FIRST_DRAW_WIDTH } from '../scripts/prerender';
import { expect, test } from './fixtures';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the built page shows the session: diagram, states and explanation', async ({
    page,
    roundtrip,
  }) => {
    await page.goto('./');
    await expect(page.locator('svg.sequence')).toBeVisible();
    await expect(page.locator('svg.sequence .lane-name')).toHaveText(['Client', 'Server']);
    await expect(roundtrip.clientState).toHaveText('CLOSED');
    await expect(roundtrip.serverState).toHaveText('LISTEN');
    await expect(roundtrip.stepCounter).toHaveText(/^Step 0 of \d+$/);
    await expect(roundtrip.explanation).toContainText(en['step.start']);
    await expect(page.locator('p.notice')).toHaveText(en['prerender.noscript']);
    await expect(page.locator('p.notice')).toBeVisible();
    await expect(page).toHaveTitle('A simple GET · Roundtrip');
  });
});

test('the first page is hydrated as it was painted: no error, no shift, the same nodes', async ({
  page,
  roundtrip,
}) => {
  const load = await roundtrip.watchFirstLoad();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await roundtrip.waitUntilReady();
  expect(load.errors).toEqual([]);
  expect(await load.read()).toEqual({ cls: 0, shellRemoved: false, hiddenAtParse: false });
  // In a 1280 px window the diagram is drawn at the width the build drew it at.
  await expect(page.locator('svg.sequence')).toHaveAttribute('width', String(FIRST_DRAW_WIDTH));
  await expect(page).toHaveTitle('A simple GET · Roundtrip');
  // And it is the app: it steps.
  await roundtrip.next();
  await expect(roundtrip.stepCounter).toHaveText(/^Step 1 of/);
  await expect(roundtrip.clientState).toHaveText('SYN-SENT');
});

// On a slow network the page is painted seconds before its script arrives: a reader who pressed
// Next meanwhile saw nothing happen, then the app start at step 0.
test("the player's buttons pressed before the app is alive are pressed once it is", async ({
  page,
  roundtrip,
}) => {
  let release = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  await expect(roundtrip.stepCounter).toHaveText(/^Step 0 of/);
  await roundtrip.next();
  await roundtrip.next();
  // Nothing can answer yet: the page is the one the build wrote.
  await expect(roundtrip.stepCounter).toHaveText(/^Step 0 of/);
  release();
  await roundtrip.waitUntilReady();
  await expect(roundtrip.stepCounter).toHaveText(/^Step 2 of/);
  await expect(roundtrip.clientState).toHaveText('SYN-SENT');
  await expect(roundtrip.serverState).toHaveText('SYN-RECEIVED');
});

test('a phone-wide window redraws the diagram without a shift', async ({ page, roundtrip }) => {
  const load = await roundtrip.watchFirstLoad();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await roundtrip.waitUntilReady();
  expect(load.errors).toEqual([]);
  expect(await load.read()).toEqual({ cls: 0, shellRemoved: false, hiddenAtParse: false });
  await expect(page.locator('svg.sequence')).toHaveClass(/narrow/);
});

test('a deep link in another language is hidden until the app replaces it: no mismatch, no shift', async ({
  page,
  roundtrip,
}) => {
  const load = await roundtrip.watchFirstLoad();
  await page.goto('./?scenario=post-form&step=7&lang=zh-CN');
  await roundtrip.waitUntilReady();
  expect(load.errors).toEqual([]);
  expect(await load.read()).toEqual({ cls: 0, shellRemoved: true, hiddenAtParse: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).not.toHaveClass(/prerender-stale/);
  await expect(page.getByTestId('step-counter')).toContainText('7');
  await expect(page.locator('#root')).toBeVisible();
});

test('a remembered language replaces the English first page the same way', async ({
  page,
  roundtrip,
}) => {
  await page.addInitScript(() => localStorage.setItem('roundtrip.lang', 'zh-TW'));
  const load = await roundtrip.watchFirstLoad();
  await page.goto('./');
  await roundtrip.waitUntilReady();
  expect(load.errors).toEqual([]);
  expect(await load.read()).toEqual({ cls: 0, shellRemoved: true, hiddenAtParse: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
});
