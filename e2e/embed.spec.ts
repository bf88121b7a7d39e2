import { expect, test } from './fixtures';

test('the embed demo drives an embed and hears its steps', async ({ page }) => {
  await page.goto('./embed-demo.html');
  const status = page.locator('#embed1-status');
  await expect(status).toContainText('step 0 of');
  await page.getByRole('button', { name: 'The server answers with SYN, ACK.' }).click();
  await expect(status).toHaveAttribute('data-step', '2');
  await expect(
    page.getByRole('button', { name: 'The server answers with SYN, ACK.' }),
  ).toHaveAttribute('aria-current', 'step');
  const frame = page.frameLocator('#embed1');
  await expect(frame.getByTestId('server-state')).toHaveText('SYN-RECEIVED');
  // Stepping inside the embed is reported to the page too.
  await frame.getByRole('button', { name: 'Next step' }).click();
  await expect(status).toHaveAttribute('data-step', '3');
  await page.getByRole('button', { name: 'Both sides have closed the connection.' }).click();
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

test('"Copy embed code" copies the view at once, and offers sizes, panels and a site, with the header still', async ({
  page,
  roundtrip,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'get', step: 4, lang: 'en' });
  const header = page.locator('.shell-header');
  const before = await header.boundingBox();
  await (await roundtrip.share('Copy embed code')).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a course page' });
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  const copied = await clipboard();
  expect(copied).toMatch(
    new RegExp(
      // The view as the page's own link names it: its step, and its moment (which keeps the
      // link true across a change of profile or numbering).
      `^<iframe src="${origin}/\\?scenario=get&amp;step=4&amp;lang=en&amp;embed=1&amp;moment=request-line&amp;panels=explanation" title="Roundtrip: A simple GET" width="800" height="\\d+" style="max-width: 100%; border: 0" loading="lazy"></iframe>\n<script>`,
    ),
  );
  expect(copied).toContain("d.type !== 'resize'");
  // The choices change the code, which the button copies again.
  await dialog.getByLabel('Small, 480 px wide').check();
  await dialog.getByLabel('The diagram only').check();
  await dialog.getByLabel('Course site address (optional)').fill('moodle.example.edu');
  await expect(dialog.getByText('Not an address of a site.')).toBeVisible();
  await dialog.getByLabel('Course site address (optional)').fill('https://moodle.example.edu');
  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
  const changed = await clipboard();
  expect(changed).toContain('width="480"');
  expect(changed).toContain('&amp;panels=diagram&amp;origin=https%3A%2F%2Fmoodle.example.edu"');
  await expect(dialog.getByText('Notes for Moodle and Canvas')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // Nothing of it was said in the header, which has not moved.
  expect(await header.boundingBox()).toEqual(before);
});
