import { findScenario, simulate } from '../src/index';
import { expect, test } from './fixtures';

const get = findScenario('get');
const total = get ? simulate(get).steps.length - 1 : 0;

test('the whole tour works by keyboard alone', async ({ roundtrip, page }) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let n = 1; n <= total; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(roundtrip.stepCounter).toHaveText(`Step ${n} of ${total}`);
  }
  await page.keyboard.press('ArrowRight');
  await expect(roundtrip.stepCounter).toHaveText(`Step ${total} of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(roundtrip.stepCounter).toHaveText(`Step ${total - 1} of ${total}`);
  await page.keyboard.press('Home');
  await expect(roundtrip.stepCounter).toHaveText(`Step 0 of ${total}`);
  await page.keyboard.press('End');
  await expect(roundtrip.stepCounter).toHaveText(`Step ${total} of ${total}`);
  await page.keyboard.press('Home');

  // Space plays (and the button says Pause), Space again pauses.
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Pause')).toBeVisible();
  await expect.poll(() => roundtrip.currentStep(), { timeout: 5000 }).toBeGreaterThan(0);
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Play')).toBeVisible();
  const paused = await roundtrip.currentStep();
  await page.waitForTimeout(1600);
  expect(await roundtrip.currentStep()).toBe(paused);

  // An arrow of the diagram is reached with Tab and opened with Enter.
  const arrow = page.locator('.arrow[data-segment="0"]');
  await arrow.focus();
  await page.keyboard.press('Enter');
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${total}`);
});

test('? lists the keys in a dialog; Escape closes it and the focus comes back', async ({
  roundtrip,
  page,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await roundtrip.button('Next step').focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // Keys do nothing behind the dialog.
  await page.keyboard.press('ArrowRight');
  await expect(roundtrip.stepCounter).toHaveText(`Step 0 of ${total}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(roundtrip.button('Next step')).toBeFocused();
  // Fetched when first asked for, the same dialog opens again.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(roundtrip.button('Next step')).toBeFocused();
});

test('the keys do not fire twice while a field has the focus', async ({ roundtrip, page }) => {
  await roundtrip.open({ scenario: 'get', step: 3, lang: 'en' });
  // The scrubber moves itself by one step; the page's own → must not add another.
  await roundtrip.scrubber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(roundtrip.stepCounter).toHaveText(`Step 4 of ${total}`);
  // Space in a list does not start the player.
  const speed = page.getByLabel('Speed');
  await speed.focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Play')).toBeVisible();
  await page.keyboard.press('Escape');
  // Choosing a scenario with the keyboard works too, and keeps the moment (the request line).
  await page.getByLabel('Scenario', { exact: true }).selectOption('post-form');
  await expect(roundtrip.messageView).toContainText('POST /contact_form.php');
});

test('a player button pressed at its end keeps the focus, and Tab goes on from it', async ({
  roundtrip,
  page,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en', step: total - 1 });
  const next = roundtrip.button('Next step');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(roundtrip.stepCounter).toHaveText(`Step ${total} of ${total}`);
  // Nothing further to go to: it says so, and keeps the focus (a disabled button dropped it).
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(roundtrip.stepCounter).toHaveText(`Step ${total} of ${total}`);
  const previous = roundtrip.button('Previous step');
  const restart = roundtrip.button('Restart');
  await roundtrip.goToStep(1);
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(roundtrip.stepCounter).toHaveText(`Step 0 of ${total}`);
  await expect(previous).toBeFocused();
  await roundtrip.goToStep(3);
  await restart.focus();
  await page.keyboard.press('Enter');
  await expect(roundtrip.stepCounter).toHaveText(`Step 0 of ${total}`);
  await expect(restart).toBeFocused();
  // The next Tab goes on from there, to Previous step.
  await page.keyboard.press('Tab');
  await expect(previous).toBeFocused();
});

test('the first Tab of a page goes to its first control, not to the explanation', async ({
  roundtrip,
  page,
}) => {
  // Each step brings the explanation into view in the side column; scrollIntoView moved
  // Chromium's starting point of Tab to it, so the first Tab skipped the header and the diagram.
  await roundtrip.open({ scenario: 'get', lang: 'en', step: 5 });
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('.region-explain'));
  expect(focused).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.closest('header') !== null)).toBe(true);
});

// The diagram's scroller is in the tab order, and it hid its focus (outline: none): a keyboard
// user who tabbed to it saw nothing (WCAG 2.4.7).
test('Tab reaches the diagram, which shows that it has the focus', async ({ roundtrip, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  const scroller = page.locator('.diagram-scroll');
  for (
    let i = 0;
    i < 40 && !(await scroller.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(scroller).toBeFocused();
  const ring = await scroller.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);
});

test('Escape in Key moments puts the focus back on its button', async ({ roundtrip, page }) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  const toggle = roundtrip.button('Key moments');
  await toggle.click();
  await expect(page.locator('.moments-menu button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.moments-menu')).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test.describe('the "?" button', () => {
  test('shows at a phone’s size with a mouse and a keyboard', async ({ page, roundtrip }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await roundtrip.open({ scenario: 'get', lang: 'en' });
    await expect(roundtrip.keysButton).toBeVisible();
  });

  test.describe('on a touch phone, with no keyboard', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('is not shown: there are no keys to press', async ({ roundtrip }) => {
      await roundtrip.open({ scenario: 'get', lang: 'en' });
      await expect(roundtrip.button('Next step')).toBeVisible();
      await expect(roundtrip.keysButton).toBeHidden();
      await roundtrip.expectNoAxeViolations();
    });
  });
});
