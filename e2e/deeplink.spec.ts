import { expect, test } from './fixtures';

// A deep link to step n shows exactly what n presses of "Next step" show.
const CASES = [
  { scenario: 'get', step: 12 },
  { scenario: 'post-form', step: 7 },
  { scenario: 'lost-segment', step: 20 },
];

for (const { scenario, step } of CASES) {
  test(`?scenario=${scenario}&step=${step} is ${step} presses of Next`, async ({
    roundtrip,
    page,
  }) => {
    await roundtrip.open({ scenario, lang: 'en' });
    for (let i = 0; i < step; i++) await roundtrip.next();
    await expect.poll(() => roundtrip.currentStep()).toBe(step);
    const pressed = await roundtrip.shown();
    // The URL is written once stepping stops (useUrlSync's STEP_WRITE_MS), not at each press.
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(step));

    await roundtrip.open({ scenario, step, lang: 'en' });
    expect(await roundtrip.shown()).toEqual(pressed);
    // Reloading shows the same view again.
    await page.reload();
    await expect(roundtrip.stepCounter).toBeVisible();
    expect(await roundtrip.shown()).toEqual(pressed);
  });
}

test('stepping does not flood the history; a new scenario adds one entry', async ({
  roundtrip,
  page,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  const before = await page.evaluate(() => history.length);
  for (let i = 0; i < 5; i++) await roundtrip.next();
  expect(await page.evaluate(() => history.length)).toBe(before);
  await roundtrip.selectScenario('post-form');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/scenario=get/);
  await expect.poll(() => roundtrip.currentStep()).toBe(5);
});

test('a malformed link falls back to defaults and says so', async ({ roundtrip, page }) => {
  await page.goto('./?scenario=nope&step=abc&lang=xx');
  await expect(roundtrip.stepCounter).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    'scenario, step, lang',
  );
  await expect.poll(() => roundtrip.currentStep()).toBe(0);
  await expect(roundtrip.clientState).toHaveText('CLOSED');
});
