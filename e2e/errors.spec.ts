/**
 * A failure in one view: a readable message and a way back in that region,
 * never a blank page. The failure is forced from outside the app, without a
 * test seam in it: the browser's ResizeObserver, which only the sequence
 * diagram needs (the shell measures the controls with it only where it can),
 * throws until the test lets it work again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function breakResizeObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { ResizeObserver: typeof ResizeObserver; brokenRO: boolean };
    const Real = w.ResizeObserver;
    w.brokenRO = true;
    w.ResizeObserver = class extends Real {
      constructor(callback: ResizeObserverCallback) {
        if (w.brokenRO) throw new Error('test: ResizeObserver is broken');
        super(callback);
      }
    };
  });
}

for (const embed of [false, true]) {
  test(`a failing diagram says so in its region; the rest works, and Try again brings it back${embed ? ' (embed)' : ''}`, async ({
    page,
    roundtrip,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await breakResizeObserver(page);
    await roundtrip.open({ scenario: 'get', step: 2, lang: 'en', embed });
    const region = page.locator('.region-diagram');
    const alert = region.getByRole('alert');
    await expect(alert).toContainText('This part could not be shown.');
    await expect(alert).toContainText('The rest of the page still works.');
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // The other regions go on: the counter, the explanation, the controls.
    await expect(roundtrip.stepCounter).toHaveText(/^Step 2 of/);
    await expect(roundtrip.explanation).not.toBeEmpty();
    await roundtrip.next();
    await expect(roundtrip.stepCounter).toHaveText(/^Step 3 of/);
    await page.evaluate(() => {
      (window as unknown as { brokenRO: boolean }).brokenRO = false;
    });
    // The way back: Try again draws the region anew, from the start of the scenario.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(region.getByRole('alert')).toHaveCount(0);
    await expect(roundtrip.clientState).toHaveText('CLOSED');
    await expect(roundtrip.stepCounter).toHaveText(/^Step 0 of/);
    // Caught by the boundary, not thrown to the page.
    expect(errors).toEqual([]);
  });
}

test('a failure outside every region shows the page’s own message, in its language, and the defaults bring it back', async ({
  page,
  roundtrip,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The app names the page after its scenario: make that fail, from outside
  // the app, while the address still asks for the 301 scenario.
  await page.addInitScript(() => {
    if (!window.location.search.includes('redirect-301')) return;
    Object.defineProperty(document, 'title', {
      get: () => document.querySelector('title')?.textContent ?? '',
      set() {
        throw new Error('test: the title cannot be set');
      },
    });
  });
  await page.goto('./?scenario=redirect-301&step=4&lang=zh-TW');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Roundtrip 無法顯示。');
  await expect(alert.getByRole('button', { name: '重新載入頁面' })).toBeVisible();
  await roundtrip.expectNoAxeViolations();
  await alert.getByRole('link', { name: '以預設設定開啟' }).click();
  await expect(page).not.toHaveURL(/redirect-301/);
  await expect(roundtrip.stepCounter).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
