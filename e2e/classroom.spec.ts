/** Issue 14, "Classroom-grade": each test checks one point of it through the contract. */
import { findScenario, simulate } from '../src/index';
import { expect, test } from './fixtures';

const totalOf = (id: string) => {
  const scenario = findScenario(id);
  return scenario ? simulate(scenario).steps.length - 1 : 0;
};
const GET = totalOf('get');

test('keys: focus back on the diagram after a scenario; Space anywhere; PageDown/PageUp step', async ({
  roundtrip,
  classroom,
  page,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await roundtrip.selectScenario('not-found-404');
  expect(await classroom.focused()).toContain('diagram-scroll');
  // The arrows now step; they do not change the scenario.
  await page.keyboard.press('ArrowRight');
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${totalOf('not-found-404')}`);
  await expect(page).toHaveURL(/scenario=not-found-404/);
  // A clicker's keys.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expect(roundtrip.stepCounter).toHaveText(`Step 2 of ${totalOf('not-found-404')}`);
  // Space plays with the focus on a button, and does not press the button.
  await roundtrip.button('Restart').focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Play')).toBeVisible();
  expect(await roundtrip.currentStep()).toBeGreaterThan(0);
  // In the scenario list Space is the list's own.
  await page.getByLabel('Scenario', { exact: true }).focus();
  await page.keyboard.press('PageDown');
  await expect(roundtrip.button('Play')).toBeVisible();
});

test('phase chips are buttons that jump to the first step of their phase', async ({
  roundtrip,
  classroom,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await classroom.phase('4 Status line').click();
  await expect(roundtrip.messageView).toContainText('HTTP/1.1 200 OK');
  await expect(classroom.phase('4 Status line')).toHaveAttribute('aria-current', 'step');
  const status = await roundtrip.currentStep();
  await classroom.phase('7 Close').click();
  await expect(roundtrip.clientState).toHaveText('FIN-WAIT-1');
  await classroom.phase('1 Connect').click();
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${GET}`);
  expect(status).toBeGreaterThan(1);
});
