import { expect, test } from './fixtures';

test('the embed demo drives an embed and hears its steps', async ({ page }) => {
  await page.goto('./embed-demo.html');
  const status = page.locator('#embed1-status');
  await expect(status).toContainText('step 0 of');
  await page.getByRole('button', { name: 'The server answers SYN, ACK.' }).click();
  await expect(status).toHaveAttribute('data-step', '2');
  await expect(page.getByRole('button', { name: 'The server answers SYN, ACK.' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  const frame = page.frameLocator('#embed1');
  await expect(frame.getByTestId('server-state')).toHaveText('SYN-RECEIVED');
  // Stepping inside the embed is reported to the page too.
  await frame.getByRole('button', { name: 'Next step' }).click();
  await expect(status).toHaveAttribute('data-step', '3');
  await page.getByRole('button', { name: 'Both sides close the connection.' }).click();
  await expect(frame.getByTestId('client-state')).toHaveText('CLOSED');
  // The second embed reports on its own.
  await page.locator('#embed2').scrollIntoViewIfNeeded();
  await expect(page.locator('#embed2-status')).toContainText('(lost-segment)');
});

test('an embed ignores messages that are not exactly its commands', async ({ page }) => {
  await page.goto('./embed-demo.html');
  await expect(page.locator('#embed1-status')).toContainText('step 0 of');
  await page.evaluate(() => {
    const w = (document.getElementById('embed1') as HTMLIFrameElement).contentWindow;
    w?.postMessage({ source: 'roundtrip', type: 'goto', step: 9999 }, '*');
    w?.postMessage({ source: 'roundtrip', type: 'goto', step: '3' }, '*');
    w?.postMessage({ source: 'other', type: 'goto', step: 3 }, '*');
    w?.postMessage({ source: 'roundtrip', type: 'goto', step: 3, html: '<img>' }, '*');
    w?.postMessage('goto 3', '*');
  });
  await page.waitForTimeout(300);
  await expect(page.frameLocator('#embed1').getByTestId('step-counter')).toHaveText(/^Step 0 of/);
  await page.evaluate(() => {
    const w = (document.getElementById('embed1') as HTMLIFrameElement).contentWindow;
    w?.postMessage({ source: 'roundtrip', type: 'goto', step: 3 }, '*');
  });
  await expect(page.locator('#embed1-status')).toHaveAttribute('data-step', '3');
});

test('"Copy embed code" puts an iframe for the current view on the clipboard', async ({
  page,
  roundtrip,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await roundtrip.open({ scenario: 'get', step: 4, lang: 'en' });
  await roundtrip.button('Copy embed code').click();
  await expect(page.getByText('Embed code copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(
    copied.startsWith(`<iframe src="${origin}/?scenario=get&amp;step=4&amp;lang=en&amp;embed=1"`),
  ).toBe(true);
});
